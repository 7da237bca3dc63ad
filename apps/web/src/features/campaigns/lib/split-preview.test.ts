// The split preview the wizard shows before creating: shares, names, empty lists and spread.
import { describe, expect, it } from 'vitest';
import { campaignNameFor, splitLine, summarizeSplit } from './split-preview.ts';

const entry = (id: string, name: string, count: number) => ({ agent: { id, name }, count });

describe('split preview', () => {
  it('gives each agent a count, a share and the campaign name the server will use', () => {
    const summary = summarizeSplit([entry('a', 'Ana', 13), entry('b', 'Marko', 12)], ' Zagreb Q3 ');
    expect(summary.rows).toEqual([
      { agentId: 'a', agentName: 'Ana', count: 13, percent: 52, campaignName: 'Zagreb Q3 – Ana' },
      { agentId: 'b', agentName: 'Marko', count: 12, percent: 48, campaignName: 'Zagreb Q3 – Marko' },
    ]);
    expect(summary.total).toBe(25);
    expect(summary.spread).toBe(1);
    expect(summary.emptyAgents).toEqual([]);
  });

  it('makes the shares add up to 100 for an uneven three-way split', () => {
    const summary = summarizeSplit([entry('a', 'A', 1), entry('b', 'B', 1), entry('c', 'C', 1)], 'X');
    expect(summary.rows.map((r) => r.percent)).toEqual([34, 33, 33]);
  });

  it('names the agents who would get an empty campaign and the spread by account manager', () => {
    const summary = summarizeSplit([entry('a', 'Ana', 7), entry('b', 'Marko', 0)], 'X');
    expect(summary.emptyAgents).toEqual(['Marko']);
    expect(summary.spread).toBe(7);
    expect(summary.rows.map((r) => r.percent)).toEqual([100, 0]);
  });

  it('handles no agents and no clients without dividing by zero', () => {
    expect(summarizeSplit([], 'X')).toEqual({ rows: [], total: 0, emptyAgents: [], spread: 0 });
    expect(summarizeSplit([entry('a', 'Ana', 0)], 'X').rows[0]!.percent).toBe(0);
  });

  it('uses the agent name alone while the campaign has no name yet', () => {
    expect(campaignNameFor('  ', 'Ana')).toBe('Ana');
  });

  it('formats a one-line summary with numbers in the UI language', () => {
    const rows = summarizeSplit([entry('a', 'Ana', 1200), entry('b', 'Marko', 1199)], 'X').rows;
    expect(splitLine(rows, 'en')).toBe('Ana 1,200 · Marko 1,199');
    expect(splitLine(rows, 'hr')).toBe('Ana 1.200 · Marko 1.199');
  });
});
