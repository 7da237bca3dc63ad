// i18next set-up: each catalog loads on demand, so the first load carries none of the four (bundle budget,
// docs/PERFORMANCE.md); main.tsx waits for the user's one before the first paint. Catalogs are complete (a test
// checks), so no English fallback has to be loaded next to another language. The language can change at runtime.
import i18n, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@veza/shared';
import { detectLocale, storeLocale } from './locale.ts';

type Catalog = Record<string, unknown>;
const catalogs: Record<Locale, () => Promise<{ default: Catalog }>> = {
  en: () => import('./locales/en.json'),
  pl: () => import('./locales/pl.json'),
  hr: () => import('./locales/hr.json'),
  cs: () => import('./locales/cs.json'),
};

/** Adds the locale's catalog to i18next (once). */
export async function loadLocale(locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  i18n.addResourceBundle(locale, 'translation', (await catalogs[locale]()).default);
}

/** Starts i18next in `lng`; texts appear once `loadLocale(lng)` resolved (tests pass the catalog in `resources`). */
export function initI18n(lng: Locale = detectLocale(), resources: Resource = {}) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      partialBundledLanguages: true,
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
  await loadLocale(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

export { i18n };
