// Database access for activities: keyset lists, calendar ranges, the agenda, optimistic writes, participants and
// the client's last done contact (kept on clients.last_contact_at by one set-based statement per write).
import { Prisma, type Db } from '../../db/prisma.ts';
import { readRows } from '../../db/read-path.ts';

type Sql = Prisma.Sql;
export type Tx = Db | Prisma.TransactionClient;
const { sql, raw } = Prisma;

export type ActivityStatus = 'PLANNED' | 'DONE' | 'CANCELLED';
export type ActivityPriority = 'LOW' | 'NORMAL' | 'HIGH';

export type ActivityRow = {
  id: string;
  typeId: string;
  categoryId: string | null;
  channelId: string | null;
  resultId: string | null;
  clientId: string;
  contactPersonId: string | null;
  subject: string;
  note: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  allDay: boolean;
  reminderMinutes: number | null;
  dueAt: Date | null;
  status: ActivityStatus;
  priority: ActivityPriority;
  percentComplete: number;
  overdue: boolean;
  ownerId: string;
  createdById: string | null;
  updatedById: string | null;
  parentId: string | null;
  workMinutes: number | null;
  distanceKm: number | null;
  closedAt: Date | null;
  opportunityId: string | null;
  attributes: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  deletedAt: Date | null;
};

export type ActivityWrite = Partial<
  Omit<ActivityRow, 'id' | 'overdue' | 'version' | 'createdAt' | 'updatedAt' | 'clientId'>
> & { clientId?: string };

export type ParticipantRow = { activityId: string; userId: string | null; personId: string | null };

/** The moment that decides "overdue": the due date, else the end, else the start. */
export const OVERDUE = raw(`(a.status = 'PLANNED' AND COALESCE(a.due_at, a.ends_at, a.starts_at) < now())`);

const COLUMNS = raw(`a.id, a.type_id AS "typeId", a.category_id AS "categoryId", a.channel_id AS "channelId",
  a.result_id AS "resultId", a.client_id AS "clientId", a.contact_person_id AS "contactPersonId", a.subject, a.note,
  a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.all_day AS "allDay", a.due_at AS "dueAt",
  a.reminder_minutes AS "reminderMinutes",
  a.status::text AS status, a.priority::text AS priority, a.percent_complete::int AS "percentComplete",
  (a.status = 'PLANNED' AND COALESCE(a.due_at, a.ends_at, a.starts_at) < now()) AS overdue,
  a.owner_id AS "ownerId", a.created_by_id AS "createdById", a.updated_by_id AS "updatedById",
  a.parent_id AS "parentId", a.work_minutes AS "workMinutes", a.distance_km AS "distanceKm", a.closed_at AS "closedAt",
  a.opportunity_id AS "opportunityId", a.attributes, a.created_at AS "createdAt", a.updated_at AS "updatedAt", a.version,
  a.deleted_at AS "deletedAt"`);

/** What every calendar event reads: its id, title, span and (with the type's colour) nothing else. */
const CALENDAR_BASE = `a.id, a.subject, a.starts_at AS "startsAt", a.ends_at AS "endsAt", a.all_day AS "allDay",
  a.due_at AS "dueAt"`;

/**
 * The columns each Activity field of a calendar event needs beyond CALENDAR_BASE (relations resolve from these ids or
 * the row id). An event whose `activity` asks only for these fields reads only their columns — the benchmark's
 * `activity { id status }` two of the sixteen, the web calendar about half — and as soon as it asks for any other field
 * the whole row (a thousand events convert a third faster without the note, the closing facts and the audit columns).
 */
const CALENDAR_ACTIVITY_COLUMNS: Readonly<Record<string, string>> = {
  __typename: '',
  id: '',
  subject: '',
  startsAt: '',
  endsAt: '',
  allDay: '',
  dueAt: '',
  participants: '',
  children: '',
  type: 'a.type_id AS "typeId"',
  client: 'a.client_id AS "clientId"',
  contactPerson: 'a.contact_person_id AS "contactPersonId"',
  status: 'a.status::text AS status',
  priority: 'a.priority::text AS priority',
  percentComplete: 'a.percent_complete::int AS "percentComplete"',
  overdue: "(a.status = 'PLANNED' AND COALESCE(a.due_at, a.ends_at, a.starts_at) < now()) AS overdue",
  owner: 'a.owner_id AS "ownerId"',
  version: 'a.version',
};

