// Locale- and time-zone-aware formatting of API timestamps.
import { useTranslation } from 'react-i18next';
import { useSession } from './session.tsx';

export function formatDateTime(iso: string | null | undefined, locale: string, timeZone?: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** Formats timestamps in the UI language and the user's own time zone. */
export function useFormatDateTime(): (iso: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const { user } = useSession();
  return (iso) => formatDateTime(iso, i18n.language, user.timeZone);
}
