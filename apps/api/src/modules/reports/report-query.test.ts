import { READY_REPORTS, type ReportDefinition } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import { Prisma } from '../../db/prisma.ts';
import { daysAnswer, isLocalMidnight } from './report-days.sql.ts';
import { reportStatement } from './report-query.sql.ts';

const scope = { where: [Prisma.sql`c.deleted_at IS NULL`], timeZone: 'Europe/Zagreb' };
const ready = (key: string): ReportDefinition => structuredClone(READY_REPORTS.find((r) => r.key === key)!.definition);
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('report statement', () => {
  it('computes a field once when two measures read it (time to deal: average and median)', () => {
    const { sql } = reportStatement(ready('time-to-deal'), scope, null);
    // One first-contact lookup per opportunity, not one per measure.
    expect(occurrences(sql, 'FROM activities fa')).toBe(1);
    expect(sql).toMatch(/avg\(b\.f0\).*percentile_cont\(0\.5\) WITHIN GROUP \(ORDER BY b\.f0\)/s);
  });

  it('looks up the first contact after the filters (LATERAL), not in the select list', () => {
    const { sql } = reportStatement(ready('time-to-deal'), scope, null);
    expect(sql).toContain('LEFT JOIN LATERAL (SELECT min(COALESCE(fa.starts_at, fa.created_at))');
    expect(sql.split('FROM opportunities o')[0]).not.toContain('FROM activities fa');
  });

  it('checks live clients against the deleted ones unless a group reads the client', () => {
    const live = { ...scope, where: [], liveClients: true };
    const byAgent = reportStatement(ready('time-to-deal'), live, null).sql;
    expect(byAgent).not.toContain('JOIN clients');
    expect(byAgent).toContain('NOT EXISTS (SELECT 1 FROM clients dc WHERE dc.id = o.client_id');
    const byIndustry = reportStatement({ ...ready('time-to-deal'), groupBy: [{ dimension: 'INDUSTRY' }] }, live, null);
    expect(byIndustry.sql).toContain('JOIN clients c ON c.id = o.client_id');
    expect(byIndustry.sql).toContain('c.deleted_at IS NULL');
    // A filtered scope brings its own client condition: joined, nothing added.
    expect(reportStatement(ready('time-to-deal'), scope, null).sql).not.toContain('NOT EXISTS');
  });

  it('filters opportunity statuses on their columns, not on the status CASE', () => {
    const d = ready('success-by-industry');
    const where = reportStatement(d, scope, null).sql.split('WHERE').slice(1).join('WHERE');
    expect(where).not.toContain("THEN 'WON'");
    expect(where).toContain('o.closed_at IS NOT NULL AND o.lost_reason_id IS NULL');
    expect(where).toContain('o.closed_at IS NOT NULL AND o.lost_reason_id IS NOT NULL');
  });

  it('filters activity statuses on the enum column', () => {
    const { sql, values } = reportStatement(ready('activities-by-agent'), scope, null);
    expect(sql).toContain('a.status = ANY(');
    expect(values).toContainEqual(['DONE']);
  });
});

describe('daily activity totals', () => {
  const year = { from: '2026-01-01T00:00:00+01:00', to: '2027-01-01T00:00:00+01:00' };
  const byAgent = () => ({ ...ready('activities-by-agent'), filter: { statuses: ['DONE'], ...year } });

  it('answer a year of whole local days grouped by agent and type', () => {
    expect(daysAnswer(byAgent(), 'Europe/Zagreb')).toBe(true);
    expect(reportStatement(byAgent(), { ...scope, dayTotals: true }, null).sql).toContain('activity_report_days');
  });

  it('answer a result grouping and the success rate from the per-result totals, the rest from the smaller table', () => {
    const totals = (d: ReportDefinition) => reportStatement(d, { ...scope, dayTotals: true }, null).sql;
    const visits = { ...ready('visit-success'), filter: { ...ready('visit-success').filter!, ...year } };
    expect(totals(visits)).toContain('FROM activity_report_result_months m');
    expect(totals({ ...byAgent(), groupBy: [{ dimension: 'AGENT' }, { dimension: 'RESULT' }] })).toContain(
      "NULLIF(s.result_id, '00000000-0000-0000-0000-000000000000') AS g1",
    );
    expect(totals(byAgent())).toContain('FROM activity_report_months m');
    expect(totals(byAgent())).not.toContain('activity_report_result');
  });

  it('read the whole months of the period from the monthly totals and the days of the months it cuts', () => {
    const cut = { from: '2026-02-10T00:00:00+01:00', to: '2026-11-20T00:00:00+01:00' };
    const counts = { ...ready('activities-by-agent'), measures: [{ fn: 'COUNT' as const }] };
    const { sql, values } = reportStatement(
      { ...counts, filter: { statuses: ['DONE'], ...cut } },
      { ...scope, dayTotals: true },
      null,
    );
    expect(sql.match(/FROM activity_report_days /g)).toHaveLength(2);
    expect(sql).toContain('FROM activity_report_months m');
    expect(sql).not.toContain('hourly_rates');
    expect(values).toEqual(expect.arrayContaining(['2026-02-10', '2026-03-01', '2026-11-01', '2026-11-20']));
    // By week: the days only.
    const weekly = reportStatement(
      { ...counts, groupBy: [{ dimension: 'WEEK' }], filter: { statuses: ['DONE'], ...year } },
      { ...scope, dayTotals: true },
      null,
    ).sql;
    expect(weekly).toContain('FROM activity_report_days s');
    expect(weekly).not.toContain('activity_report_months');
  });

  it.each<[string, (d: ReportDefinition) => ReportDefinition]>([
    ['a period starting at noon', (d) => ({ ...d, filter: { ...d.filter!, from: '2026-01-01T12:00:00+01:00' } })],
    [
      'a client filter',
      (d) => ({ ...d, filter: { ...d.filter!, client: { field: { field: 'CITY', op: 'EQ', value: 'Split' } } } }),
    ],
    ['a grouping by client', (d) => ({ ...d, groupBy: [{ dimension: 'CLIENT' }] })],
    ['a median', (d) => ({ ...d, measures: [{ fn: 'MEDIAN', field: 'WORK_MINUTES' }] })],
    ['a grouping by channel', (d) => ({ ...d, groupBy: [{ dimension: 'CHANNEL' }] })],
    ['another date field', (d) => ({ ...d, dateField: 'CLOSED_AT' })],
  ])('leave %s to the activity rows', (_, change) => {
    expect(daysAnswer(change(byAgent()), 'Europe/Zagreb')).toBe(false);
  });

  it('check a period against the midnights of the viewer zone', () => {
    expect(isLocalMidnight('2026-01-01T00:00:00+01:00', 'Europe/Warsaw')).toBe(true);
    expect(isLocalMidnight('2026-01-01T00:00:00+01:00', 'America/St_Johns')).toBe(false);
    expect(isLocalMidnight('2026-07-01T00:00:00+02:00', 'Europe/Zagreb')).toBe(true);
    expect(isLocalMidnight('2026-07-01T00:00:00+01:00', 'Europe/Zagreb')).toBe(false);
  });
});