/** The column list for events whose `activity` asks for `fields` (null: the whole row). */
function calendarColumns(fields: ReadonlySet<string> | null): Sql {
  if (fields == null || [...fields].some((f) => !Object.hasOwn(CALENDAR_ACTIVITY_COLUMNS, f))) return COLUMNS;
  const extra = [...new Set([...fields].map((f) => CALENDAR_ACTIVITY_COLUMNS[f]).filter(Boolean))];
  return raw([CALENDAR_BASE, ...extra].join(', '));
}

export type ActivitySortKey = { expr: Sql; desc: boolean };
export type CalendarRow = ActivityRow & { color: string | null };

export class ActivitiesRepository {
  constructor(private readonly db: Tx) {}

  list(where: Sql, key: ActivitySortKey, after: { value: string; id: string } | null, limit: number) {
    const dir = raw(key.desc ? 'DESC' : 'ASC');
    const keyset = after
      ? sql`AND (${key.expr}, a.id) ${raw(key.desc ? '<' : '>')} (${after.value}::timestamptz, ${after.id}::uuid)`
      : Prisma.empty;
    return this.db.$queryRaw<(ActivityRow & { sortKey: Date })[]>`SELECT ${COLUMNS}, ${key.expr} AS "sortKey"
      FROM activities a WHERE ${where} ${keyset}
      ORDER BY ${key.expr} ${dir}, a.id ${dir} LIMIT ${limit}`;
  }

