// The readable GDPR export: every section of the JSON export becomes a titled table in the user's language,
// the person's rule mails (system outbox) included.
import { describe, expect, it } from 'vitest';
import { personDataDoc, personDataPdf } from './gdpr-pdf.ts';

const data = {
  exportedAt: '2026-12-07T12:00:00.000Z',
  person: { firstName: 'Ana', lastName: 'Horvat' },
  emailsSent: [],
  ruleMails: [{ rule: 'Welcome mail', toAddress: 'ana.rule@alfa.test', subject: 'Hello Ana Horvat', state: 'SENT' }],
};

const texts = (node: unknown): string[] =>
  node == null || typeof node !== 'object'
    ? typeof node === 'string'
      ? [node]
      : []
    : Object.values(node as Record<string, unknown>).flatMap(texts);

describe('GDPR export PDF', () => {
  it('has a section of the person’s rule mails with each mail’s fields, titled in Polish for a Polish user', () => {
    const all = texts(personDataDoc(data, 'pl-PL').content);
    expect(all).toContain('E-maile automatyczne (reguły)');
    expect(all).toEqual(expect.arrayContaining(['rule', 'Welcome mail', 'subject', 'Hello Ana Horvat', 'SENT']));
    expect(all).toContain('Wysłane e-maile');
    expect(all.indexOf('Wysłane e-maile')).toBeLessThan(all.indexOf('E-maile automatyczne (reguły)'));
  });

  it('says "none" under an empty section and titles it in English for another language', () => {
    const all = texts(personDataDoc({ ...data, ruleMails: [] }, 'de').content);
    const at = all.indexOf('Automatic e-mails (rules)');
    expect(at).toBeGreaterThan(-1);
    expect(all[at + 1]).toBe('None');
  });

  it('renders to a PDF file', async () => {
    expect((await personDataPdf(data, 'en')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
