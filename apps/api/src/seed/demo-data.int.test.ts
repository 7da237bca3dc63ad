// The demo / benchmark generator: reproducible, and every generated record passes the same validation as user input.
import { validateAttributeValues, validateClientTaxId, type AttributeDef } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/db.ts';
import { loadAttributeDefs } from '../modules/attributes/attributes.service.ts';
import { ensureDefaultDictionaries } from '../modules/dictionaries/dictionaries.defaults.ts';
import { seedClients } from './demo-data.ts';

let first: TestDatabase;
let second: TestDatabase;

beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  for (const t of [first, second]) {
    await ensureDefaultDictionaries(t.prisma);
    await t.prisma.user.create({ data: { email: 'm@test.local', name: 'M', passwordHash: 'x' } });
  }
});
afterAll(async () => {
  await Promise.all([first.drop(), second.drop()]);
});

describe('seedClients', () => {
  it('creates clients whose tax ids and attributes are valid, with contact persons', async () => {
    const result = await seedClients(first.prisma, 300, { seed: 7 });
    expect(result.clients).toBe(300);
    expect(result.persons).toBeGreaterThan(150);
    const defs: AttributeDef[] = await loadAttributeDefs(first.prisma, 'CLIENT');
    expect(defs).toHaveLength(10);
    const clients = await first.prisma.client.findMany();
    for (const c of clients) {
      expect(validateClientTaxId(c.country!, c.taxId!)).toMatchObject({ ok: true, normalized: c.taxId });
      expect(validateAttributeValues(defs, c.attributes as Record<string, unknown>)).toMatchObject({ ok: true });
    }
    expect(new Set(clients.map((c) => c.country))).toEqual(new Set(['HR', 'PL', 'CZ']));
  });

  it('gives the same data for the same seed', async () => {
    await seedClients(second.prisma, 300, { seed: 7 });
    const pick = (t: TestDatabase) =>
      t.prisma.client.findMany({
        orderBy: { id: 'asc' },
        select: { id: true, name: true, taxId: true, attributes: true },
      });
    expect(await pick(second)).toEqual(await pick(first));
  });
});
