// Database access for contact persons, their client links and relations.
import type { Db, Prisma } from '../../db/prisma.ts';

export const personSelect = {
  id: true,
  firstName: true,
  lastName: true,
  title: true,
  jobTitle: true,
  phones: true,
  emails: true,
  birthday: true,
  nameDay: true,
  marketingConsent: true,
  consentAt: true,
  consentSource: true,
  salutation: true,
  attributes: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  deletedAt: true,
  mergedIntoId: true,
} as const;

export type PersonRow = Prisma.PersonGetPayload<{ select: typeof personSelect }>;
export type LinkRow = { clientId: string; personId: string; role: string | null; isPrimary: boolean };
export type PersonWrite = Partial<Omit<PersonRow, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'attributes'>> & {
  attributes?: Record<string, unknown>;
  createdById?: string;
  updatedById?: string;
};

/** Sort key of the person search: last name, first name, id. */
export type PersonNameKey = [string, string, string];
/** The viewer's client scope (modules/visibility clientScopeFilter); null = every client. */
export type ClientScope = Prisma.ClientWhereInput | null;

/** Persons with a live client within the scope (client_persons (person_id)). */
const scoped = (where: Prisma.PersonWhereInput, scope: ClientScope): Prisma.PersonWhereInput =>
  scope ? { AND: [where, { clients: { some: { client: { AND: [{ deletedAt: null }, scope] } } } }] } : where;

/** Every word in the first or last name (trigram indexes), or an exact e-mail address (GIN on emails). */
function searchWhere(search: string): Prisma.PersonWhereInput {
  if (search.includes('@')) return { deletedAt: null, emails: { has: search.toLowerCase() } };
  const words = search.split(/\s+/).filter(Boolean).slice(0, 5);
  return {
    deletedAt: null,
    AND: words.map((w) => ({
      OR: [
        { lastName: { contains: w, mode: 'insensitive' as const } },
        { firstName: { contains: w, mode: 'insensitive' as const } },
      ],
    })),
  };
}

export class PersonsRepository {
  constructor(private readonly db: Db) {}

  findByIds(ids: readonly string[]): Promise<PersonRow[]> {
    return this.db.person.findMany({ where: { id: { in: [...ids] } }, select: personSelect });
  }

  async find(id: string): Promise<PersonRow | null> {
    return this.db.person.findUnique({ where: { id }, select: personSelect });
  }

  /** Links of many clients at once, persons ordered primary first, then by name; deleted persons left out. */
  linksByClientIds(clientIds: readonly string[]): Promise<LinkRow[]> {
    return this.db.clientPerson.findMany({
      where: { clientId: { in: [...clientIds] }, person: { deletedAt: null } },
      orderBy: [{ isPrimary: 'desc' }, { person: { lastName: 'asc' } }, { person: { firstName: 'asc' } }],
      select: { clientId: true, personId: true, role: true, isPrimary: true },
    });
  }

  linksByPersonIds(personIds: readonly string[]): Promise<LinkRow[]> {
    return this.db.clientPerson.findMany({
      where: { personId: { in: [...personIds] }, client: { deletedAt: null } },
      orderBy: { client: { name: 'asc' } },
      select: { clientId: true, personId: true, role: true, isPrimary: true },
    });
  }

  relationsByPersonIds(personIds: readonly string[]) {
    return this.db.personRelation.findMany({
      where: { personId: { in: [...personIds] } },
      orderBy: { createdAt: 'asc' },
      select: { id: true, personId: true, relatedPersonId: true, kind: true },
    });
  }

  /** The live clients among `ids`, with what their visibility needs. */
  liveClients(ids: string[]) {
    return this.db.client.findMany({
      where: { id: { in: ids }, deletedAt: null },
      select: { id: true, accountManagerId: true },
    });
  }

  async create(data: PersonWrite, links: Omit<LinkRow, 'personId'>[]): Promise<string> {
    const row = await this.db.person.create({
      data: {
        ...data,
        attributes: data.attributes as Prisma.InputJsonValue | undefined,
        firstName: data.firstName!,
        lastName: data.lastName!,
        clients: { create: links },
      },
      select: { id: true },
    });
    return row.id;
  }

  /** Optimistic update; replaces client links when given. False when the version is stale. */
  async update(id: string, version: number, data: PersonWrite, links?: Omit<LinkRow, 'personId'>[]): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.person.updateMany({
        where: { id, version },
        data: { ...(data as object), version: { increment: 1 } },
      });
      if (count !== 1) return false;
      if (links) {
        await tx.clientPerson.deleteMany({ where: { personId: id } });
        await tx.clientPerson.createMany({ data: links.map((l) => ({ ...l, personId: id })) });
      }
      return true;
    });
  }

  /** One keyset page of the person search (limit + 1 rows ask for the next page). */
  searchPage(search: string, after: PersonNameKey | null, limit: number, scope: ClientScope): Promise<PersonRow[]> {
    const where = scoped(searchWhere(search), scope);
    const keyset: Prisma.PersonWhereInput | undefined = after
      ? {
          OR: [
            { lastName: { gt: after[0] } },
            { lastName: after[0], firstName: { gt: after[1] } },
            { lastName: after[0], firstName: after[1], id: { gt: after[2] } },
          ],
        }
      : undefined;
    return this.db.person.findMany({
      where: keyset ? { AND: [where, keyset] } : where,
      orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }],
      take: limit,
      select: personSelect,
    });
  }

  countSearch(search: string, scope: ClientScope): Promise<number> {
    return this.db.person.count({ where: scoped(searchWhere(search), scope) });
  }

  /** Adds a client link; false when the person is already at that client. */
  async link(link: LinkRow): Promise<boolean> {
    const { count } = await this.db.clientPerson.createMany({ data: [link], skipDuplicates: true });
    return count === 1;
  }

  async addRelation(personId: string, relatedPersonId: string, kind: string): Promise<void> {
    await this.db.personRelation.upsert({
      where: { personId_relatedPersonId_kind: { personId, relatedPersonId, kind } },
      create: { personId, relatedPersonId, kind },
      update: {},
    });
  }

  findRelation(id: string) {
    return this.db.personRelation.findUnique({ where: { id }, select: { id: true, personId: true } });
  }

  async removeRelation(id: string): Promise<void> {
    await this.db.personRelation.delete({ where: { id } });
  }
}
