// Database access for mailing group categories, groups and their members (set-based member inserts).
import { Prisma, type Db } from '../../db/prisma.ts';

export type MailingGroupRow = {
  id: string;
  name: string;
  category: string | null;
  version: number;
  createdAt: Date;
  memberCount: number;
  filter: unknown;
};

export class MailingGroupsRepository {
  constructor(private readonly db: Db) {}

  categories() {
    return this.db.mailingGroupCategory.findMany({ orderBy: { name: 'asc' }, take: 500 });
  }

  /** The category with this name, created when new (two callers at once get the same row). */
  async categoryId(name: string): Promise<string> {
    await this.db.mailingGroupCategory.createMany({ data: [{ name }], skipDuplicates: true });
    return (await this.db.mailingGroupCategory.findUniqueOrThrow({ where: { name } })).id;
  }

  create(data: { name: string; categoryId: string | null; createdById: string }) {
    return this.db.mailingGroup.create({ data, select: { id: true } });
  }

  /** Live groups (all, or these ids) with their category and member count, by name. */
  groups(ids?: string[]) {
    const only = ids ? Prisma.sql`AND g.id = ANY(${ids}::uuid[])` : Prisma.empty;
    return this.db.$queryRaw<MailingGroupRow[]>`
      SELECT g.id, g.name, c.name AS category, g.version, g.created_at AS "createdAt", g.filter,
        (SELECT count(*)::int FROM mailing_group_members m WHERE m.group_id = g.id) AS "memberCount"
      FROM mailing_groups g LEFT JOIN mailing_group_categories c ON c.id = g.category_id
      WHERE g.deleted_at IS NULL ${only}
      ORDER BY g.name, g.id LIMIT 1000`;
  }

  /**
   * Adds the given live persons that have an address and marketing consent, in one statement; returns the counts of
   * what was added and why the rest was not.
   */
  async addMembers(groupId: string, personIds: string[], addedById: string) {
    const [row] = await this.db.$queryRaw<{ added: number; already: number; no_address: number; no_consent: number }[]>`
      WITH wanted AS (
        SELECT p.id, cardinality(p.emails) > 0 AS has_address, p.marketing_consent AS consent,
          EXISTS (SELECT 1 FROM mailing_group_members m WHERE m.group_id = ${groupId}::uuid AND m.person_id = p.id) AS member
        FROM persons p WHERE p.id = ANY(${personIds}::uuid[]) AND p.deleted_at IS NULL),
      added AS (
        INSERT INTO mailing_group_members (group_id, person_id, added_by_id)
        SELECT ${groupId}::uuid, id, ${addedById}::uuid FROM wanted WHERE has_address AND consent AND NOT member
        ON CONFLICT DO NOTHING RETURNING 1)
      SELECT (SELECT count(*)::int FROM added) AS added,
        count(*) FILTER (WHERE member)::int AS already,
        count(*) FILTER (WHERE NOT member AND NOT has_address)::int AS no_address,
        count(*) FILTER (WHERE NOT member AND has_address AND NOT consent)::int AS no_consent
      FROM wanted`;
    return row!;
  }
}
