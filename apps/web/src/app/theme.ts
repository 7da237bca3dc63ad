// The Mantine theme: calm teal on neutral greys, rounded but not playful — with WCAG 2.2 AA contrast built in.
import {
  createTheme,
  DEFAULT_THEME,
  mergeThemeOverrides,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeOverride,
} from '@mantine/core';

/**
 * Mantine's palettes with shades 8 and 9 darkened where they fall short. Shade 8 is the filled/text/anchor shade
 * (primaryShade 8): white on it and it on white or gray-0 reach 4.5:1 (≥ 4.8 on white). Shade 9 is the "light"
 * variant's text on shade 1 (badges, the active nav item): ≥ 4.8:1. Blue, grape, pink, violet, indigo pass as they are.
 */
const DARKER: Record<string, [string, string]> = {
  teal: ['#08825d', '#077151'],
  green: ['#278238', '#227131'],
  orange: ['#c34b0a', '#aa4109'],
  red: ['#c92a2a', '#b02525'],
  yellow: ['#a66100', '#905400'],
  lime: ['#4c7e0b', '#416c09'],
  cyan: ['#0b7d90', '#096b7c'],
};

const colors: Record<string, MantineColorsTuple> = Object.fromEntries(
  Object.entries(DARKER).map(([name, [s8, s9]]) => {
    const b = DEFAULT_THEME.colors[name];
    const tuple: MantineColorsTuple = [b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], s8, s9];
    return [name, tuple];
  }),
);

/** Secondary ("dimmed") text: Mantine's gray-6 is 3.3:1 on white; this grey is 6.1:1 on white, 5.5:1 on gray-1. */
export const DIMMED_TEXT = '#5c636a';

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  // Links in the darker teal: 4.5:1 also on the tinted planned/overdue rows (orange-1, red-1).
  light: { '--mantine-color-dimmed': DIMMED_TEXT, '--mantine-color-anchor': 'var(--mantine-color-teal-9)' },
  dark: {},
});

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 8, dark: 5 },
  colors,
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '600' },
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { withBorder: true, radius: 'md' } },
    // A dialog's <header> is not the page's banner (axe landmark-no-duplicate-banner): no landmark role for it.
    Modal: { defaultProps: { centered: true, attributes: { header: { role: 'none' } } } },
    Drawer: { defaultProps: { attributes: { header: { role: 'none' } } } },
  },
});

/** Mantine's icon-only close buttons get a label in the UI language. */
export function localizedTheme(closeLabel: string): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': closeLabel };
  return mergeThemeOverrides(theme, {
    components: {
      Modal: { defaultProps: { closeButtonProps } },
      Drawer: { defaultProps: { closeButtonProps } },
      Notification: { defaultProps: { closeButtonProps } },
    },
  });
}
