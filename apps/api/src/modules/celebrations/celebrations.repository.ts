// Birthdays and stored name days (persons.name_day, MM-DD) of one account manager's clients' persons in a day range.
import type { Db } from '../../db/prisma.ts';

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

export class CelebrationsRepository {
  constructor(private readonly db: Db) {}

  upcoming(managerId: string, timeZone: string, days: number) {
    return this.db.$queryRaw<CelebrationRow[]>`
      WITH days AS (
        SELECT ((now() AT TIME ZONE ${timeZone})::date + i) AS day FROM generate_series(0, ${days}::int - 1) AS i),
      mine AS (
        SELECT DISTINCT ON (p.id) p.id, p.first_name, p.last_name, p.birthday, p.name_day, p.emails[1] AS email,
          p.phones[1] AS phone, c.id AS client_id, c.name AS client_name
        FROM clients c JOIN client_persons cp ON cp.client_id = c.id JOIN persons p ON p.id = cp.person_id
        WHERE c.account_manager_id = ${managerId}::uuid AND c.deleted_at IS NULL AND p.deleted_at IS NULL
          AND (p.birthday IS NOT NULL OR p.name_day IS NOT NULL)
        ORDER BY p.id, cp.is_primary DESC)
      SELECT k.kind, to_char(d.day, 'YYYY-MM-DD') AS day, m.id AS person_id, m.first_name, m.last_name,
        CASE WHEN k.kind = 'BIRTHDAY' THEN extract(year FROM m.birthday)::int END AS birth_year,
        m.email, m.phone, m.client_id, m.client_name
      FROM days d CROSS JOIN mine m
      CROSS JOIN LATERAL (VALUES ('BIRTHDAY'), ('NAME_DAY')) AS k(kind)
      WHERE (k.kind = 'BIRTHDAY' AND to_char(m.birthday, 'MM-DD') = to_char(d.day, 'MM-DD'))
         OR (k.kind = 'NAME_DAY' AND m.name_day = to_char(d.day, 'MM-DD'))
      ORDER BY d.day, m.last_name, m.first_name
      LIMIT 500`;
  }

  /**
   * For account managers who chose CELEBRATION notifications and for whom it is 07:xx locally: their clients' persons
   * whose birthday or name day is that local day (one row per person and manager).
   */
  dueToday() {
    return this.db.$queryRaw<DueCelebration[]>`
      WITH managers AS (
        SELECT u.id, (now() AT TIME ZONE u.time_zone)::date AS day FROM users u
        JOIN notification_settings s ON s.user_id = u.id AND s.kind = 'CELEBRATION' AND s.channel <> 'OFF'
        WHERE u.active AND extract(hour FROM now() AT TIME ZONE u.time_zone) = 7)
      SELECT DISTINCT ON (m.id, p.id) m.id AS manager_id, p.id AS person_id, to_char(m.day, 'YYYY-MM-DD') AS day,
        p.first_name || ' ' || p.last_name AS person_name, c.id AS client_id, c.name AS client_name
      FROM managers m
      JOIN clients c ON c.account_manager_id = m.id AND c.deleted_at IS NULL
      JOIN client_persons cp ON cp.client_id = c.id
      JOIN persons p ON p.id = cp.person_id AND p.deleted_at IS NULL
      WHERE to_char(p.birthday, 'MM-DD') = to_char(m.day, 'MM-DD') OR p.name_day = to_char(m.day, 'MM-DD')
      ORDER BY m.id, p.id, cp.is_primary DESC
      LIMIT 20000`;
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
