// Amounts are decimal strings from the API; Intl.NumberFormat formats them exactly (strings are not turned into
// floating-point numbers), per UI language and currency: 1 234,50 € / 1 234,50 zł / 1 234,50 Kč.
const LOCALES: Record<string, string> = { en: 'en-IE', pl: 'pl-PL', hr: 'hr-HR', cs: 'cs-CZ' };

export function formatMoney(amount: string | null | undefined, currency: string, language: string): string {
  if (amount == null) return '—';
  const format = new Intl.NumberFormat(LOCALES[language] ?? language, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  // A numeric string (ES2023 Intl.NumberFormat v3) keeps every digit; the API sends only such strings.
  return format.format(amount as Intl.StringNumericLiteral);
}

/** Today as YYYY-MM-DD in the browser's zone (what "overdue" compares against on screen). */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language] ?? language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}
