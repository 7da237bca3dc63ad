// Words that are the same in English and in Polish, Croatian or Czech UI text, so a translation equal to the English
// text is not a missed translation. Kept short on purpose; each group says why it is allowed.
import type { Locale } from './locales.ts';

const EVERYWHERE = [
  // the product's name, and each language named in its own language in the language menu
  ...'Veza English Polski Hrvatski Čeština'.split(' '),
  // file formats, programs and protocols
  ...'CSV PDF JSON XLSX Excel SMTP TLS STARTTLS HTML'.split(' '),
  // words these languages use unchanged
  ...'E-mail Partner Agent Segment Token Port Format Marketing Minimum'.split(' '),
];

/** Per language: words spelled as in English in that language's own UI vocabulary. */
const SAME_AS_ENGLISH: Record<Exclude<Locale, 'en'>, readonly string[]> = {
  pl: [...EVERYWHERE, 'Status', 'Problem', 'Import', 'Administrator', 'OK', 'Link'],
  hr: [...EVERYWHERE, 'Status', 'Problem', 'Administrator'],
  cs: [...EVERYWHERE, 'Prefix', 'Text', 'Export', 'Import', 'Maximum', 'server', 'Server', 'OK'],
};

/**
 * True when `text` may read the same in `locale` as in English: after removing {{placeholders}}, punctuation and
 * digits, only words of the language's allow-list remain (or nothing, e.g. "{{start}} – {{end}}").
 */
export function mayEqualEnglish(locale: Exclude<Locale, 'en'>, text: string): boolean {
  const words = text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .split(/[^\p{L}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  return words.every((w) => SAME_AS_ENGLISH[locale].includes(w));
}
