// A one-line description of the machine and database a benchmark ran on, for the report.
import os from 'node:os';
import type pg from 'pg';

const gib = (bytes: number) => `${Math.round(bytes / 2 ** 30)} GiB`;

export async function describeMachine(client: pg.Client): Promise<{ text: string; load: number }> {
  const cpus = os.cpus();
  const model = (cpus[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim();
  const version = (await client.query(`SHOW server_version`)).rows[0].server_version as string;
  const buffers = (await client.query(`SHOW shared_buffers`)).rows[0].shared_buffers as string;
  const load = os.loadavg()[0]!;
  return {
    text:
      `${cpus.length} × ${model}, ${gib(os.totalmem())} RAM, ${os.type()} ${os.release().split('-')[0]}, ` +
      `Node ${process.versions.node}, PostgreSQL ${version.split(' ')[0]} (shared_buffers ${buffers}), ` +
      `load average ${load.toFixed(1)} at start`,
    load,
  };
}

export async function describeData(client: pg.Client): Promise<string> {
  const { rows } = await client.query<Record<string, string>>(`SELECT
      (SELECT count(*) FROM clients) AS clients, (SELECT count(*) FROM persons) AS persons,
      (SELECT count(*) FROM activities) AS activities, (SELECT count(*) FROM users) AS users,
      pg_size_pretty(pg_database_size(current_database())) AS size`);
  const r = rows[0]!;
  const n = (v: string) => Number(v).toLocaleString('en').replace(/,/g, ' ');
  return `${n(r.clients!)} clients, ${n(r.persons!)} persons, ${n(r.activities!)} activities, ${n(r.users!)} users; database ${r.size}`;
}
