// A date-and-time field in the app's language and week (Monday first), in place of the browser's native
// `datetime-local` input, whose format follows the browser ("mm/dd/yyyy, --:-- --" in an English Chrome) instead of
// the app. The value keeps the native input's wall-clock form ("2026-12-07T09:30", "" when empty), so forms convert it
// with lib/zoned-time as before, and the field works with react-hook-form's `register()` and controlled. The time is
// typed after the day; picking a day in the calendar keeps the time already entered.
import '@mantine/dates/styles.css';
import { DateInput as MantineDateInput, DatesProvider, type DateInputProps as MantineProps } from '@mantine/dates';
import dayjs from 'dayjs';
import { forwardRef, type FocusEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisteredField, type FieldChangeEvent, type FieldHandle } from './use-registered-field.ts';
import { DATE_FORMATS, LOOSE_DATE_FORMATS } from './date-input.tsx';

/** How a day with its time is written in each UI language (24-hour clock in all four). */
export const DATE_TIME_FORMATS: Record<string, string> = {
  en: 'D MMM YYYY, HH:mm',
  pl: 'DD.MM.YYYY, HH:mm',
  hr: 'DD.MM.YYYY. HH:mm',
  cs: 'D. M. YYYY H:mm',
};
const WALL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const TIMES = [' H:mm', ', H:mm', ' HH:mm', ', HH:mm', ' H.mm', ', H.mm', ' H', ', H'];

/**
 * Typed text to a wall value ("YYYY-MM-DDTHH:mm"): the native form itself, the language's format or a common variant;
 * a day without a time takes `time` (the one already entered, else midnight). Null when not a date and time.
 */
export function parseDateTime(text: string, locale: string, time = '00:00'): string | null {
  const input = text.trim().replace(/\s+/g, ' ');
  const wall = WALL.exec(input);
  if (wall) return dayjs(input, 'YYYY-MM-DDTHH:mm', true).isValid() ? input : null;
  const days = [DATE_FORMATS[locale] ?? DATE_FORMATS.en!, 'YYYY-MM-DD', ...LOOSE_DATE_FORMATS];
  const formats = [DATE_TIME_FORMATS[locale] ?? DATE_TIME_FORMATS.en!, ...days.flatMap((d) => TIMES.map((t) => d + t))];
  const parsed = dayjs(input, formats, locale, true);
  if (parsed.isValid()) return parsed.format('YYYY-MM-DDTHH:mm');
  const day = dayjs(input, days, locale, true);
  return day.isValid() ? `${day.format('YYYY-MM-DD')}T${time}` : null;
}

/** Mantine's value ("YYYY-MM-DD HH:mm:ss", or a bare day from a calendar click) to a wall value. */
function fromMantine(value: string | null, previous: string): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T${WALL.exec(previous)?.slice(2, 4).join(':') ?? '00:00'}`;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.format('YYYY-MM-DDTHH:mm') : '';
}

export type DateTimeInputProps = Omit<
  MantineProps,
  'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'name' | 'withTime'
> & {
  name?: string;
  /** Controlled wall value ("" or null when empty); leave out when the field is `register()`ed. */
  value?: string | null;
  /** Called like a native input's onChange, with the wall value (or "") as `target.value`. */
  onChange?: (event: FieldChangeEvent) => unknown;
  onBlur?: FocusEventHandler<HTMLInputElement>;
};

export const DateTimeInput = forwardRef<FieldHandle, DateTimeInputProps>(function DateTimeInput(
  { name, value, onChange, onBlur, ...rest },
  ref,
) {
  const { t, i18n } = useTranslation();
  const locale = DATE_TIME_FORMATS[i18n.language] ? i18n.language : 'en';
  const { current, input, emit } = useRegisteredField(ref, name, value, onChange);
  const change = (next: string | null) => {
    emit(fromMantine(next, current));
  };
  const time = WALL.exec(current)?.slice(2, 4).join(':');
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
      <MantineDateInput
        {...rest}
        ref={input}
        withTime
        value={current ? `${current.replace('T', ' ')}:00` : null}
        onChange={change}
        onBlur={onBlur}
        valueFormat={DATE_TIME_FORMATS[locale]}
        dateParser={(text) => parseDateTime(text, locale, time)?.replace('T', ' ') ?? null}
        clearable={rest.clearable ?? !rest.required}
        clearButtonProps={{ 'aria-label': t('a11y.clearDate') }}
      />
    </DatesProvider>
  );
});
