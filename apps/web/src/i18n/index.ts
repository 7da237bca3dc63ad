// i18next set-up: all four catalogs are bundled (they are small) and the language can change at runtime.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@veza/shared';
import en from './locales/en.json';
import pl from './locales/pl.json';
import hr from './locales/hr.json';
import cs from './locales/cs.json';
import { detectLocale, storeLocale } from './locale.ts';

export const resources = {
  en: { translation: en },
  pl: { translation: pl },
  hr: { translation: hr },
  cs: { translation: cs },
} as const;

export function initI18n(lng: Locale = detectLocale()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    setDocumentLanguage(lng);
  }
  return i18n;
}

function setDocumentLanguage(locale: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Switches the UI language and remembers it in this browser. */
export async function changeLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  setDocumentLanguage(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

export { i18n };
