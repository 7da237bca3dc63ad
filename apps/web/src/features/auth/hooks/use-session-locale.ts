// After login the user's saved language wins over the browser's; applied whenever `me` changes.
import type { Locale } from '@veza/shared';
import { useEffect } from 'react';
import { changeLocale } from '../../../i18n/index.ts';

export function useSessionLocale(locale: Locale | undefined): void {
  useEffect(() => {
    if (locale) void changeLocale(locale);
  }, [locale]);
}
