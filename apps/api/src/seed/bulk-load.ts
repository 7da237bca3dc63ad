// Large loads in one transaction on one connection: secondary indexes are dropped first and rebuilt after the rows
// are in (far cheaper than maintaining them row by row), foreign-key triggers are skipped where allowed (the rows are
// generated consistent), and a failure rolls everything back — the indexes included.
import os from 'node:os';
import pg from 'pg';
import { pgRunner, type SqlRunner } from './sql-runner.ts';

/** Tables a client load writes to; their indexes other than primary keys and unique ones are rebuilt after. */
export const BULK_TABLES = [
  'clients',
  'persons',
  'client_persons',
  'activities',
  'activity_participants',
  'opportunities',
  'opportunity_stage_changes',
];

/** Filled from the loaded activities after the load (`report_days_fill`), then vacuumed and analysed with them. */
const REPORT_TOTALS_TABLES = [
  'activity_report_days',
  'activity_report_results',
  'activity_report_months',
  'activity_report_result_months',
];

type IndexDef = { table: string; name: string; definition: string };

export type BulkLog = (line: string) => void;

async function secondaryIndexes(client: pg.ClientBase, tables: string[]): Promise<IndexDef[]> {
  const { rows } = await client.query<IndexDef>(
    `SELECT t.relname AS table, i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema() AND t.relname = ANY($1) AND NOT x.indisprimary AND NOT x.indisunique
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
     ORDER BY t.relname, i.relname`,
    [tables],
  );
  return rows;
}

const seconds = (started: number) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

/**
 * Runs `load` inside one transaction with the secondary indexes of BULK_TABLES dropped, then rebuilds them (with
 * PostgreSQL's parallel index build), commits, and VACUUM ANALYZEs so the first queries find fresh statistics and a
 * set visibility map instead of an autovacuum running under the benchmark.
 */
export async function withBulkLoad<T>(url: string, log: BulkLog, load: (run: SqlRunner) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const superuser = (await client.query(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`)).rows[0]
      ?.rolsuper as boolean;
    await client.query('BEGIN');
    // Index builds sort whole tables: give them memory where the machine has it (parallel workers share it).
    await client.query(`SET LOCAL maintenance_work_mem = '${os.totalmem() >= 8 * 2 ** 30 ? '1GB' : '256MB'}'`);
    // Each batch's generated activities are materialised once and read three times: keep them in memory.
    await client.query(`SET LOCAL work_mem = '256MB'`);
    await client.query(`SET LOCAL synchronous_commit = off`);
    // Skips the foreign-key triggers (superuser only): the generator only points at rows it has just written.
    if (superuser) await client.query(`SET LOCAL session_replication_role = replica`);
    else log('not a superuser: foreign keys are checked row by row (slower)');
    const indexes = await secondaryIndexes(client, BULK_TABLES);
    for (const ix of indexes) await client.query(`DROP INDEX ${client.escapeIdentifier(ix.name)}`);
    log(`dropped ${indexes.length} secondary indexes for the load`);
    const result = await load(pgRunner(client));
    const started = Date.now();
    for (const ix of indexes) await client.query(ix.definition);
    log(`rebuilt ${indexes.length} indexes in ${seconds(started)}`);
    // The load ran with triggers off (replica role), so the reports' daily activity totals are recomputed from it.
    const totals = Date.now();
    await client.query('SELECT report_days_fill(NULL)');
    log(`daily activity totals for reports in ${seconds(totals)}`);
    await client.query('COMMIT');
    const vacuumed = Date.now();
    // The totals tables too: just filled, they have no visibility map (index-only scans would read the heap) and no
    // statistics until autovacuum comes round — at 1M the reports read 16 M unvacuumed rows in the first hour.
    await client.query(`VACUUM (ANALYZE) ${[...BULK_TABLES, ...REPORT_TOTALS_TABLES].join(', ')}`);
    log(`VACUUM ANALYZE in ${seconds(vacuumed)}`);
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
