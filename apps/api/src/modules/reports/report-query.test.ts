import { READY_REPORTS, type ReportDefinition } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import { Prisma } from '../../db/prisma.ts';
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
