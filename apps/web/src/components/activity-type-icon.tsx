// Activity type icons: the one place that draws each key of the shared ACTIVITY_TYPE_ICONS (Tabler icons, imported
// one by one so the bundle keeps only these), as a mark on the type's colour or as a bare glyph.
import { Box, ColorSwatch, ThemeIcon } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBell,
  IconBriefcase,
  IconCalendar,
  IconCoffee,
  IconFileText,
  IconFlag,
  IconHeartHandshake,
  IconMail,
  IconMapPin,
  IconMessage,
  IconPhone,
  IconPhoneIncoming,
  IconPhoneOutgoing,
  IconPresentation,
  IconReceipt,
  IconSquareCheck,
  IconStar,
  IconTool,
  IconTruck,
  IconUsers,
  IconVideo,
  type TablerIcon,
} from '@tabler/icons-react';
import { isActivityTypeIcon, type ActivityTypeIconKey } from '@veza/shared';

/** Every key has a drawing: a key added to the shared list fails the typecheck here until it gets one. */
const GLYPHS: Record<ActivityTypeIconKey, TablerIcon> = {
  phone: IconPhone,
  'phone-incoming': IconPhoneIncoming,
  'phone-outgoing': IconPhoneOutgoing,
  users: IconUsers,
  video: IconVideo,
  mail: IconMail,
  message: IconMessage,
  'file-text': IconFileText,
  'check-square': IconSquareCheck,
  calendar: IconCalendar,
  bell: IconBell,
  'map-pin': IconMapPin,
  briefcase: IconBriefcase,
  presentation: IconPresentation,
  receipt: IconReceipt,
  handshake: IconHeartHandshake,
  truck: IconTruck,
  tool: IconTool,
  coffee: IconCoffee,
  star: IconStar,
  flag: IconFlag,
  alert: IconAlertTriangle,
};

interface Props {
  /** A key of ACTIVITY_TYPE_ICONS; anything else (or nothing) draws a neutral dot. */
  icon: unknown;
  /** The type's colour (`#rrggbb`); without one the mark is grey. */
  color?: string | null;
  size?: number;
  /**
   * `mark` (default): the glyph in a contrasting colour on a small square of the type's colour, for lists and
   * selects. `glyph`: the bare glyph in `color` (or the text colour), for places already tinted by the type.
   */
  variant?: 'mark' | 'glyph';
  className?: string;
}

export function ActivityTypeIcon({ icon, color, size = 18, variant = 'mark', className }: Props) {
  const Glyph = isActivityTypeIcon(icon) ? GLYPHS[icon] : null;
  const key = Glyph ? (icon as string) : undefined;
  if (variant === 'glyph') {
    return Glyph ? (
      <Glyph size={size} stroke={2} color={color ?? 'currentColor'} className={className} data-icon={key} aria-hidden />
    ) : (
      // Same box as a glyph, so text next to it lines up whether or not the type has an icon.
      <svg width={size} height={size} viewBox="0 0 24 24" className={className} data-icon="none" aria-hidden>
        <circle cx="12" cy="12" r="6" fill={color ?? 'currentColor'} />
      </svg>
    );
  }
  if (!Glyph)
    return (
      <Box
        component="span"
        w={size}
        h={size}
        className={className}
        style={{ display: 'inline-flex', alignItems: 'center', justifyContent: 'center', flex: 'none' }}
        data-icon="none"
        aria-hidden
      >
        <ColorSwatch color={color ?? 'var(--mantine-color-gray-4)'} size={Math.round(size * 0.67)} withShadow={false} />
      </Box>
    );
  return (
    <ThemeIcon
      size={size}
      radius="sm"
      color={color ?? 'gray'}
      autoContrast
      className={className}
      style={{ flex: 'none' }}
      data-icon={key}
      aria-hidden
    >
      <Glyph size={Math.round(size * 0.7)} stroke={2} />
    </ThemeIcon>
  );
}
