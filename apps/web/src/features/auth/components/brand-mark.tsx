// The Veza logo mark (a "V" on a teal tile); decorative, the brand name is always next to it as text.
import { useMantineTheme } from '@mantine/core';

export function BrandMark({ size = 28 }: { size?: number }) {
  const theme = useMantineTheme();
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill={theme.colors.teal[8]} />
      <path
        d="M8 9l8 15 8-15"
        fill="none"
        stroke="#fff"
        strokeWidth="3.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
