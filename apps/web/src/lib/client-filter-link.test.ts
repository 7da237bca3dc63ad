// Client-list links with a filter: round trip (also non-ASCII text), and refusal of damaged or invalid filters.
import type { ClientFilter } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import { CLIENT_FILTER_PARAM, clientListHref, decodeClientFilter, encodeClientFilter } from './client-filter-link.ts';

const filter: ClientFilter = {
  and: [
    { field: { field: 'CITY', op: 'EQ', value: 'Čakovec – Đurđevac' } },
    { attribute: { key: 'employees', op: 'GT', value: 50 } },
  ],
};

describe('client filter links', () => {
  it('round-trips a filter through a URL-safe parameter', () => {
    const param = encodeClientFilter(filter);
    expect(param).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeClientFilter(param)).toEqual({ filter, invalid: false });
    const href = clientListHref(filter);
    const url = new URL(href, 'https://veza.example');
    expect(url.pathname).toBe('/clients');
    expect(decodeClientFilter(url.searchParams.get(CLIENT_FILTER_PARAM)).filter).toEqual(filter);
  });

  it('reads no parameter as no filter', () => {
    expect(decodeClientFilter(null)).toEqual({ filter: null, invalid: false });
    expect(decodeClientFilter('')).toEqual({ filter: null, invalid: false });
  });

  it.each([
    ['not base64url', 'abc+/=='],
    ['not JSON', encodeText('{oops')],
    ['not UTF-8', 'gA'],
    ['an unknown field', encodeText(JSON.stringify({ field: { field: 'PASSWORD', op: 'EQ', value: 'x' } }))],
    ['two keys in one node', encodeText(JSON.stringify({ search: 'a', notContactedInDays: 3 }))],
    ['a wrong value type', encodeText(JSON.stringify({ field: { field: 'CREATED_AT', op: 'BEFORE', value: 5 } }))],
    ['a huge parameter', 'A'.repeat(10_000)],
  ])('ignores %s and says so', (_name, param) => {
    expect(decodeClientFilter(param)).toEqual({ filter: null, invalid: true });
  });
});

function encodeText(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
