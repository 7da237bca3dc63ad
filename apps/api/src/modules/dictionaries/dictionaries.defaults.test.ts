// The seeded dictionary values are stored in all four languages, each really translated (names and loanwords such
// as "E-mail" or "Partner" excepted, see @veza/shared mayEqualEnglish).
import { mayEqualEnglish } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import { defaultDictionaryRows } from './dictionaries.defaults.ts';

describe('default dictionaries', () => {
  const rows = defaultDictionaryRows();

  it('label every seeded value in en, pl, hr and cs', () => {
    const missing = rows.filter((r) => (['en', 'pl', 'hr', 'cs'] as const).some((l) => !r.labels[l]?.trim()));
    expect(missing.map((r) => `${r.kind}/${r.key}`)).toEqual([]);
  });

  it('translate every seeded value instead of repeating the English label', () => {
    const untranslated = rows.flatMap((r) =>
      (['pl', 'hr', 'cs'] as const)
        .filter((l) => r.labels[l] === r.labels.en && !mayEqualEnglish(l, r.labels.en!))
        .map((l) => `${r.kind}/${r.key} ${l}: ${r.labels.en}`),
    );
    expect(untranslated).toEqual([]);
  });
});
