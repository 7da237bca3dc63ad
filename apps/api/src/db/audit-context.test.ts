// Which statements carry the audit actor: anything that may write; plain reads do not.
import { describe, expect, it } from 'vitest';
import { statementWrites } from './audit-context.ts';

describe('statementWrites', () => {
  it.each([
    'INSERT INTO clients (id) VALUES ($1)',
    'update clients SET city = $1',
    '  DELETE FROM persons WHERE id = $1',
    'WITH u AS (UPDATE clients SET city = $1 RETURNING id) SELECT count(*) FROM u',
    'SELECT id FROM clients WHERE id = $1 FOR UPDATE',
    "SELECT nextval('x')",
    'COPY clients FROM STDIN',
    'MERGE INTO clients USING x ON true WHEN MATCHED THEN DO NOTHING',
    'CALL refill()',
    'TRUNCATE clients',
  ])('carries the actor ahead of %s', (sql) => expect(statementWrites(sql)).toBe(true));

  it.each([
    'SELECT "public"."clients"."id", "updated_at", "deleted_at" FROM "public"."clients" WHERE "id" = $1',
    '\n  WITH m AS (SELECT id FROM clients) SELECT * FROM m',
    '/* list */ SELECT 1',
    'BEGIN',
    'COMMIT',
  ])('sends nothing extra ahead of %s', (sql) => expect(statementWrites(sql)).toBe(false));
});
