// The raw campaign message against nodemailer's own composer: mailparser reads both the same (headers in four
// languages, long and dotted lines, attachments with non-ASCII names), and no value can start a header of its own.
import { simpleParser, type ParsedMail } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { attachmentParts, campaignMime, type CampaignMessage } from './campaign-mime.ts';

const files = [
  {
    filename: 'Cennik łódzki 2027 — wersja końcowa.pdf',
    contentType: 'application/pdf',
    content: Buffer.alloc(5000, 7),
  },
  { filename: 'notes.txt', contentType: 'text/plain', content: Buffer.from('line one\r\n.line two\r\n') },
];

const base: CampaignMessage = {
  fromName: 'Żaneta Wójcik-Horvat, Sales',
  fromAddress: 'news@example.test',
  to: 'ana.novak@example.test',
  subject: 'Szanowna Pani Anno — oferta dla firmy Čokoláda s.r.o. i Đakovo d.o.o. na rok 2027 (część pierwsza)',
  html: `<p>Poštovani gospodine Horvat,</p>\n.\n<p>${'ąę = long line '.repeat(40)}</p><p><a href="https://crm.example.test/api/unsubscribe/abc">x</a></p>`,
  text: `Vážený pane Nováku,\n.\n${'ąę = long line '.repeat(40)}\nEnd`,
  messageId: '<0193f1c2-1111-7000-8000-000000000001@example.test>',
  unsubscribeUrl: 'https://crm.example.test/api/unsubscribe/abc',
  attachments: [],
};

async function composed(m: CampaignMessage, withFiles: boolean): Promise<ParsedMail> {
  const raw = await new MailComposer({
    from: { name: m.fromName, address: m.fromAddress },
    to: m.to,
    subject: m.subject,
    html: m.html,
    text: m.text,
    messageId: m.messageId,
    list: { unsubscribe: { url: m.unsubscribeUrl, comment: 'Unsubscribe' } },
    headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    attachments: withFiles ? files : [],
  })
    .compile()
    .build();
  return simpleParser(raw);
}

function essentials(p: ParsedMail) {
  return {
    subject: p.subject,
    from: p.from?.value,
    to: p.to && !Array.isArray(p.to) ? p.to.value : null,
    messageId: p.messageId,
    text: p.text?.trim(),
    html: typeof p.html === 'string' ? p.html.trim() : p.html,
    unsubscribe: p.headers.get('list-unsubscribe'),
    post: p.headers.get('list-unsubscribe-post'),
    attachments: p.attachments.map((a) => ({ filename: a.filename, type: a.contentType, content: a.content })),
  };
}

describe('campaignMime', () => {
  it('reads the same as nodemailer’s composer, with and without attachments', async () => {
    for (const withFiles of [false, true]) {
      const raw = campaignMime({ ...base, attachments: withFiles ? attachmentParts(files) : [] });
      const ours = essentials(await simpleParser(raw));
      expect(ours).toEqual(essentials(await composed(base, withFiles)));
      expect(ours.subject).toBe(base.subject);
      expect(ours.from).toEqual([{ name: base.fromName, address: base.fromAddress }]);
      expect(ours.attachments.map((a) => a.filename)).toEqual(withFiles ? files.map((f) => f.filename) : []);
    }
  });

  it('keeps every line within 78 characters and uses CRLF only', () => {
    const raw = campaignMime({ ...base, attachments: attachmentParts(files) }).toString('latin1');
    expect(raw.split('\r\n').every((line) => line.length <= 78)).toBe(true);
    expect(/[^\r]\n/.test(raw)).toBe(false);
  });

  it('turns line breaks in the subject, sender name and URL into spaces (no injected header)', async () => {
    const raw = campaignMime({
      ...base,
      subject: 'Hi\r\nBcc: victim@example.test',
      fromName: 'Eve\nBcc: other@example.test',
      unsubscribeUrl: 'https://x.test/u\r\nX-Evil: 1',
    });
    const parsed = await simpleParser(raw);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.headers.has('x-evil')).toBe(false);
    expect(parsed.subject).toBe('Hi Bcc: victim@example.test');
  });
});
