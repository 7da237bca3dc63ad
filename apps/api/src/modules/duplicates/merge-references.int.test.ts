// The merge knows every reference to clients and persons: a new foreign key to either, or a new id-like column
// without a foreign key (an owner id, a record id), that merge-references.ts does not list fails here, naming it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { CLIENT_REFERENCES, OTHER_ID_COLUMNS, PERSON_REFERENCES } from './merge-references.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function foreignKeysTo(table: string) {
  const rows = await api.db.$queryRaw<{ ref: string }[]>`
    SELECT c.conrelid::regclass::text || '.' || a.attname AS ref
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
    WHERE c.contype = 'f' AND c.confrelid = ${table}::regclass
    ORDER BY 1`;
  return rows.map((r) => r.ref);
}

describe('merge references', () => {
  it('lists every foreign key to clients', async () => {
    expect(await foreignKeysTo('clients')).toEqual(Object.keys(CLIENT_REFERENCES).sort());
  });

  it('lists every foreign key to persons', async () => {
    expect(await foreignKeysTo('persons')).toEqual(Object.keys(PERSON_REFERENCES).sort());
  });

  it('classifies every id-like column without a foreign key (it might hold a client or person id)', async () => {
    const rows = await api.db.$queryRaw<{ ref: string }[]>`
      SELECT c.table_name || '.' || c.column_name AS ref FROM information_schema.columns c
      WHERE c.table_schema = current_schema() AND c.udt_name IN ('uuid', '_uuid', 'text', '_text')
        AND (c.column_name LIKE '%\\_id' OR c.column_name LIKE '%\\_ids') AND c.table_name NOT LIKE '\\_prisma%'
        AND NOT EXISTS (
          SELECT 1 FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY(k.conkey)
          WHERE k.conrelid = (quote_ident(current_schema()) || '.' || quote_ident(c.table_name))::regclass
            AND a.attname = c.column_name AND k.contype = 'f')
      ORDER BY 1`;
    expect(rows.map((r) => r.ref)).toEqual(Object.keys(OTHER_ID_COLUMNS).sort());
  });
});
