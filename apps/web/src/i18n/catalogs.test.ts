// Catalog completeness: every locale has every key, and every key the code or the shared schemas use exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LOCALES, PERMISSION_GROUPS, PERMISSIONS } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import { ADMIN_NAV, MAIN_NAV } from '../app/layout/nav-items.ts';
import { ERROR_CODES } from '../lib/graphql-errors.ts';
import cs from './locales/cs.json';
import en from './locales/en.json';
import hr from './locales/hr.json';
import pl from './locales/pl.json';

const resources = {
  en: { translation: en },
  pl: { translation: pl },
  hr: { translation: hr },
  cs: { translation: cs },
};

type Catalog = { [key: string]: string | Catalog };

// jsdom makes import.meta.url an http: URL; the file's directory is still known.
const here = import.meta.dirname;
const srcDir = resolve(here, '..');
const sharedDir = resolve(here, '../../../../packages/shared/src');
const apiDir = resolve(here, '../../../api/src');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function sourceFiles(dir: string, filter: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, filter);
    return filter(path) ? [path] : [];
  });
}

const catalogs = Object.fromEntries(
  LOCALES.map((locale) => [locale, flatten(resources[locale].translation as unknown as Catalog)]),
) as Record<(typeof LOCALES)[number], Map<string, string>>;

/** Keys without plural suffixes: each language has its own set of plural forms. */
const baseKeys = (locale: (typeof LOCALES)[number]) =>
  new Set([...catalogs[locale].keys()].map((k) => k.replace(PLURAL, '')));

function hasKey(locale: (typeof LOCALES)[number], key: string): boolean {
  return baseKeys(locale).has(key);
}

function keysUsedInWebSource(): string[] {
  const files = sourceFiles(srcDir, (f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));
  const pattern = /\bt\(\s*['"]([^'"`$]+)['"]|i18nKey=\{?['"]([^'"]+)['"]/g;
  const keys = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) keys.add(match[1] ?? match[2]!);
  }
  return [...keys];
}

/** Messages of the shared schemas and validators and of the API's own checks: the API returns them as-is. */
function keysUsedInShared(): string[] {
  const files = [sharedDir, apiDir].flatMap((dir) =>
    sourceFiles(dir, (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('/generated/')),
  );
  const keys = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/['"`](validation\.[A-Za-z0-9_.]+)['"`]/g))
      keys.add(match[1]!);
  }
  return [...keys];
}

/** Keys the code builds at runtime from shared lists. */
function dynamicKeys(): string[] {
  return [
    ...PERMISSIONS.map((p) => `permission.${p}`),
    ...Object.keys(PERMISSION_GROUPS).map((g) => `permissionGroup.${g}`),
    ...LOCALES.map((l) => `language.${l}`),
    ...ERROR_CODES.map((c) => `errors.${c}`),
    ...[...MAIN_NAV, ...ADMIN_NAV].map((item) => item.label),
  ];
}

describe('translation catalogs', () => {
  it.each(LOCALES)('%s has every key that another locale has', (locale) => {
    const all = new Set(LOCALES.flatMap((l) => [...baseKeys(l)]));
    const missing = [...all].filter((key) => !hasKey(locale, key));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('%s has every plural form its language needs', (locale) => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const pluralBases = new Set(
      [...catalogs[locale].keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
    );
    const missing = [...pluralBases].flatMap((base) =>
      needed.filter((form) => !catalogs[locale].has(`${base}_${form}`)).map((form) => `${base}_${form}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('%s has every key used literally in apps/web/src', (locale) => {
    const used = keysUsedInWebSource();
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !hasKey(locale, key))).toEqual([]);
  });

  it.each(LOCALES)('%s has every validation message used in packages/shared and apps/api', (locale) => {
    const used = keysUsedInShared();
    expect(used).toContain('validation.required');
    expect(used.filter((key) => !hasKey(locale, key))).toEqual([]);
  });

  it.each(LOCALES)('%s has labels for permissions, groups, languages, error codes and navigation', (locale) => {
    expect(dynamicKeys().filter((key) => !hasKey(locale, key))).toEqual([]);
  });

  it.each(LOCALES)('%s has no empty texts and the same {{placeholders}} as English', (locale) => {
    const problems: string[] = [];
    for (const [key, text] of catalogs[locale]) {
      if (!text.trim()) problems.push(`${key}: empty`);
      const english = catalogs.en.get(key);
      const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
      if (english !== undefined && vars(english).join() !== vars(text).join()) problems.push(`${key}: placeholders`);
    }
    expect(problems).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s is translated, not a copy of English', (locale) => {
    const same = [...catalogs[locale]].filter(([key, text]) => catalogs.en.get(key) === text);
    // Brand, language names and a few international words ("E-mail", "Token", "Status") may stay the same.
    expect(same.length / catalogs[locale].size).toBeLessThan(0.1);
  });
});
