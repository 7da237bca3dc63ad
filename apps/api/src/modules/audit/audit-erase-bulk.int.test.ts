// The audit log and the GDPR erasure (a person's recorded values are erased, the facts of the changes stay), and the
// cost of auditing a 10 000-row UPDATE (statement-level triggers: one INSERT … SELECT per statement).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../../graphql/ids.ts';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';

let api: TestApi;
let admin: { id: string; cookie: string };

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: api.databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const a = await api.createUser('administrator');
  admin = { id: a.id, cookie: await api.login(a.email, a.password) };
});

afterAll(async () => {
  await api?.close();
});

describe('audit log and GDPR erasure', () => {
  it('erases the person’s values from the log and keeps which fields changed, when and by whom', async () => {
    const client = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Beta d.o.o.' } });
    const person = await api.db.person.create({
      data: { firstName: 'Marta', lastName: 'Kovač', emails: ['marta@beta.test'] },
    });
    await api.db.person.update({ where: { id: person.id }, data: { phones: ['+385 91 555 0101'] } });
    const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE' } });
    const activity = await api.db.activity.create({
      data: { typeId: type.id, clientId: client.id, ownerId: admin.id, subject: 'Call', contactPersonId: person.id },
    });
    await api.db.activity.update({ where: { id: activity.id }, data: { subject: 'Call Marta Kovač about renewal' } });

    const res = await api.gql(
      `mutation($id: ID!) { erasePerson(personId: $id) { personId } }`,
      { id: globalId('Person', person.id) },
      { cookie: admin.cookie },
    );
    expect(res.errors).toBeUndefined();

    const rows = await sql<{ op: string; fields: string[]; changes: Record<string, unknown>; actor_id: string | null }>(
      `SELECT op, fields, changes, actor_id FROM audit_log WHERE record_id = $1 ORDER BY at, id`,
      [person.id],
    );
    expect(rows.map((r) => r.op)).toEqual(['INSERT', 'UPDATE', 'DELETE']);
    expect(rows[1]).toMatchObject({ fields: ['phones'], changes: { phones: [null, null] } });
    expect(rows[2]!.actor_id).toBe(admin.id);
    expect(rows[2]!.fields).toEqual(expect.arrayContaining(['first_name', 'last_name', 'emails']));
    const leaks = await sql(`SELECT id FROM audit_log WHERE changes::text ~* '(marta|kovač|beta\\.test|555 0101)'`);
    expect(leaks).toEqual([]);
    const activityEntries = await sql<{ changes: Record<string, unknown> }>(
      `SELECT changes FROM audit_log WHERE record_id = $1 AND op = 'UPDATE' ORDER BY at, id`,
      [activity.id],
    );
    expect(activityEntries[0]!.changes).toEqual({ subject: ['Call', 'Call [erased] about renewal'] });
    expect(JSON.stringify(activityEntries)).not.toContain(person.id);
  });
});

describe('auditing bulk SQL', () => {
  it('audits a 10 000-row UPDATE in one statement and reports its cost against the same update without triggers', async () => {
    await sql(`INSERT INTO clients (id, kind, name, city, updated_at)
      SELECT veza_uuid7(), 'LEGAL', 'Mass ' || g, 'Split', now() FROM generate_series(1, 10000) g`);
    const time = async (text: string) => {
      const client = new pg.Client({ connectionString: api.databaseUrl });
      await client.connect();
      try {
        const started = performance.now();
        await client.query(text);
        return performance.now() - started;
      } finally {
        await client.end();
      }
    };
    const withAudit = await time(`UPDATE clients SET city = 'Zadar' WHERE name LIKE 'Mass %'`);
    const [{ n }] = (await sql<{ n: string }>(
      `SELECT count(*) AS n FROM audit_log WHERE op = 'UPDATE' AND changes -> 'city' = '["Split", "Zadar"]'`,
    )) as [{ n: string }];
    expect(n).toBe('10000');
    const without = await time(`BEGIN; ALTER TABLE clients DISABLE TRIGGER clients_audit_update;
      UPDATE clients SET city = 'Split' WHERE name LIKE 'Mass %'; ROLLBACK`);
    console.info(`10 000-row UPDATE: ${withAudit.toFixed(0)} ms audited, ${without.toFixed(0)} ms without the trigger`);
    // Reported, not asserted (timings are the benchmark's business; docs/PERFORMANCE.md keeps the figures).
  });
});
