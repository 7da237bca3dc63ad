// File names from uploads and in Content-Disposition headers.
import { describe, expect, it } from 'vitest';
import { cleanUploadName, contentDisposition } from './file-names.ts';
import { nameHidesActiveType, sniffText } from './file-types.ts';

describe('cleanUploadName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\ana\\ponuda.pdf', 'ponuda.pdf'],
    ['a\r\nb.txt', 'ab.txt'],
    ['..', 'file'],
    ['.htaccess', 'htaccess'],
    ['', 'file'],
    ['Zápis – čćž.pdf', 'Zápis – čćž.pdf'],
  ])('%j becomes %j', (raw, clean) => expect(cleanUploadName(raw)).toBe(clean));
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name, with no quote, CR or LF to break the header', () => {
    const header = contentDisposition('attachment', 'Ofer\u0074a "łódź"\r\nSet-Cookie: a=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('Oferta "łódź"Set-Cookie: a=1.pdf');
  });
});

describe('type sniffing of text', () => {
  it.each([
    ['<!DOCTYPE html><p>x', 'text/html'],
    ['  <svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml'],
    ['<?xml version="1.0"?><svg/>', 'image/svg+xml'],
    ['<?xml version="1.0"?><order/>', 'application/xml'],
    ['name;city\nMlinar;Zagreb', 'text/plain'],
    ['hello <script>alert(1)</script>', 'text/html'],
  ])('%j is %s', (text, mime) => expect(sniffText(Buffer.from(text))).toBe(mime));

  it('tells a renamed HTML file from an honest one', () => {
    expect(nameHidesActiveType('text/html', 'offer.pdf')).toBe(true);
    expect(nameHidesActiveType('text/html', 'page.HTML')).toBe(false);
    expect(nameHidesActiveType('application/pdf', 'offer.txt')).toBe(false);
  });
});
