// Country choices for client addresses: the home markets first, then the rest of the world by name.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const HOME = ['HR', 'PL', 'CZ'];
const OTHERS =
  'AD AE AL AM AR AT AU AZ BA BE BG BR BY CA CH CN CY DE DK DZ EE EG ES FI FR GB GE GR HU IE IL IN IS IT JP KR KZ LI LT LU LV MA MC MD ME MK MT MX NL NO NZ PT RO RS RU SA SE SG SI SK SM TN TR UA US VA XK ZA'.split(
    ' ',
  );

export function countryName(code: string | null | undefined, locale: string): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function useCountryOptions(current: string | null) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const others = OTHERS.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) =>
      a.label.localeCompare(b.label, locale),
    );
    const options = [...HOME.map((code) => ({ value: code, label: countryName(code, locale) })), ...others];
    if (current && !options.some((o) => o.value === current))
      options.push({ value: current, label: countryName(current, locale) });
    return options;
  }, [locale, current]);
}
