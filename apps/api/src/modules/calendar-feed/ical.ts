// A minimal RFC 5545 writer: TEXT escaping, parameter quoting, UTC and DATE values, and folding of content lines
// at 75 octets with CRLF, never inside a UTF-8 sequence.

const CRLF = '\r\n';
const MAX_OCTETS = 75;

// Control characters other than HTAB are not allowed in TEXT values (RFC 5545 §3.3.11); newlines are escaped.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A TEXT value: backslash, semicolon, comma and newlines escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A parameter value (e.g. CN): quoted when it contains `:`, `;` or `,`. A double quote cannot appear even inside
 * quotes, so it becomes a single one; line breaks become spaces.
 */
export function paramValue(value: string): string {
  const clean = value
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(CONTROL, '')
    .replace(/"/g, "'");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** A DATE-TIME in UTC: 20261124T090000Z. */
export function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A DATE from YYYY-MM-DD: 20261124. */
export function dateValue(date: string): string {
  return date.replace(/-/g, '');
}

/**
 * Splits a content line into lines of at most 75 octets joined by CRLF + space (the space counts towards the
 * next line's 75). Cuts fall between code points, so multi-byte UTF-8 characters stay whole.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

export type Params = Record<string, string | undefined>;

/** Builds an iCalendar object line by line; values given to `text` are escaped, to `prop` are written as they are. */
export class ICalWriter {
  private readonly lines: string[] = [];

  begin(component: string): this {
    return this.prop('BEGIN', component);
  }

  end(component: string): this {
    return this.prop('END', component);
  }

  /** A property whose value is already in its iCalendar form (dates, numbers, URIs, enumerations). */
  prop(name: string, value: string, params: Params = {}): this {
    const paramText = Object.entries(params)
      .filter((entry): entry is [string, string] => entry[1] != null && entry[1] !== '')
      .map(([key, v]) => `;${key}=${paramValue(v)}`)
      .join('');
    this.lines.push(foldLine(`${name}${paramText}:${value}`));
    return this;
  }

  /** A TEXT property; nothing is written for an empty value. */
  text(name: string, value: string | null | undefined, params: Params = {}): this {
    return value ? this.prop(name, escapeText(value), params) : this;
  }

  toString(): string {
    return this.lines.join(CRLF) + CRLF;
  }
}
