// Whether the screen is phone-sized: pages switch to their phone layout (cards, full-screen dialogs, day view) by it.
import { useMediaQuery } from '@mantine/hooks';

/** Mantine's `xs` breakpoint, 36em = 576 px: phones in portrait (360–430 px) and small landscape ones. */
export const PHONE_QUERY = '(max-width: 36em)';

export function usePhone(): boolean {
  // Read on the first render (not in an effect): the calendar picks its first view from it.
  return useMediaQuery(PHONE_QUERY, undefined, { getInitialValueInEffect: false }) ?? false;
}
