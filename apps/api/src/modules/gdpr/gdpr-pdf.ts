// The GDPR export as a readable PDF: one heading per section in the requesting user's language, then each record's
// fields as a two-column table.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { renderPdf } from '../../lib/pdf.ts';

type Titles = Record<string, string>;
const TITLES: Record<string, Titles> = {
  en: {
    title: 'Personal data',
    person: 'Person',
    consent: 'Marketing consent',
    clients: 'Clients',
    relations: 'Relations',
    opportunities: 'Opportunities',
    mergedDuplicates: 'Merged duplicates',
    activities: 'Activities',
    notes: 'Notes',
    files: 'Files',
    mailingGroups: 'Mailing groups',
    emailsSent: 'E-mails sent',
    ruleMails: 'Automatic e-mails (rules)',
    campaignRecipients: 'E-mail campaigns',
    none: 'None',
    exportedAt: 'Exported',
  },
  pl: {
    title: 'Dane osobowe',
    person: 'Osoba',
    consent: 'Zgoda marketingowa',
    clients: 'Klienci',
    relations: 'Relacje',
    opportunities: 'Szanse sprzedaży',
    mergedDuplicates: 'Scalone duplikaty',
    activities: 'Aktywności',
    notes: 'Notatki',
    files: 'Pliki',
    mailingGroups: 'Grupy mailingowe',
    emailsSent: 'Wysłane e-maile',
    ruleMails: 'E-maile automatyczne (reguły)',
    campaignRecipients: 'Kampanie e-mailowe',
    none: 'Brak',
    exportedAt: 'Eksport',
  },
  hr: {
    title: 'Osobni podaci',
    person: 'Osoba',
    consent: 'Marketinška privola',
    clients: 'Klijenti',
    relations: 'Veze',
    opportunities: 'Prilike',
    mergedDuplicates: 'Spojeni duplikati',
    activities: 'Aktivnosti',
    notes: 'Bilješke',
    files: 'Datoteke',
    mailingGroups: 'Grupe za slanje',
    emailsSent: 'Poslani e-mailovi',
    ruleMails: 'Automatski e-mailovi (pravila)',
    campaignRecipients: 'Kampanje e-pošte',
    none: 'Nema',
    exportedAt: 'Izvezeno',
  },
  cs: {
    title: 'Osobní údaje',
    person: 'Osoba',
    consent: 'Marketingový souhlas',
    clients: 'Klienti',
    relations: 'Vztahy',
    opportunities: 'Obchodní příležitosti',
    mergedDuplicates: 'Sloučené duplicity',
    activities: 'Aktivity',
    notes: 'Poznámky',
    files: 'Soubory',
    mailingGroups: 'E-mailové skupiny',
    emailsSent: 'Odeslané e-maily',
    ruleMails: 'Automatické e-maily (pravidla)',
    campaignRecipients: 'E-mailové kampaně',
    none: 'Žádné',
    exportedAt: 'Exportováno',
  },
};

const text = (v: unknown): string =>
  v === null || v === undefined
    ? ''
    : v instanceof Date
      ? v.toISOString()
      : typeof v === 'object'
        ? JSON.stringify(v)
        : String(v);

function record(value: Record<string, unknown>): Content {
  const body = Object.entries(value).map(([k, v]) => [{ text: k, bold: true }, { text: text(v) }]);
  return { table: { widths: [120, '*'], body }, layout: 'lightHorizontalLines', margin: [0, 0, 0, 6] };
}

function section(name: string, value: unknown, t: Titles): Content[] {
  const heading: Content = { text: t[name] ?? name, fontSize: 12, bold: true, margin: [0, 10, 0, 4] };
  const items = Array.isArray(value) ? (value as Record<string, unknown>[]) : [value as Record<string, unknown>];
  if (!items.length) return [heading, { text: t.none!, italics: true }];
  return [heading, ...items.map(record)];
}

/** The document: every section of the JSON export, in order, titled in the user's language. */
export function personDataDoc(data: Record<string, unknown>, locale: string): TDocumentDefinitions {
  const t = TITLES[locale.slice(0, 2)] ?? TITLES.en!;
  const { exportedAt, ...sections } = data;
  return {
    defaultStyle: { fontSize: 9 },
    info: { title: t.title },
    content: [
      { text: t.title, fontSize: 16, bold: true },
      { text: `${t.exportedAt}: ${text(exportedAt)}`, margin: [0, 2, 0, 6] },
      ...Object.entries(sections).flatMap(([name, value]) => section(name, value, t)),
    ],
  };
}

export const personDataPdf = (data: Record<string, unknown>, locale: string): Promise<Buffer> =>
  renderPdf(personDataDoc(data, locale));
