// Suggested salutations in the vocative where the language needs it: Czech through the `vokativ` library, Polish
// and Croatian by the rule tables below. A suggestion only pre-fills: the person's stored salutation always wins.
import { isWoman as czechIsWoman, vokativ } from 'vokativ';

export const SALUTATION_LANGUAGES = ['en', 'pl', 'hr', 'cs'] as const;
export type SalutationLanguage = (typeof SALUTATION_LANGUAGES)[number];

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Male first names ending in -a (Polish and Croatian); every other name ending in -a is taken as a woman's. */
const MALE_IN_A = new Set(['kuba', 'barnaba', 'bonawentura', 'luka', 'nikola', 'ivica', 'andrija', 'matija', 'jakša']);

function womanByFirstName(firstName: string): boolean {
  const name = firstName.trim().toLocaleLowerCase();
  return name.endsWith('a') && !MALE_IN_A.has(name);
}

/** Polish vocative of a first name: ending → replacement, first match wins (longest endings first). */
const PL_MALE: [RegExp, string][] = [
  [/eł$/, 'le'], // Paweł → Pawle
  [/ł$/, 'le'], // Michał → Michale
  [/ek$/, 'ku'], // Marek → Marku, Jacek → Jacku
  [/(sz|cz|rz|ż|j|ch|k|g|h|l)$/, '$1u'], // Tomasz → Tomaszu, Andrzej → Andrzeju, Kamil → Kamilu
  [/r$/, 'rze'], // Piotr → Piotrze
  [/t$/, 'cie'], // Robert → Robercie
  [/d$/, 'dzie'], // Konrad → Konradzie
  [/([nmwfbps])$/, '$1ie'], // Jan → Janie, Adam → Adamie, Józef → Józefie
  [/a$/, 'o'], // Kuba → Kubo
];
const PL_FEMALE: [RegExp, string][] = [
  [/^(\p{L}{1,2})la$/u, '$1lu'], // Ola → Olu, Ela → Elu (but Izabela → Izabelo)
  [/([szcn])ia$/, '$1iu'], // Kasia → Kasiu, Basia → Basiu
  [/a$/, 'o'], // Anna → Anno, Katarzyna → Katarzyno
];

export function polishVocative(firstName: string, woman: boolean): string {
  const name = firstName.trim();
  for (const [ending, replacement] of woman ? PL_FEMALE : PL_MALE) {
    if (ending.test(name.toLocaleLowerCase())) return name.replace(new RegExp(ending.source, 'iu'), replacement);
  }
  return name;
}

export function suggestSalutation(language: string, firstName: string, lastName: string): string {
  const first = firstName.trim();
  const last = lastName.trim();
  switch (language) {
    case 'cs': {
      const woman = last ? czechIsWoman(last) : czechIsWoman(first);
      if (!last) return woman ? `Vážená paní ${first}` : `Vážený pane ${capitalize(vokativ(first, false))}`;
      return woman ? `Vážená paní ${last}` : `Vážený pane ${capitalize(vokativ(last, false, true))}`;
    }
    case 'pl': {
      const woman = womanByFirstName(first);
      return woman ? `Szanowna Pani ${polishVocative(first, true)}` : `Szanowny Panie ${polishVocative(first, false)}`;
    }
    case 'hr':
      return womanByFirstName(first) ? `Poštovana gospođo ${last || first}` : `Poštovani gospodine ${last || first}`;
    default:
      return `Dear ${first || last}`;
  }
}
