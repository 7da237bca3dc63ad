// Birthdays and name days of one account manager's clients' persons in a day range. A person's name day is the stored
// override (persons.name_day, MM-DD), else the one the calendar of the client's country (or the installation default)
// gives their first name; of several (common in Poland) the first on or after the birthday, else the first.
import { Prisma, type Db } from '../../db/prisma.ts';
import { calendarSql, fallsOn, nameKeySql } from './celebrations.sql.ts';

export type CelebrationRow = {
  kind: 'BIRTHDAY' | 'NAME_DAY';
  day: string;
  person_id: string;
  first_name: string;
  last_name: string;
  birth_year: number | null;
  email: string | null;
  phone: string | null;
  client_id: string;
  client_name: string;
};

/** From `mine` (persons with country, name_key, name_day, birthday): each with its celebrated name day. */
function celebratingSql(): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (m.id, m.manager_id) m.*, COALESCE(m.name_day, n.day) AS celebrated_name_day
    FROM mine m LEFT JOIN cal n ON m.name_day IS NULL AND n.country = m.country AND n.name_key = m.name_key
    ORDER BY m.id, m.manager_id, n.day < COALESCE(to_char(m.birthday, 'MM-DD'), ''), n.day`;
}

const celebrates = (day: Prisma.Sql) => Prisma.sql`
  (m.birthday IS NOT NULL AND ${fallsOn(Prisma.sql`to_char(m.birthday, 'MM-DD')`, day)})
  OR (m.celebrated_name_day IS NOT NULL AND ${fallsOn(Prisma.sql`m.celebrated_name_day`, day)})`;

export class CelebrationsRepository {
  constructor(private readonly db: Db) {}

  upcoming(managerId: string, timeZone: string, days: number, defaultCountry: string) {
    return this.db.$queryRaw<CelebrationRow[]>`
      WITH days AS (
        SELECT ((now() AT TIME ZONE ${timeZone})::date + i) AS day FROM generate_series(0, ${days}::int - 1) AS i),
      cal AS (${calendarSql()}),
      mine AS (
        SELECT DISTINCT ON (p.id) p.id, c.account_manager_id AS manager_id, p.first_name, p.last_name, p.birthday,
          p.name_day, p.emails[1] AS email, p.phones[1] AS phone, c.id AS client_id, c.name AS client_name,
          COALESCE(upper(c.country), ${defaultCountry}) AS country, ${nameKeySql(Prisma.sql`p.first_name`)} AS name_key
        FROM clients c JOIN client_persons cp ON cp.client_id = c.id JOIN persons p ON p.id = cp.person_id
        WHERE c.account_manager_id = ${managerId}::uuid AND c.deleted_at IS NULL AND p.deleted_at IS NULL
        ORDER BY p.id, cp.is_primary DESC),
      celebrating AS (${celebratingSql()})
      SELECT k.kind, to_char(d.day, 'YYYY-MM-DD') AS day, m.id AS person_id, m.first_name, m.last_name,
        CASE WHEN k.kind = 'BIRTHDAY' THEN extract(year FROM m.birthday)::int END AS birth_year,
        m.email, m.phone, m.client_id, m.client_name
      FROM days d CROSS JOIN celebrating m
      CROSS JOIN LATERAL (VALUES ('BIRTHDAY'), ('NAME_DAY')) AS k(kind)
      WHERE (k.kind = 'BIRTHDAY' AND m.birthday IS NOT NULL AND ${fallsOn(Prisma.sql`to_char(m.birthday, 'MM-DD')`, Prisma.sql`d.day`)})
         OR (k.kind = 'NAME_DAY' AND m.celebrated_name_day IS NOT NULL
           AND ${fallsOn(Prisma.sql`m.celebrated_name_day`, Prisma.sql`d.day`)})
      ORDER BY d.day, m.last_name, m.first_name, k.kind
      LIMIT 500`;
  }

  /**
   * For account managers who chose CELEBRATION notifications and for whom it is 07:xx locally: their clients' persons
   * whose birthday or name day is that local day (one row per person and manager).
   */
  dueToday(defaultCountry: string) {
    return this.db.$queryRaw<DueCelebration[]>`
      WITH managers AS (
        SELECT u.id, (now() AT TIME ZONE u.time_zone)::date AS day FROM users u
        JOIN notification_settings s ON s.user_id = u.id AND s.kind = 'CELEBRATION' AND s.channel <> 'OFF'
        WHERE u.active AND extract(hour FROM now() AT TIME ZONE u.time_zone) = 7),
      cal AS (${calendarSql()}),
      mine AS (
        SELECT DISTINCT ON (g.id, p.id) p.id, g.id AS manager_id, g.day, p.first_name, p.last_name, p.birthday,
          p.name_day, c.id AS client_id, c.name AS client_name, COALESCE(upper(c.country), ${defaultCountry}) AS country,
          ${nameKeySql(Prisma.sql`p.first_name`)} AS name_key
        FROM managers g
        JOIN clients c ON c.account_manager_id = g.id AND c.deleted_at IS NULL
        JOIN client_persons cp ON cp.client_id = c.id
        JOIN persons p ON p.id = cp.person_id AND p.deleted_at IS NULL
        ORDER BY g.id, p.id, cp.is_primary DESC),
      celebrating AS (${celebratingSql()})
      SELECT m.manager_id, m.id AS person_id, to_char(m.day, 'YYYY-MM-DD') AS day,
        m.first_name || ' ' || m.last_name AS person_name, m.client_id, m.client_name
      FROM celebrating m
      WHERE ${celebrates(Prisma.sql`m.day`)}
      LIMIT 20000`;
  }

  /** The name key PostgreSQL computes for each given name (to check it agrees with nameKey()). */
  async nameKeys(names: string[]): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ key: string }[]>`
      SELECT ${nameKeySql(Prisma.sql`n.name`)} AS key FROM unnest(${names}::text[]) WITH ORDINALITY AS n(name, i) ORDER BY n.i`;
    return rows.map((r) => r.key);
  }
}

export type DueCelebration = {
  manager_id: string;
  person_id: string;
  day: string;
  person_name: string;
  client_id: string;
  client_name: string;
};
