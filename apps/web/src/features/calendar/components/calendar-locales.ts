// FullCalendar's own translations (day and month names, "all day", "+2 more") for the app's languages.
import type { LocaleInput } from '@fullcalendar/react';
import cs from '@fullcalendar/react/locales/cs';
import hr from '@fullcalendar/react/locales/hr';
import pl from '@fullcalendar/react/locales/pl';

/** English is built in; the weeks start on Monday in every language (set with `firstDay`). */
export const CALENDAR_LOCALES: LocaleInput[] = [cs, hr, pl];

export function calendarLocale(language: string): string {
  const base = language.toLowerCase().split('-')[0] ?? 'en';
  return CALENDAR_LOCALES.some((l) => l.code === base) ? base : 'en';
}
