// Pure shaping of the campaign reports: chart rows, outcome slices, totals, talk time and the period in a time zone.
import { addDays, startOfDay } from '@veza/shared';

export interface Progress {
  total: number;
  pending: number;
  inProgress: number;
  done: number;
  skipped: number;
}

export interface OutcomeCount {
  outcome: { id: string; label: string; color?: string | null } | null;
  count: number;
}

export interface AgentRow {
  agent: { id: string; name: string };
  campaigns: number;
  progress: Progress;
  outcomes: readonly OutcomeCount[];
  contacts: number;
  talkMinutes: number;
}

/** Colours for results that have none of their own, in a stable order. */
const PALETTE = [
  'blue.6',
  'teal.6',
  'grape.6',
  'orange.6',
  'cyan.6',
  'pink.6',
  'lime.7',
  'indigo.6',
  'yellow.6',
  'red.6',
];
export const NO_RESULT_COLOR = 'gray.5';

export interface Slice {
  key: string;
  name: string;
  value: number;
  color: string;
}

/** Donut slices, biggest first; "done without a result" is its own grey slice. */
export function outcomeSlices(outcomes: readonly OutcomeCount[], noResultLabel: string): Slice[] {
  let next = 0;
  return [...outcomes]
    .filter((o) => o.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((o) =>
      o.outcome
        ? {
            key: o.outcome.id,
            name: o.outcome.label,
            value: o.count,
            color: o.outcome.color || PALETTE[next++ % PALETTE.length]!,
          }
        : { key: 'none', name: noResultLabel, value: o.count, color: NO_RESULT_COLOR },
    );
}

/** One bar per agent with its items stacked by state. */
export function agentChartRows(rows: readonly AgentRow[]) {
  return rows.map((r) => ({
    agent: r.agent.name,
    done: r.progress.done,
    skipped: r.progress.skipped,
    open: r.progress.pending + r.progress.inProgress,
  }));
}

export function totals(rows: readonly AgentRow[]) {
  return rows.reduce(
    (sum, r) => ({
      campaigns: sum.campaigns + r.campaigns,
      total: sum.total + r.progress.total,
      done: sum.done + r.progress.done,
      skipped: sum.skipped + r.progress.skipped,
      open: sum.open + r.progress.pending + r.progress.inProgress,
      contacts: sum.contacts + r.contacts,
      talkMinutes: sum.talkMinutes + r.talkMinutes,
    }),
    { campaigns: 0, total: 0, done: 0, skipped: 0, open: 0, contacts: 0, talkMinutes: 0 },
  );
}

/** "45 min", "2 h", "2 h 5 min" with the units of the UI language. */
export function formatMinutes(minutes: number, locale: string): string {
  const unit = (value: number, u: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return unit(m, 'minute');
  return m === 0 ? unit(h, 'hour') : `${unit(h, 'hour')} ${unit(m, 'minute')}`;
}

/** The instant a calendar day (YYYY-MM-DD) starts in a time zone, as an ISO string. */
export function dayStart(day: string, timeZone: string): string {
  return startOfDay(day, timeZone).toISOString();
}

/** From / to days (both inclusive, either optional) as the report's [from, to) instants in the user's time zone. */
export function periodInstants(from: string | null, to: string | null, timeZone: string) {
  return {
    from: from ? dayStart(from, timeZone) : null,
    to: to ? dayStart(addDays(to, 1), timeZone) : null,
  };
}

/** The outcomes of all agents added up (the donut over the whole selection). */
export function mergeOutcomes(rows: readonly AgentRow[]): OutcomeCount[] {
  const merged = new Map<string, OutcomeCount>();
  for (const r of rows)
    for (const o of r.outcomes) {
      const key = o.outcome?.id ?? 'none';
      const known = merged.get(key);
      merged.set(key, { outcome: o.outcome, count: (known?.count ?? 0) + o.count });
    }
  return [...merged.values()];
}

interface CampaignOption {
  id: string;
  name: string;
  generationId?: string | null;
  createdAt: string;
  agent: { name: string };
}

/** The name a generation was given: its campaigns are called "<name> – <agent>". */
export function generationName(campaign: { name: string; agent: { name: string } }): string {
  const suffix = ` – ${campaign.agent.name}`;
  return campaign.name.endsWith(suffix) ? campaign.name.slice(0, -suffix.length) : campaign.name;
}

/** One option per generation (newest first, as the campaigns come), labelled by its name, agents and date. */
export function generationOptions(campaigns: readonly CampaignOption[], formatDate: (iso: string) => string) {
  const groups = new Map<string, { name: string; createdAt: string; agents: number }>();
  for (const c of campaigns) {
    if (!c.generationId) continue;
    const group = groups.get(c.generationId);
    if (group) group.agents += 1;
    else groups.set(c.generationId, { name: generationName(c), createdAt: c.createdAt, agents: 1 });
  }
  return [...groups].map(([value, g]) => ({
    value,
    label: `${g.name} · ${formatDate(g.createdAt)}`,
    agents: g.agents,
  }));
}
