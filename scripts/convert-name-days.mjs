#!/usr/bin/env node
// Converts the name-day dataset of github.com/xnekv03/nameday-api (MIT, json/namedays.json: one object per day of a
// leap year with a comma-separated list per country) into one compact file per country for Veza:
// apps/api/src/modules/celebrations/data/{cz,pl,hr}.json = { "MM-DD": ["Name", ...], ... }.
// Usage: node scripts/convert-name-days.mjs path/to/namedays.json && pnpm exec prettier --write \
//   apps/api/src/modules/celebrations/data
// Only single given names are kept: holidays ("Nový rok"), saints' epithets ("Ivan od Boga" -> "Ivan"),
// abbreviations ("Marg.") and "n/a" are dropped; see apps/api/src/modules/celebrations/data/README.md.
import fs from 'node:fs';
import path from 'node:path';

const out = path.resolve(import.meta.dirname, '../apps/api/src/modules/celebrations/data');
const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/convert-name-days.mjs path/to/namedays.json');
  process.exit(2);
}
// The upstream file has trailing commas before "}", so it is not strict JSON.
const days = JSON.parse(fs.readFileSync(source, 'utf8').replace(/,(\s*[}\]])/g, '$1'));

const NAME = /^\p{Lu}\p{Ll}+$/u;
// Words of the Croatian list that are feasts or titles, not given names (read off the source file).
const NOT_NAMES = {
  cz: new Set(),
  pl: new Set(),
  hr: new Set(['Gospa', 'Isusovo', 'Pohod', 'Prijenos', 'Solinski', 'Uskrsni', 'Uzašašce', 'Sv', 'Bl', 'Svi']),
};
// How a country's list joins two names inside one item ("Petr a Pavel", "Montan i Maksima").
const AND = { cz: / a /, pl: /\. /, hr: / i / };

/** The given names in one item of a country's list: for Croatian saints, the first word is the name. */
function namesOf(country, item) {
  const parts = item.split(AND[country]).map((p) => p.trim());
  const words = parts.flatMap((p) => (country === 'hr' ? [p.split(/\s+/)[0]] : p.split(/\s+/)));
  const plain = parts.every((p) => p.split(/\s+/).every((w) => NAME.test(w)));
  if (country === 'cz' && !plain) return []; // a Czech holiday ("Den české státnosti"), not a name
  return words.filter((w) => NAME.test(w) && !NOT_NAMES[country].has(w));
}

for (const country of ['cz', 'pl', 'hr']) {
  const calendar = {};
  for (const day of days) {
    const key = `${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
    const names = [
      ...new Set(
        String(day[country] ?? '')
          .split(',')
          .flatMap((item) => namesOf(country, item)),
      ),
    ];
    if (names.length > 0) calendar[key] = names;
  }
  const file = path.join(out, `${country}.json`);
  fs.writeFileSync(file, `${JSON.stringify(calendar)}\n`);
  const count = Object.values(calendar).reduce((n, names) => n + names.length, 0);
  console.log(`${path.relative(process.cwd(), file)}: ${Object.keys(calendar).length} days, ${count} names`);
}