  async count(where: Sql): Promise<number> {
    const rows = await this.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM activities a WHERE ${where}`;
    return rows[0]!.n;
  }

  /**
   * Rows in `where` owned by or with a participant among `userIds`, with the colour of their type, in time order
   * (calendar). Owners and participants are two index-driven branches (one OR across both would scan every activity
   * in the range, whoever it belongs to); the second leaves out what the first already has, so nothing repeats, and
   * narrows the participations by `participantRange` (over their span copies) before reading any activity. With
   * `activityFields` (the Activity fields the events ask for) the rows carry only their columns (calendarColumns).
   */
  calendar(
    userIds: string[],
    participantRange: Sql,
    where: Sql,
    limit: number,
    activityFields: ReadonlySet<string> | null = null,
  ) {
    // A week of ten agents is a thousand rows: straight through pg (db/read-path.ts).
    return readRows<CalendarRow>(
      this.db,
      sql`SELECT ${calendarColumns(activityFields)}, t.color
      FROM (
        SELECT a.* FROM activities a WHERE a.owner_id = ANY(${userIds}::uuid[]) AND ${where}
        UNION ALL
        SELECT a.* FROM activities a
        WHERE a.id IN (SELECT ap.activity_id FROM activity_participants ap
            WHERE ap.user_id = ANY(${userIds}::uuid[]) AND ${participantRange})
          AND a.owner_id <> ALL(${userIds}::uuid[]) AND ${where}) a
      JOIN dictionary_values t ON t.id = a.type_id
      WHERE (t.meta ->> 'showOnCalendar') IS DISTINCT FROM 'false'
      ORDER BY COALESCE(a.starts_at, a.due_at), a.id LIMIT ${limit}`,
    );
  }

  /** Planned activities in `where`, ordered by `orderBy` (agenda). */
  planned(where: Sql, orderBy: Sql, limit: number) {
    return this.db.$queryRaw<ActivityRow[]>`SELECT ${COLUMNS} FROM activities a
      WHERE a.deleted_at IS NULL AND a.status = 'PLANNED' AND ${where}
      ORDER BY ${orderBy}, a.id LIMIT ${limit}`;
  }

  findByIds(ids: readonly string[]): Promise<ActivityRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.db.$queryRaw<ActivityRow[]>`SELECT ${COLUMNS} FROM activities a WHERE a.id = ANY(${[...ids]}::uuid[])`;
  }

  async find(id: string): Promise<ActivityRow | null> {
    return (await this.findByIds([id]))[0] ?? null;
  }

  childrenOf(parentIds: readonly string[]): Promise<ActivityRow[]> {
    return this.db.$queryRaw<ActivityRow[]>`SELECT ${COLUMNS} FROM activities a
      WHERE a.parent_id = ANY(${[...parentIds]}::uuid[]) AND a.deleted_at IS NULL
      ORDER BY COALESCE(a.starts_at, a.due_at, a.created_at), a.id`;
  }

  async create(
    data: ActivityWrite & { clientId: string; typeId: string; subject: string; ownerId: string },
    idempotencyKey: string | null = null,
  ) {
    const { attributes, ...rest } = data;
    const input: Prisma.ActivityUncheckedCreateInput = {
      ...rest,
      attributes: attributes as Prisma.InputJsonValue | undefined,
      idempotencyKey,
    };
    const row = await this.db.activity.create({ data: input, select: { id: true } });
    return row.id;
  }

  /** The activity a user already created with this idempotency key, if any. */
  async findByIdempotencyKey(createdById: string, key: string): Promise<ActivityRow | null> {
    const found = await this.db.activity.findFirst({
      where: { createdById, idempotencyKey: key },
      select: { id: true },
    });
    return found ? this.find(found.id) : null;
  }

  /** Optimistic update of a live row: false when the version is stale or the row is gone. */
  async update(id: string, version: number, data: ActivityWrite, extra: { status?: ActivityStatus } = {}) {
    const { count } = await this.db.activity.updateMany({
      where: { id, version, deletedAt: null, ...extra },
      data: { ...(data as object), version: { increment: 1 } },
    });
    return count === 1;
  }

  async replaceParticipants(activityId: string, rows: Omit<ParticipantRow, 'activityId'>[]): Promise<void> {
    await this.db.activityParticipant.deleteMany({ where: { activityId } });
    if (rows.length) await this.db.activityParticipant.createMany({ data: rows.map((r) => ({ ...r, activityId })) });
  }

  participantsOf(activityIds: readonly string[]): Promise<ParticipantRow[]> {
    return this.db.activityParticipant.findMany({
      where: { activityId: { in: [...activityIds] } },
      select: { activityId: true, userId: true, personId: true },
      orderBy: { id: 'asc' },
    });
  }

  /**
   * clients.last_contact_at = the latest done, live activity of the client; a contact counts from its start, or
   * from when it was closed if that was earlier (closing a meeting planned for later). One indexed aggregate.
   */
  async refreshLastContact(clientIds: string[]): Promise<void> {
    await this.db.$executeRaw`UPDATE clients c SET last_contact_at = (
        SELECT max(LEAST(a.starts_at, a.closed_at)) FROM activities a
        WHERE a.client_id = c.id AND a.status = 'DONE' AND a.deleted_at IS NULL)
      WHERE c.id = ANY(${clientIds}::uuid[])`;
  }

  /** The client of a live opportunity, or null. */
  async opportunityClient(id: string): Promise<string | null> {
    const rows = await this.db.$queryRaw<{ clientId: string }[]>`SELECT client_id AS "clientId" FROM opportunities
      WHERE id = ${id}::uuid AND deleted_at IS NULL`;
    return rows[0]?.clientId ?? null;
  }

  async dictionaryKinds(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.db.dictionaryValue.findMany({
      where: { id: { in: ids } },
      select: { id: true, kind: true },
    });
    return new Map(rows.map((r) => [r.id, r.kind]));
  }

  async timeZoneOf(userId: string): Promise<string | null> {
    const row = await this.db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
    return row?.timeZone ?? null;
  }

  async activeUsers(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.db.user.findMany({ where: { id: { in: ids }, active: true }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  /** The ones among `personIds` that are live contact persons of the client. */
  async personsOfClient(clientId: string, personIds: string[]): Promise<Set<string>> {
    if (!personIds.length) return new Set();
    const rows = await this.db.clientPerson.findMany({
      where: { clientId, personId: { in: personIds }, person: { deletedAt: null } },
      select: { personId: true },
    });
    return new Set(rows.map((r) => r.personId));
  }

  liveClient(id: string) {
    return this.db.client.findFirst({ where: { id, deletedAt: null }, select: { id: true, accountManagerId: true } });
  }

  /** Ids on the way from `id` up its parent chain (to refuse a parent that would make a cycle). */
  async ancestors(id: string): Promise<string[]> {
    const rows = await this.db.$queryRaw<{ id: string }[]>`WITH RECURSIVE up(id, parent_id, depth) AS (
        SELECT a.id, a.parent_id, 0 FROM activities a WHERE a.id = ${id}::uuid
        UNION ALL SELECT a.id, a.parent_id, up.depth + 1 FROM activities a JOIN up ON a.id = up.parent_id
        WHERE up.depth < 100)
      SELECT id FROM up`;
    return rows.map((r) => r.id);
  }
}
