// Every user-visible string is translated: a Polish, Croatian or Czech text equal to the English one fails unless it
// is made only of the short allow-list of names, codes and loanwords (@veza/shared mayEqualEnglish). This covers the
// catalogs and the seeded data the UI shows through them (the seeded profiles' names and descriptions).
import { mayEqualEnglish, SEEDED_PROFILES } from '@veza/shared';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { profileDescription, profileName, seededProfiles } from '../lib/profile-label.ts';
import cs from './locales/cs.json';
import en from './locales/en.json';
import hr from './locales/hr.json';
import pl from './locales/pl.json';

type Catalog = { [key: string]: string | Catalog };
const OTHERS = { pl, hr, cs } as const;

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const english = flatten(en);

describe('translations', () => {
  it('tells a loanword or code from a missed translation', () => {
    expect(mayEqualEnglish('pl', 'E-mail {{n}}')).toBe(true);
    expect(mayEqualEnglish('cs', '{{start}} – {{end}}')).toBe(true);
    expect(mayEqualEnglish('pl', 'Save')).toBe(false);
    expect(mayEqualEnglish('hr', 'Timed')).toBe(false);
    expect(mayEqualEnglish('cs', 'Status')).toBe(false);
  });

  for (const [locale, catalog] of Object.entries(OTHERS) as [keyof typeof OTHERS, Catalog][]) {
    it(`has no English left in the ${locale} catalog`, () => {
      const own = flatten(catalog);
      const untranslated = [...english]
        .filter(([key, text]) => own.get(key) === text && !mayEqualEnglish(locale, text))
        .map(([key, text]) => `${key}: ${text}`);
      expect(untranslated).toEqual([]);
    });
  }

  it('names and describes the seeded profiles in every language', async () => {
    const i18n = createInstance();
    await i18n.init({
      lng: 'en',
      resources: { en: { translation: en }, pl: { translation: pl }, hr: { translation: hr }, cs: { translation: cs } },
    });
    for (const profile of seededProfiles) {
      const inEnglish = {
        name: i18n.t(`seededProfiles.${profile.key}.name`),
        description: i18n.t(`seededProfiles.${profile.key}.description`),
      };
      expect(inEnglish).toEqual({ name: profile.name, description: profile.description });
      for (const locale of Object.keys(OTHERS) as (keyof typeof OTHERS)[]) {
        const t = i18n.getFixedT(locale);
        const name = profileName(t, profile);
        const description = profileDescription(t, profile);
        expect(name === profile.name ? mayEqualEnglish(locale, name) : name.length > 0, `${locale} ${name}`).toBe(true);
        expect(description).not.toBe(profile.description);
      }
    }
    expect(seededProfiles.map((p) => p.name)).toEqual(SEEDED_PROFILES.map((p) => p.name));
  });

  it('shows a renamed profile as the administrator typed it', async () => {
    const i18n = createInstance();
    await i18n.init({ lng: 'pl', resources: { pl: { translation: pl } } });
    expect(profileName(i18n.t, { name: 'Manager' })).toBe('Menedżer');
    expect(profileName(i18n.t, { name: 'Kierownik regionu' })).toBe('Kierownik regionu');
    expect(profileDescription(i18n.t, { description: 'Our own words.' })).toBe('Our own words.');
  });
});
