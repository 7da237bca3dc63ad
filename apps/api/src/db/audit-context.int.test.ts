// The audited pool carries the actor ahead of writes only: on one pooled connection serving several actors in turn,
// every write is recorded with its own actor (never the previous one's), and reads send no extra statement.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWithAudit } from './audit-context.ts';
import { createPrisma, type Db } from './prisma.ts';
import { createTestDatabase, type TestDatabase } from '../test/db.ts';

let database: TestDatabase;
let db: Db;
let clientId: string;
const users: string[] = [];

const carried = (db: Db) => db.$queryRaw<{ actor: string }[]>`SELECT current_setting('veza.actor_id', true) AS actor`;

async function lastActor(field: string): Promise<string | null> {
  const [row] = await database.prisma.$queryRaw<{ actor_id: string | null }[]>`SELECT actor_id::text
      FROM audit_log WHERE record_id = ${clientId}::uuid AND fields @> ARRAY[${field}]::text[]
      ORDER BY at DESC, id DESC LIMIT 1`;
  return row ? row.actor_id : 'none';
}

beforeAll(async () => {
  database = await createTestDatabase();
  // One connection: every statement below runs on the same pooled connection, whoever issues it.
  db = createPrisma(database.url, { poolMax: 1 });
  for (const name of ['Ana', 'Boris']) {
    const user = await database.prisma.user.create({ data: { email: `${name}@audit.test`, name, passwordHash: '-' } });
    users.push(user.id);
  }
  clientId = (await database.prisma.client.create({ data: { kind: 'LEGAL', name: 'Pool d.o.o.' } })).id;
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe('audited pool', () => {
  it('records each write with its own actor on a connection that served another one', async () => {
    const [ana, boris] = users as [string, string];
    await runWithAudit(
      { actorId: ana },
      async () => void (await db.client.update({ where: { id: clientId }, data: { city: 'Split' } })),
    );
    expect(await lastActor('city')).toBe(ana);
    // Boris reads first (nothing carried), then writes: the write must not inherit Ana.
    await runWithAudit({ actorId: boris }, async () => {
      await db.client.findUniqueOrThrow({ where: { id: clientId } });
      await db.client.update({ where: { id: clientId }, data: { website: 'https://boris.example' } });
    });
    expect(await lastActor('website')).toBe(boris);
    // No actor at all (a write outside any request): recorded without one, not as Boris.
    await runWithAudit(
      {},
      async () => void (await db.client.update({ where: { id: clientId }, data: { city: 'Zadar' } })),
    );
    expect(await lastActor('city')).toBeNull();
    // A write hidden in a WITH and in a raw statement.
    await runWithAudit({ actorId: ana }, async () => {
      await db.$queryRaw`WITH u AS (UPDATE clients SET city = 'Pula' WHERE id = ${clientId}::uuid RETURNING id)
        SELECT count(*)::int AS n FROM u`;
    });
    expect(await lastActor('city')).toBe(ana);
    await runWithAudit(
      { actorId: boris },
      async () => void (await db.$executeRaw`UPDATE clients SET city = 'Rab' WHERE id = ${clientId}::uuid`),
    );
    expect(await lastActor('city')).toBe(boris);
  });

  it('sends nothing extra ahead of a read: the connection keeps the last writer’s settings', async () => {
    const [ana, boris] = users as [string, string];
    await runWithAudit(
      { actorId: ana },
      async () => void (await db.client.update({ where: { id: clientId }, data: { city: 'Hvar' } })),
    );
    const [seen] = await runWithAudit({ actorId: boris }, async () => await carried(db));
    expect(seen?.actor).toBe(ana);
  });

  it('carries the actor again after a rolled-back transaction undid its settings', async () => {
    const [ana, boris] = users as [string, string];
    await runWithAudit(
      { actorId: ana },
      async () => void (await db.client.update({ where: { id: clientId }, data: { city: 'Krk' } })),
    );
    await runWithAudit({ actorId: boris }, async () => {
      await db
        .$transaction(async (tx) => {
          await tx.client.update({ where: { id: clientId }, data: { city: 'Cres' } });
          throw new Error('undo');
        })
        .catch(() => undefined);
      await db.client.update({ where: { id: clientId }, data: { city: 'Lošinj' } });
    });
    expect((await db.client.findUniqueOrThrow({ where: { id: clientId } })).city).toBe('Lošinj');
    expect(await lastActor('city')).toBe(boris);
  });
});
