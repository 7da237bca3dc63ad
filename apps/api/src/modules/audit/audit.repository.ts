// Reads of the audit log (rows are written only by the audit_capture triggers) and the GDPR scrub of a person's values.
import type { AuditRecordKind } from '@veza/shared';
import { Prisma, type Db } from '../../db/prisma.ts';

type Tx = Db | Prisma.TransactionClient;

export type AuditRow = {
  id: string;
  at: Date;
  record_kind: AuditRecordKind;
  record_id: string | null;
  op: 'INSERT' | 'UPDATE' | 'DELETE';
  changes: Record<string, [unknown, unknown]>;
  actor_id: string | null;
  session_id: string | null;
  api_token_id: string | null;
  source: string | null;
};

export type AuditQuery = {
  /** Only these kinds (what the viewer may read). */
  kinds: readonly AuditRecordKind[];
  recordKind?: AuditRecordKind | null;
  /** The record and the records merged into it. */
  recordIds?: readonly string[] | null;
  actorId?: string | null;
  from?: string | null;
  to?: string | null;
  /** A column name (snake_case). */
  column?: string | null;
  after?: { at: string; id: string } | null;
  limit: number;
  /** Per record kind the viewer reads only in part (visibility scopes): the readable record, as alias `x`. */
  scopes?: Partial<Record<'CLIENT' | 'PERSON' | 'ACTIVITY' | 'OPPORTUNITY', Prisma.Sql>>;
};

const SCOPED_TABLE = {
  CLIENT: 'clients',
  PERSON: 'persons',
  ACTIVITY: 'activities',
  OPPORTUNITY: 'opportunities',
} as const;

function whereOf(q: AuditQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`a.record_kind = ANY(${[...q.kinds]}::text[])`];
  if (q.recordKind) parts.push(Prisma.sql`a.record_kind = ${q.recordKind}`);
  if (q.recordIds) parts.push(Prisma.sql`a.record_id = ANY(${[...q.recordIds]}::uuid[])`);
  if (q.actorId) parts.push(Prisma.sql`a.actor_id = ${q.actorId}::uuid`);
  if (q.from) parts.push(Prisma.sql`a.at >= ${q.from}::timestamptz`);
  if (q.to) parts.push(Prisma.sql`a.at < ${q.to}::timestamptz`);
  if (q.column) parts.push(Prisma.sql`a.fields @> ARRAY[${q.column}]::text[]`);
  for (const [kind, readable] of Object.entries(q.scopes ?? {}) as [keyof typeof SCOPED_TABLE, Prisma.Sql][]) {
    const table = Prisma.raw(SCOPED_TABLE[kind]);
    parts.push(Prisma.sql`(a.record_kind <> ${kind}
      OR EXISTS (SELECT 1 FROM ${table} x WHERE x.id = a.record_id AND ${readable}))`);
  }
  return Prisma.join(parts, ' AND ');
}

export class AuditRepository {
  constructor(private readonly db: Tx) {}

  /** Newest first, keyset on (at, id): every filter has an index that starts with its column and then (at, id). */
  async list(q: AuditQuery): Promise<AuditRow[]> {
    const after = q.after
      ? Prisma.sql`AND (a.at, a.id) < (${q.after.at}::timestamptz, ${q.after.id}::uuid)`
      : Prisma.empty;
    return this.db.$queryRaw<AuditRow[]>`
      SELECT a.id, a.at, a.record_kind, a.record_id, a.op, a.changes, a.actor_id, a.session_id, a.api_token_id, a.source
        FROM audit_log a
       WHERE ${whereOf(q)} ${after}
       ORDER BY a.at DESC, a.id DESC
       LIMIT ${q.limit}`;
  }

  async count(q: AuditQuery): Promise<number> {
    const [row] = await this.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM audit_log a WHERE ${whereOf(q)}`;
    return Number(row?.n ?? 0);
  }

  /**
   * The record's id and the ids of the records merged into it (a merge keeps each record's history under its own id),
   * or null when a client or person with that id does not exist.
   */
  async withMerged(kind: 'CLIENT' | 'PERSON', id: string): Promise<string[] | null> {
    const table = kind === 'CLIENT' ? Prisma.sql`clients` : Prisma.sql`persons`;
    const rows = await this.db.$queryRaw<{ id: string }[]>`
      SELECT id FROM ${table} WHERE id = ${id}::uuid
      UNION ALL SELECT id FROM ${table} WHERE merged_into_id = ${id}::uuid`;
    return rows.length && rows[0]!.id === id ? rows.map((r) => r.id) : null;
  }

  /**
   * GDPR erasure, run after the erasing writes in their transaction (so the rows those writes added are scrubbed too):
   * every value recorded for the persons becomes [null, null] (which fields changed, when and by whom stay); in the
   * entries of their activities, text matching `pattern` (their names and addresses) becomes "[erased]" and their ids
   * in contact_person_id become null.
   */
  async erasePersonValues(personIds: string[], activityIds: string[], pattern: string | null): Promise<void> {
    await this.db.$executeRaw`
      UPDATE audit_log a
         SET changes = (SELECT coalesce(jsonb_object_agg(k, '[null, null]'::jsonb), '{}') FROM jsonb_object_keys(a.changes) k)
       WHERE a.record_kind = 'PERSON' AND a.record_id = ANY (${personIds}::uuid[]) AND a.changes <> '{}'::jsonb`;
    if (!activityIds.length) return;
    await this.db.$executeRaw`
      UPDATE audit_log a
         SET changes = (SELECT jsonb_object_agg(e.key, (
                  SELECT jsonb_agg(CASE
                    WHEN e.key = 'contact_person_id' AND v #>> '{}' = ANY (${personIds}::text[]) THEN 'null'::jsonb
                    WHEN jsonb_typeof(v) = 'string' AND ${pattern}::text IS NOT NULL
                      THEN to_jsonb(regexp_replace(v #>> '{}', ${pattern}::text, '[erased]', 'gi'))
                    ELSE v END ORDER BY i)
                  FROM jsonb_array_elements(e.value) WITH ORDINALITY AS x(v, i)))
                FROM jsonb_each(a.changes) e)
       WHERE a.record_kind = 'ACTIVITY' AND a.record_id = ANY (${activityIds}::uuid[]) AND a.changes <> '{}'::jsonb`;
  }
}
