// A date field in the app's language and week (Monday first), in place of the browser's native date input, whose
// format follows the browser ("mm/dd/yyyy" in an English Chrome) instead of the app. The value stays an ISO day
// ("2026-12-07", "" when empty) and the field works both with react-hook-form's `register()` and controlled.
import '@mantine/dates/styles.css';
import { DateInput as MantineDateInput, DatesProvider, type DateInputProps as MantineProps } from '@mantine/dates';
import dayjs from 'dayjs';
import 'dayjs/locale/cs';
import 'dayjs/locale/hr';
import 'dayjs/locale/pl';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { forwardRef, type FocusEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisteredField, type FieldChangeEvent, type FieldHandle } from './use-registered-field.ts';

dayjs.extend(customParseFormat);

/** How a day is written in each UI language (and read back, with the looser forms below). */
export const DATE_FORMATS: Record<string, string> = {
  en: 'D MMM YYYY',
  pl: 'DD.MM.YYYY',
  hr: 'DD.MM.YYYY.',
  cs: 'D. M. YYYY',
};
/** Other common ways of writing a day, read in every language. */
export const LOOSE_DATE_FORMATS = [
  'D.M.YYYY',
  'D. M. YYYY',
  'D.M.YYYY.',
  'D. M. YYYY.',
  'D/M/YYYY',
  'D MMM YYYY',
  'D MMMM YYYY',
];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Typed text to an ISO day: the ISO form itself, the language's format or a common variant; null when not a day. */
export function parseDay(text: string, locale: string): string | null {
  const input = text.trim();
  if (ISO_DAY.test(input)) return dayjs(input, 'YYYY-MM-DD', true).isValid() ? input : null;
  const formats = [DATE_FORMATS[locale] ?? DATE_FORMATS.en!, ...LOOSE_DATE_FORMATS];
  const parsed = dayjs(input, formats, locale, true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

export type DateInputProps = Omit<MantineProps, 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'name'> & {
  name?: string;
  /** Controlled ISO day ("" or null when empty); leave out when the field is `register()`ed. */
  value?: string | null;
  /** Called like a native input's onChange, with the ISO day (or "") as `target.value`. */
  onChange?: (event: FieldChangeEvent) => unknown;
  onBlur?: FocusEventHandler<HTMLInputElement>;
};

export const DateInput = forwardRef<FieldHandle, DateInputProps>(function DateInput(
  { name, value, onChange, onBlur, ...rest },
  ref,
) {
  const { t, i18n } = useTranslation();
  const locale = DATE_FORMATS[i18n.language] ? i18n.language : 'en';
  const { current, input, emit } = useRegisteredField(ref, name, value, onChange);
  const change = (next: string | null) => {
    emit(next ?? '');
  };
  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
      <MantineDateInput
        {...rest}
        ref={input}
        value={current || null}
        onChange={change}
        onBlur={onBlur}
        valueFormat={DATE_FORMATS[locale]}
        dateParser={(text) => parseDay(text, locale)}
        clearable={rest.clearable ?? !rest.required}
        clearButtonProps={{ 'aria-label': t('a11y.clearDate') }}
      />
    </DatesProvider>
  );
});
