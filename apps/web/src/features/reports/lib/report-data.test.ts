// Report shaping: outcome slices, per-agent bars and totals, talk time, and report periods in the user's time zone.
import { describe, expect, it } from 'vitest';
import {
  agentChartRows,
  formatMinutes,
  generationOptions,
  mergeOutcomes,
  outcomeSlices,
  periodInstants,
  totals,
  type AgentRow,
} from './report-data.ts';

const row = (
  name: string,
  done: number,
  skipped: number,
  pending: number,
  contacts: number,
  talk: number,
): AgentRow => ({
  agent: { id: name, name },
  campaigns: 1,
  progress: { total: done + skipped + pending, done, skipped, pending, inProgress: 0 },
  outcomes: [],
  contacts,
  talkMinutes: talk,
});

describe('campaign report data', () => {
  it('orders outcome slices by count, keeps own colours and greys out "no result"', () => {
    const slices = outcomeSlices(
      [
        { outcome: { id: 'a', label: 'Offer requested', color: null }, count: 2 },
        { outcome: null, count: 3 },
        { outcome: { id: 'b', label: 'Contract closed', color: '#00aa00' }, count: 5 },
        { outcome: { id: 'c', label: 'No answer', color: null }, count: 0 },
      ],
      'No result',
    );
    expect(slices).toEqual([
      { key: 'b', name: 'Contract closed', value: 5, color: '#00aa00' },
      { key: 'none', name: 'No result', value: 3, color: 'gray.5' },
      { key: 'a', name: 'Offer requested', value: 2, color: 'blue.6' },
    ]);
  });

  it('stacks each agent bar as done, skipped and still open', () => {
    expect(agentChartRows([row('Ana', 3, 1, 6, 4, 30)])).toEqual([{ agent: 'Ana', done: 3, skipped: 1, open: 6 }]);
  });

  it('adds up the agents for the totals row', () => {
    expect(totals([row('Ana', 3, 1, 6, 4, 30), row('Marko', 2, 0, 1, 2, 95)])).toEqual({
      campaigns: 2,
      total: 13,
      done: 5,
      skipped: 1,
      open: 7,
      contacts: 6,
      talkMinutes: 125,
    });
  });

  it.each([
    [0, 'en', '0 min'],
    [45, 'en', '45 min'],
    [120, 'en', '2 hr'],
    [125, 'en', '2 hr 5 min'],
    [125, 'hr', '2 h 5 min'],
  ])('formats %i minutes in %s as "%s"', (minutes, locale, text) => {
    expect(formatMinutes(minutes, locale)).toBe(text);
  });

  it('turns inclusive days into [from, to) instants at midnight in the user time zone, across DST', () => {
    expect(periodInstants('2026-03-01', '2026-03-31', 'Europe/Zagreb')).toEqual({
      from: '2026-02-28T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z',
    });
    expect(periodInstants(null, '2026-07-15', 'UTC')).toEqual({ from: null, to: '2026-07-16T00:00:00.000Z' });
    expect(periodInstants(null, null, 'Europe/Warsaw')).toEqual({ from: null, to: null });
  });

  it('starts a period on its own day where a DST jump skips midnight', () => {
    // Chile moved its clocks from 00:00 to 01:00 on 2026-09-06: the day begins at 01:00 (04:00 UTC).
    expect(periodInstants('2026-09-06', '2026-09-05', 'America/Santiago')).toEqual({
      from: '2026-09-06T04:00:00.000Z',
      to: '2026-09-06T04:00:00.000Z',
    });
  });
});

describe('report choices', () => {
  it('adds up outcomes of all agents, "no result" included', () => {
    const offer = { id: 'o', label: 'Offer requested', color: null };
    const rows = [
      {
        ...row('Ana', 3, 0, 0, 0, 0),
        outcomes: [
          { outcome: offer, count: 2 },
          { outcome: null, count: 1 },
        ],
      },
      { ...row('Marko', 1, 0, 0, 0, 0), outcomes: [{ outcome: offer, count: 1 }] },
    ];
    expect(mergeOutcomes(rows)).toEqual([
      { outcome: offer, count: 3 },
      { outcome: null, count: 1 },
    ]);
  });

  it('offers each generation once, named without the agent suffix', () => {
    const campaigns = [
      {
        id: '1',
        name: 'Zagreb Q3 – Ana',
        generationId: 'g2',
        createdAt: '2026-07-02T08:00:00Z',
        agent: { name: 'Ana' },
      },
      {
        id: '2',
        name: 'Zagreb Q3 – Marko',
        generationId: 'g2',
        createdAt: '2026-07-02T08:00:00Z',
        agent: { name: 'Marko' },
      },
      { id: '3', name: 'By hand', generationId: null, createdAt: '2026-07-01T08:00:00Z', agent: { name: 'Ana' } },
      { id: '4', name: 'Split – Ana', generationId: 'g1', createdAt: '2026-06-01T08:00:00Z', agent: { name: 'Ana' } },
    ];
    expect(generationOptions(campaigns, (iso) => iso.slice(0, 10))).toEqual([
      { value: 'g2', label: 'Zagreb Q3 · 2026-07-02', agents: 2 },
      { value: 'g1', label: 'Split · 2026-06-01', agents: 1 },
    ]);
  });
});
