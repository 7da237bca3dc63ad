// Import texts in the user's language, from the web app's catalogs (the report, the "import finished" notice): the
// messages an import stores are the same i18n keys the UI shows.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../config/paths.ts';

const catalogs = new Map<string, Record<string, unknown>>();

/** The catalog text for `key` in the language (English when unknown; the key itself when missing), `{{x}}` filled. */
export function translate(locale: string, key: string, params: Record<string, string | number> = {}): string {
  const lang = ['en', 'pl', 'hr', 'cs'].includes(locale) ? locale : 'en';
  if (!catalogs.has(lang)) {
    const file = path.join(repoRoot, 'apps/web/src/i18n/locales', `${lang}.json`);
    catalogs.set(
      lang,
      fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {},
    );
  }
  let node: unknown = catalogs.get(lang);
  for (const part of key.split('.'))
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(params[name] ?? ''));
}
