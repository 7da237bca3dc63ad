// Number, percent and period texts of the campaign screens, in the UI language.

export function formatPercent(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** An ISO date (YYYY-MM-DD) as a medium date; the value is a calendar day, so no time-zone shift. */
export function formatDay(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** "1 Jul 2026 – 31 Jul 2026", "from 1 Jul 2026", "until 31 Jul 2026", or null without a period. */
export function periodParts(
  start: string | null | undefined,
  end: string | null | undefined,
  locale: string,
): { kind: 'range' | 'from' | 'until'; start?: string; end?: string } | null {
  if (start && end) return { kind: 'range', start: formatDay(start, locale), end: formatDay(end, locale) };
  if (start) return { kind: 'from', start: formatDay(start, locale) };
  if (end) return { kind: 'until', end: formatDay(end, locale) };
  return null;
}
