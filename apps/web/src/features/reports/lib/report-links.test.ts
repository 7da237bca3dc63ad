// Report cell → records behind it: client groups link to the client, client-based groups to the client list with
// the report's client filter and the group's conditions; groups that are not about clients get no link.
import type { ReportDefinition } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import { CLIENT_FILTER_PARAM, decodeClientFilter } from '../../../lib/client-filter-link.ts';
import { groupCellHref } from './report-links.ts';

const KEYS: Record<string, string> = { RGljdDox: 'it', RGljdDoy: 'web' };
const keyOf = (id: string) => KEYS[id];
const client = { attribute: { key: 'employees', op: 'GT' as const, value: 50 } };

const definition = (patch: Partial<ReportDefinition>): ReportDefinition => ({
  subject: 'ACTIVITIES',
  dateField: 'STARTS_AT',
  filter: { client, from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', agentIds: ['VXNlcjoy'] },
  groupBy: [{ dimension: 'INDUSTRY' }, { dimension: 'COUNTRY' }],
  measures: [{ fn: 'COUNT' }],
  ...patch,
});

function filterOf(href: string | null) {
  expect(href).toMatch(/^\/clients\?/);
  const url = new URL(href!, 'https://veza.example');
  const decoded = decodeClientFilter(url.searchParams.get(CLIENT_FILTER_PARAM));
  expect(decoded.invalid).toBe(false);
  return decoded.filter;
}

const industryIt = { key: '0193c1a0-0000-7000-8000-000000000001', id: 'RGljdDox' };

describe('report cell links', () => {
  it('links a client-based group to the client list within the report’s client filter', () => {
    const d = definition({});
    expect(filterOf(groupCellHref(d, [industryIt, { key: 'HR' }], 1, keyOf))).toEqual({
      and: [client, { field: { field: 'INDUSTRY', op: 'EQ', value: 'it' } }],
    });
    expect(filterOf(groupCellHref(d, [industryIt, { key: 'HR' }], 2, keyOf))).toEqual({
      and: [
        client,
        { field: { field: 'INDUSTRY', op: 'EQ', value: 'it' } },
        { field: { field: 'COUNTRY', op: 'EQ', value: 'HR' } },
      ],
    });
  });

  it('links the "none" group to clients without the value', () => {
    const d = definition({ filter: null, groupBy: [{ dimension: 'SEGMENT' }] });
    expect(filterOf(groupCellHref(d, [{ key: null, id: null }], 1, keyOf))).toEqual({
      field: { field: 'SEGMENT', op: 'IS_EMPTY' },
    });
  });

  it('gives no link for groups that are not about clients, nor for unknown dictionary values', () => {
    const d = definition({ groupBy: [{ dimension: 'TYPE' }, { dimension: 'COUNTRY' }] });
    expect(groupCellHref(d, [{ key: 'x', id: 'RGljdDo5' }, { key: 'HR' }], 1, keyOf)).toBeNull();
    expect(groupCellHref(d, [{ key: 'x', id: 'RGljdDo5' }, { key: 'HR' }], 2, keyOf)).toBeNull();
    const unknown = definition({ groupBy: [{ dimension: 'INDUSTRY' }] });
    expect(groupCellHref(unknown, [{ key: 'u', id: 'RGljdDo5' }], 1, keyOf)).toBeNull();
    const month = definition({ groupBy: [{ dimension: 'MONTH' }] });
    expect(groupCellHref(month, [{ key: '2026-03-01' }], 1, keyOf)).toBeNull();
  });

  it('treats an opportunity’s lead source as its own (no client link), a client’s as the client’s', () => {
    const group = [{ key: 'k', id: 'RGljdDoy' }];
    const opportunities = definition({ subject: 'OPPORTUNITIES', dateField: 'CREATED_AT' });
    expect(groupCellHref({ ...opportunities, groupBy: [{ dimension: 'LEAD_SOURCE' }] }, group, 1, keyOf)).toBeNull();
    const activities = definition({ groupBy: [{ dimension: 'LEAD_SOURCE' }] });
    expect(filterOf(groupCellHref(activities, group, 1, keyOf))).toEqual({
      and: [client, { field: { field: 'LEAD_SOURCE', op: 'EQ', value: 'web' } }],
    });
  });

  it('for the clients subject adds the agents and the period, and links agents as account managers', () => {
    const d = definition({ subject: 'CLIENTS', dateField: 'LAST_CONTACT_AT', groupBy: [{ dimension: 'AGENT' }] });
    expect(filterOf(groupCellHref(d, [{ key: 'uuid', id: 'VXNlcjoy' }], 1, keyOf))).toEqual({
      and: [
        client,
        { field: { field: 'ACCOUNT_MANAGER', op: 'IN', value: ['VXNlcjoy'] } },
        { field: { field: 'LAST_CONTACT_AT', op: 'AFTER', value: '2026-01-01T00:00:00.000Z' } },
        { field: { field: 'LAST_CONTACT_AT', op: 'BEFORE', value: '2027-01-01T00:00:00.000Z' } },
        { field: { field: 'ACCOUNT_MANAGER', op: 'EQ', value: 'VXNlcjoy' } },
      ],
    });
    // An activity's agent is its owner, not the client's account manager.
    expect(
      groupCellHref(definition({ groupBy: [{ dimension: 'AGENT' }] }), [{ key: 'u', id: 'VXNlcjoy' }], 1, keyOf),
    ).toBeNull();
  });

  it('links a client group to the client itself', () => {
    const d = definition({ groupBy: [{ dimension: 'TYPE' }, { dimension: 'CLIENT' }] });
    expect(groupCellHref(d, [{ key: 't' }, { key: 'c', id: 'Q2xpZW50OjE=' }], 2, keyOf)).toBe('/clients/Q2xpZW50OjE=');
  });
});
