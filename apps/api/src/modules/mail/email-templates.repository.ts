// Database access for e-mail templates and the person/client data merge fields read.
import type { Db, Prisma } from '../../db/prisma.ts';

export const templateSelect = {
  id: true,
  name: true,
  language: true,
  subject: true,
  bodyHtml: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;
export type EmailTemplateRow = Prisma.EmailTemplateGetPayload<{ select: typeof templateSelect }>;
type TemplateWrite = { name: string; language: string; subject: string; bodyHtml: string };

export class EmailTemplatesRepository {
  constructor(private readonly db: Db) {}

  /** Alphabetical keyset page (name, id) after `after`. */
  page(limit: number, after: [string, string] | null) {
    return this.db.emailTemplate.findMany({
      where: {
        deletedAt: null,
        ...(after ? { OR: [{ name: { gt: after[0] } }, { name: after[0], id: { gt: after[1] } }] } : {}),
      },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: limit,
      select: templateSelect,
    });
  }

  count() {
    return this.db.emailTemplate.count({ where: { deletedAt: null } });
  }

  find(id: string) {
    return this.db.emailTemplate.findFirst({ where: { id, deletedAt: null }, select: templateSelect });
  }

  create(data: TemplateWrite & { createdById: string }) {
    return this.db.emailTemplate.create({ data, select: templateSelect });
  }

  async update(id: string, version: number, data: TemplateWrite & { updatedById: string }) {
    const done = await this.db.emailTemplate.updateMany({
      where: { id, version, deletedAt: null },
      data: { ...data, version: { increment: 1 } },
    });
    return done.count === 1;
  }

  /** The person with the client the mail is about: `clientId` when linked to them, else their primary client. */
  async recipient(personId: string, clientId: string | null) {
    const person = await this.db.person.findFirst({
      where: { id: personId, deletedAt: null },
      select: { id: true, firstName: true, lastName: true, salutation: true, emails: true, marketingConsent: true },
    });
    if (!person) return null;
    const link = await this.db.clientPerson.findFirst({
      where: { personId, client: { deletedAt: null }, ...(clientId ? { clientId } : {}) },
      orderBy: { isPrimary: 'desc' },
      select: { client: { select: { id: true, name: true } } },
    });
    return { person, client: link?.client ?? null };
  }

  setSalutation(personId: string, salutation: string | null) {
    return this.db.person.updateMany({
      where: { id: personId, deletedAt: null },
      data: { salutation, version: { increment: 1 } },
    });
  }
}
