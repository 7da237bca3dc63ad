// Report cell → the activity or opportunity list filtered the same way, or no link where that list cannot say it.
import { READY_REPORTS, type ReportDefinition } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import { decodeActivityFilter, decodeOpportunityFilter } from '../../../lib/record-list-links.ts';
import { groupCellHref } from './report-links.ts';

const ZONE = 'Europe/Zagreb';
const YEAR = { from: '2025-12-31T23:00:00.000Z', to: '2026-12-31T23:00:00.000Z' };
const keyOf = (id: string) => ({ RGljdDpjYWxs: 'call' })[id];
const ready = (key: string, patch: Partial<ReportDefinition['filter']> = {}): ReportDefinition => {
  const d = structuredClone(READY_REPORTS.find((r) => r.key === key)!.definition);
  return { ...d, filter: { ...d.filter!, ...patch } };
};
const param = (href: string | null, path: string) => {
  expect(href).not.toBeNull();
  const url = new URL(href!, 'https://veza.example');
  expect(url.pathname).toBe(path);
  return url.searchParams.get('filter');
};

const agent = { key: '0193', id: 'VXNlcjox' };
const call = { key: '0194', id: 'RGljdDpjYWxs' };

describe('links from reports over activities', () => {
  it('open the activity list with the agent, the type, the statuses and the period', () => {
    const d = ready('activities-by-agent', YEAR);
    const href = groupCellHref(d, [agent, call], 2, keyOf, ZONE);
    const { filter, invalid } = decodeActivityFilter(param(href, '/activities'));
    expect(invalid).toBe(false);
    expect(filter).toMatchObject({ userIds: [agent.id], typeKeys: ['call'], statuses: ['DONE'], ...YEAR });
  });

  it("turn a month group into that month's local midnights", () => {
    const d = ready('visit-success', YEAR);
    const href = groupCellHref(d, [agent, { key: '2026-03-01' }], 2, keyOf, ZONE);
    const { filter } = decodeActivityFilter(param(href, '/activities'));
    expect(filter).toMatchObject({ from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T22:00:00.000Z' });
    expect(filter?.typeKeys).toEqual(['meeting', 'call']);
  });

  it('give no activity link for a result, or with a client filter the list cannot take', () => {
    const byResult = ready('activities-by-client', YEAR);
    expect(groupCellHref({ ...byResult, groupBy: [{ dimension: 'RESULT' }] }, [call], 1, keyOf, ZONE)).toBeNull();
    const filtered = ready('activities-by-agent', {
      ...YEAR,
      client: { field: { field: 'CITY', op: 'EQ', value: 'Split' } },
    });
    expect(groupCellHref(filtered, [agent], 1, keyOf, ZONE)).toBeNull();
  });
});

describe('links from reports over opportunities', () => {
  it('open the opportunity list by stage and expected close month, open ones only', () => {
    const d = ready('pipeline-forecast');
    const href = groupCellHref(d, [{ key: '2026-03-01' }, { key: '0195', id: 'RGljdDpwcm9w' }], 2, keyOf, ZONE);
    const { filter, invalid } = decodeOpportunityFilter(param(href, '/opportunities/list'));
    expect(invalid).toBe(false);
    expect(filter).toMatchObject({
      status: 'OPEN',
      stageIds: ['RGljdDpwcm9w'],
      closeFrom: '2026-03-01',
      closeTo: '2026-03-31',
    });
  });

  it('give no link for a period on the close date, which the list does not filter', () => {
    expect(groupCellHref(ready('time-to-deal', YEAR), [agent], 1, keyOf, ZONE)).toBeNull();
  });

  it('filter by owner for an agent group of a report without a period', () => {
    const href = groupCellHref(ready('time-to-deal', { from: null, to: null }), [agent], 1, keyOf, ZONE);
    expect(decodeOpportunityFilter(param(href, '/opportunities/list')).filter).toMatchObject({
      ownerIds: [agent.id],
      status: 'WON',
    });
  });
});
