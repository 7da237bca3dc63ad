// How an activity looks wherever it is listed: overdue red, planned orange, done neutral, cancelled grey and struck
// through; high priority bold, low priority italic. Planned further ahead than the agenda's week is "later": neutral
// with an orange edge, so that a list of a year's plans does not drown what is due now.
import type { CSSProperties } from 'react';

export type ActivityStatus = 'PLANNED' | 'DONE' | 'CANCELLED';
export type ActivityPriority = 'LOW' | 'NORMAL' | 'HIGH';
export type ActivityToneName = 'overdue' | 'planned' | 'later' | 'done' | 'cancelled';

/** Planned activities further ahead than this are "later" (the home agenda's horizon). */
export const SOON_DAYS = 7;

export interface ActivityTone {
  tone: ActivityToneName;
  /** Mantine colour for accents (badges, borders, timeline bullets). */
  color: string;
  /** Background of a row or card. */
  background: string;
  /** Accent border on the row's or card's left edge. */
  border: string;
  /** Text style: colour for cancelled, weight by priority, strike-through for cancelled. */
  text: CSSProperties;
  /** The attributes every rendered row or card carries (checked by the e2e tests). */
  attributes: { 'data-tone': ActivityToneName; 'data-priority': ActivityPriority };
}

const PALETTE: Record<ActivityToneName, { color: string; background: string; border: string }> = {
  overdue: {
    color: 'red',
    background: 'var(--mantine-color-red-light)',
    border: 'var(--mantine-color-red-6)',
  },
  planned: {
    color: 'orange',
    background: 'var(--mantine-color-orange-light)',
    border: 'var(--mantine-color-orange-6)',
  },
  later: {
    color: 'gray',
    background: 'var(--mantine-color-body)',
    border: 'var(--mantine-color-orange-3)',
  },
  done: {
    color: 'gray',
    background: 'var(--mantine-color-body)',
    border: 'var(--mantine-color-default-border)',
  },
  cancelled: {
    color: 'gray',
    background: 'var(--mantine-color-gray-light)',
    border: 'var(--mantine-color-gray-4)',
  },
};

interface ToneInput {
  status: ActivityStatus;
  overdue: boolean;
  /** When it is planned for (the start, else the due time); without either it counts as soon. */
  startsAt?: string | null;
  dueAt?: string | null;
}

export function toneName(a: ToneInput, now = Date.now()): ActivityToneName {
  if (a.status === 'DONE') return 'done';
  if (a.status === 'CANCELLED') return 'cancelled';
  if (a.overdue) return 'overdue';
  const when = a.startsAt ?? a.dueAt;
  return when && Date.parse(when) > now + SOON_DAYS * 86_400_000 ? 'later' : 'planned';
}

export function activityTone(a: ToneInput & { priority: ActivityPriority }, now = Date.now()): ActivityTone {
  const tone = toneName(a, now);
  const text: CSSProperties = {
    fontWeight: a.priority === 'HIGH' ? 700 : undefined,
    fontStyle: a.priority === 'LOW' ? 'italic' : undefined,
  };
  if (tone === 'cancelled') {
    text.textDecoration = 'line-through';
    text.color = 'var(--mantine-color-dimmed)';
  }
  if (tone === 'overdue') text.color = 'var(--mantine-color-red-text)';
  return { tone, ...PALETTE[tone], text, attributes: { 'data-tone': tone, 'data-priority': a.priority } };
}
