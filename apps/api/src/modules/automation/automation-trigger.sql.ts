// SQL fragments of a rule run: what its trigger matches (time window, daily, change outbox) and how parts combine.
import { localDate } from '@veza/shared';
import { Prisma } from '../../db/prisma.ts';
import type { EntityAdapter } from './automation-entities.repository.ts';
import { changedRecords, type RuleRow } from './automation.repository.ts';

const { sql } = Prisma;

/** Both conditions hold. */
export const bothHold = (a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql => sql`${a} AND ${b}`;

/** What a rule run matches: the trigger's part of the WHERE, the occurrence key and the ordering moment. */
export function triggerPart(rule: RuleRow, e: EntityAdapter, window: { from: Date; to: Date }, hi: bigint | null) {
  if (rule.trigger === 'TIME_RELATIVE') {
    const col = e.dates[rule.triggerField ?? ''];
    if (!col) throw new Error(`unknown date field ${rule.triggerField}`);
    const days = rule.offsetDays ?? 0;
    // date + offset ∈ [from, to)  ⇔  date ∈ [from − offset, to − offset): the date column's index serves it.
    const lo = sql`${window.from}::timestamptz - make_interval(days => ${days}::int)`;
    const hi = sql`${window.to}::timestamptz - make_interval(days => ${days}::int)`;
    const exact = sql`${col} >= ${lo} AND ${col} < ${hi}`;
    // A computed date gets its indexed superset first (see EntityAdapter.dateCandidates).
    const candidates = e.dateCandidates?.[rule.triggerField ?? ''];
    const where = candidates ? bothHold(candidates(lo, hi), exact) : exact;
    return { where, occurrence: sql`${col}::text`, moment: col };
  }
  if (rule.trigger === 'DAILY') {
    return {
      where: sql`TRUE`,
      occurrence: sql`${localDate(window.to, rule.timeZone)}::text`,
      moment: sql`NULL::timestamptz`,
    };
  }
  const column = rule.trigger === 'UPDATED' && rule.triggerField ? (e.changes[rule.triggerField] ?? null) : null;
  const changed = changedRecords(rule.entity, rule.trigger === 'CREATED' ? 'INSERT' : 'UPDATE', column, hi ?? 0n);
  return {
    where: sql`${e.id} IN (SELECT record_id FROM ${changed} chg)`,
    occurrence: sql`'change:' || (SELECT max(chg.change_id) FROM ${changed} chg WHERE chg.record_id = ${e.id})::text`,
    moment: sql`NULL::timestamptz`,
  };
}
