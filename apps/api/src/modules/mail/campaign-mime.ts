// A campaign message as raw RFC 5322 text, assembled from strings with nodemailer's own encoders (RFC 2047 words,
// quoted-printable, RFC 2231 parameters) instead of its composer's tree of streams, which cost about 0.3 ms of CPU a
// message — a third of the sender's work. Attachments are base64-encoded once per run and reused in every message.
// nodemailer sends the result as `raw` (DKIM-signed by the transport like any other message).
import crypto from 'node:crypto';
import { wrap as base64Wrap } from 'nodemailer/lib/base64';
import { buildHeaderValue, encodeWords, foldLines, isPlainText, quoteString } from 'nodemailer/lib/mime-funcs';
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp';

export type MimeAttachment = { filename: string; contentType: string; content: Buffer };

export type CampaignMessage = {
  fromName: string;
  fromAddress: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  unsubscribeUrl: string;
  /** Ready parts from `attachmentParts` (made once per run). */
  attachments: string[];
};

const CRLF = '\r\n';
/** No header value may carry a line break (header injection): they become spaces. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').trim();

function header(name: string, value: string): string {
  return foldLines(`${name}: ${value}`, 76);
}

/** A display name as nodemailer writes it: bare, quoted, or as RFC 2047 words when it is not plain ASCII. */
function address(name: string, addr: string): string {
  const display = oneLine(name);
  if (!display) return addr;
  if (!isPlainText(display)) return `${encodeWords(display, 'Q', 52)} <${addr}>`;
  return `${/^[\w ]*$/.test(display) ? display : quoteString(display)} <${addr}>`;
}

function textPart(contentType: string, body: string): string {
  const crlf = body.replace(/\r?\n/g, CRLF);
  return (
    `Content-Type: ${contentType}; charset=utf-8${CRLF}Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}` +
    qpWrap(qpEncode(crlf), 76)
  );
}

/** Each file as a ready MIME part (headers and base64 body), made once per run. */
export function attachmentParts(files: MimeAttachment[]): string[] {
  return files.map((f) => {
    const type = buildHeaderValue({ value: f.contentType, params: { name: f.filename } });
    const disposition = buildHeaderValue({ value: 'attachment', params: { filename: f.filename } });
    return (
      `${header('Content-Type', type)}${CRLF}${header('Content-Disposition', disposition)}${CRLF}` +
      `Content-Transfer-Encoding: base64${CRLF}${CRLF}${base64Wrap(f.content.toString('base64'), 76)}`
    );
  });
}

function multipart(subtype: string, parts: string[]): { type: string; body: string } {
  const boundary = `--_veza-${crypto.randomBytes(10).toString('hex')}`;
  const body = parts.map((p) => `--${boundary}${CRLF}${p}${CRLF}`).join('') + `--${boundary}--${CRLF}`;
  return { type: `multipart/${subtype}; boundary="${boundary}"`, body };
}

/** The whole message, CRLF line endings, one recipient. */
export function campaignMime(m: CampaignMessage): Buffer {
  const alternative = multipart('alternative', [textPart('text/plain', m.text), textPart('text/html', m.html)]);
  const top = m.attachments.length
    ? multipart('mixed', [
        `${header('Content-Type', alternative.type)}${CRLF}${CRLF}${alternative.body}`,
        ...m.attachments,
      ])
    : alternative;
  const subject = oneLine(m.subject);
  const headers = [
    header('From', address(m.fromName, oneLine(m.fromAddress))),
    header('To', oneLine(m.to)),
    header('Subject', isPlainText(subject) ? subject : encodeWords(subject, 'Q', 52)),
    header('Message-ID', oneLine(m.messageId)),
    header('Date', new Date().toUTCString().replace(/GMT$/, '+0000')),
    'MIME-Version: 1.0',
    header('List-Unsubscribe', `<${oneLine(m.unsubscribeUrl)}> (Unsubscribe)`),
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    header('Content-Type', top.type),
  ];
  return Buffer.from(headers.join(CRLF) + CRLF + CRLF + top.body, 'utf-8');
}
