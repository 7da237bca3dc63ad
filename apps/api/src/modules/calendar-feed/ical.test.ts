// The iCalendar writer: TEXT escaping, parameter quoting, 75-octet folding that keeps UTF-8 characters whole, and
// a round trip through Mozilla's parser (ical.js).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ICalWriter, dateValue, escapeText, foldLine, paramValue, utcDateTime } from './ical.ts';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const unfold = (s: string) => s.replace(/\r\n /g, '');

describe('escapeText', () => {
  it.each([
    ['a\\b', 'a\\\\b'],
    ['a;b', 'a\\;b'],
    ['a,b', 'a\\,b'],
    ['line 1\nline 2\r\nline 3\rline 4', 'line 1\\nline 2\\nline 3\\nline 4'],
    ['C:\\new; folder, n', 'C:\\\\new\\; folder\\, n'],
    ['bell\u0007 and tab\t', 'bell and tab\t'],
    ['Kraków: "ok"', 'Kraków: "ok"'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('paramValue', () => {
  it('quotes values with : ; or , and never lets a double quote or a newline through', () => {
    expect(paramValue('Ana Horvat')).toBe('Ana Horvat');
    expect(paramValue('Horvat, Ana')).toBe('"Horvat, Ana"');
    expect(paramValue('Ana "Ani" Horvat\nd.o.o.')).toBe("Ana 'Ani' Horvat d.o.o.");
  });
});

describe('dates', () => {
  it('writes UTC date-times without milliseconds, and dates without dashes', () => {
    expect(utcDateTime(new Date('2026-11-24T09:05:07.123Z'))).toBe('20261124T090507Z');
    expect(dateValue('2026-11-24')).toBe('20261124');
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it.each([
    ['Croatian', 'SUMMARY:Sastanak u Đakovu — čćžšđ ČĆŽŠĐ, dogovor oko isporuke žita i šećera za sljedeću godinu'],
    ['Polish', 'SUMMARY:Spotkanie w Łodzi — zażółć gęślą jaźń, ŻÓŁĆ GĘŚLĄ JAŹŃ, omówienie oferty na przyszły kwartał'],
    ['Czech', 'SUMMARY:Schůzka v Ústí nad Labem — příliš žluťoučký kůň úpěl ďábelské ódy, ŘČŠŽÝÁÍÉ'],
    ['emoji and CJK', `SUMMARY:${'📅会议'.repeat(30)}`],
  ])('folds %s text at ≤ 75 octets without splitting a character', (_lang, line) => {
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const [i, l] of lines.entries()) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      if (i > 0) expect(l.startsWith(' ')).toBe(true);
      // Each physical line is valid UTF-8 on its own: decoding and re-encoding gives the same bytes.
      const bytes = Buffer.from(l, 'utf8');
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(l);
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe('ICalWriter', () => {
  it('produces CRLF lines that ical.js parses back to the original text', () => {
    const summary = 'Dogovor; cijena, rok\\popust — Łódź, Čeněk\nDrugi red: "navodnici"';
    const text = new ICalWriter()
      .begin('VCALENDAR')
      .prop('VERSION', '2.0')
      .prop('PRODID', '-//test//EN')
      .begin('VEVENT')
      .prop('UID', 'x@veza')
      .prop('DTSTAMP', '20261124T090000Z')
      .prop('DTSTART', '20261124', { VALUE: 'DATE' })
      .text('SUMMARY', summary)
      .text('LOCATION', '')
      .prop('ORGANIZER', 'mailto:ana@example.com', { CN: 'Horvat, Ana' })
      .end('VEVENT')
      .end('VCALENDAR')
      .toString();
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).not.toContain('LOCATION');
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(summary);
    expect(event.getFirstProperty('organizer')!.getParameter('cn')).toBe('Horvat, Ana');
    expect(String(event.getFirstPropertyValue('dtstart'))).toBe('2026-11-24');
  });
});
