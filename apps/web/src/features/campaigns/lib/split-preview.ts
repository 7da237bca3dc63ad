// The wizard's split preview: how many clients, which share and which campaign name each chosen agent gets.
import { wholePercents } from './percents.ts';

export interface SplitEntry {
  agent: { id: string; name: string };
  count: number;
}

export interface SplitRow {
  agentId: string;
  agentName: string;
  count: number;
  /** Whole percent of all clients; the rows add up to exactly 100 when any client is split. */
  percent: number;
  /** The name the generated campaign will get. */
  campaignName: string;
}

export interface SplitSummary {
  rows: SplitRow[];
  total: number;
  /** Agents who would get an empty campaign. */
  emptyAgents: string[];
  /** Largest minus smallest list: at most 1 for the even strategies. */
  spread: number;
}

/** The server names each campaign "<name> – <agent>"; the wizard shows the same before creating. */
export function campaignNameFor(name: string, agentName: string): string {
  const base = name.trim();
  return base ? `${base} – ${agentName}` : agentName;
}

export function summarizeSplit(split: readonly SplitEntry[], name: string): SplitSummary {
  const counts = split.map((s) => s.count);
  const shares = wholePercents(counts);
  const rows = split.map((s, i) => ({
    agentId: s.agent.id,
    agentName: s.agent.name,
    count: s.count,
    percent: shares[i]!,
    campaignName: campaignNameFor(name, s.agent.name),
  }));
  return {
    rows,
    total: counts.reduce((sum, c) => sum + c, 0),
    emptyAgents: rows.filter((r) => r.count === 0).map((r) => r.agentName),
    spread: counts.length ? Math.max(...counts) - Math.min(...counts) : 0,
  };
}

/** "Ana Horvat 13 · Marko Kovač 12" for a one-line summary (numbers in the UI language). */
export function splitLine(rows: readonly SplitRow[], locale: string): string {
  const number = new Intl.NumberFormat(locale);
  return rows.map((r) => `${r.agentName} ${number.format(r.count)}`).join(' · ');
}
