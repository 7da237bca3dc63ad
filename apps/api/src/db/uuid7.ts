// A new UUIDv7 key in SQL, for set-based inserts that bypass Prisma's client-side ids: PostgreSQL 18's uuidv7(), else
// a portable form (48-bit millisecond timestamp over gen_random_uuid(), version and variant bits set) for PG 15–17.
import { Prisma } from './prisma.ts';

const PORTABLE = Prisma.raw(`encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
  substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1),
  'hex')::uuid`);

let native: Promise<boolean> | null = null;

export async function uuid7Sql(db: {
  $queryRaw: <T>(query: TemplateStringsArray, ...values: unknown[]) => Prisma.PrismaPromise<T>;
}): Promise<Prisma.Sql> {
  native ??= db.$queryRaw<{ v: number }[]>`SELECT current_setting('server_version_num')::int AS v`
    .then((rows) => rows[0]!.v >= 180000)
    .catch(() => {
      native = null;
      return false;
    });
  return (await native) ? Prisma.raw('uuidv7()') : PORTABLE;
}
