// GDPR rights of a stored person: export everything about them, erase them (permission persons.gdpr).
import { RECORD_KINDS } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { notFound } from '../../graphql/errors.ts';
import { globalId, parseId } from '../../graphql/ids.ts';
import { fileStoreFor, type FileStore } from '../attachments/index.ts';
import { AuditRepository } from '../audit/index.ts';
import { requireWholeScope } from '../visibility/index.ts';
import { GdprEraseRepository } from './gdpr-erase.repository.ts';
import { GdprExportRepository } from './gdpr-export.repository.ts';

/**
 * The export holds everything stored about the person (all their clients, activities, opportunities, mail) and the
 * erasure touches all of it: a data-protection tool for a viewer who reads every record. A profile with persons.gdpr
 * but a narrower read scope of any kind is FORBIDDEN rather than shown a partial (or leaking) document.
 */
const requireWholeView = (ctx: Context) => requireWholeScope(ctx.viewer!, RECORD_KINDS, 'read', 'persons.gdpr');

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The person's own fields, consent and links (clients, relations, opportunities), merged duplicates. */
async function personSections(repo: GdprExportRepository, id: string) {
  const p = await repo.person(id);
  if (!p) throw notFound('Person');
  const merged = await repo.mergedFrom(id);
  const person = {
    id: globalId('Person', p.id),
    ...{ title: p.title, firstName: p.firstName, lastName: p.lastName, jobTitle: p.jobTitle },
    ...{ emails: p.emails, phones: p.phones, birthday: day(p.birthday), nameDay: p.nameDay, salutation: p.salutation },
    ...{ externalId: p.externalId, attributes: p.attributes, createdAt: p.createdAt, updatedAt: p.updatedAt },
    deletedAt: p.deletedAt,
  };
  return {
    ids: [p.id, ...merged.map((m) => m.id)],
    person,
    consent: { marketingConsent: p.marketingConsent, consentAt: p.consentAt, consentSource: p.consentSource },
    clients: p.clients.map((c) => ({ client: c.client.name, role: c.role, isPrimary: c.isPrimary })),
    relations: [
      ...p.relations.map((r) => ({ kind: r.kind, person: `${r.relatedPerson.firstName} ${r.relatedPerson.lastName}` })),
      ...p.relatedBy.map((r) => ({ kind: r.kind, of: `${r.person.firstName} ${r.person.lastName}` })),
    ],
    opportunities: p.opportunityRoles.map((o) => ({
      id: globalId('Opportunity', o.opportunity.id),
      name: o.opportunity.name,
    })),
    mergedDuplicates: merged.map((m) => ({
      id: globalId('Person', m.id),
      firstName: m.firstName,
      lastName: m.lastName,
      emails: m.emails,
      phones: m.phones,
      mergedAt: m.deletedAt,
    })),
  };
}

/** Everything stored about the person as one JSON document. */
export async function exportPersonData(ctx: Context, args: { personId: string }) {
  requirePermission(ctx, 'persons.gdpr');
  requireWholeView(ctx);
  const id = parseId(args.personId, 'Person', 'personId');
  const repo = new GdprExportRepository(ctx.db);
  const { ids, ...sections } = await personSections(repo, id);
  const [activities, notes, files, groups, messages, ruleMails, recipients] = await Promise.all([
    repo.activities(ids),
    repo.notes(ids),
    repo.attachments(ids),
    repo.mailingGroups(ids),
    repo.emailMessages(ids),
    repo.systemMails(ids),
    repo.campaignRecipients(ids),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    ...sections,
    activities: activities.map(({ type, id: aid, clientId, contactPersonId, ...a }) => ({
      id: globalId('Activity', aid),
      type: type.key,
      client: globalId('Client', clientId),
      role: ids.includes(contactPersonId ?? '') ? 'contact' : 'participant',
      ...a,
    })),
    notes: notes.map((n) => ({ ...n, id: globalId('Note', n.id) })),
    files: files.map((f) => ({
      id: globalId('Attachment', f.id),
      name: f.name,
      createdAt: f.createdAt,
      size: Number(f.file.size),
      mimeType: f.file.mimeType,
      downloadUrl: `/api/attachments/${f.id}/content`,
    })),
    mailingGroups: groups.map((g) => ({ id: globalId('MailingGroup', g.group_id), name: g.name, addedAt: g.added_at })),
    emailsSent: messages.map((m) => ({ ...m, id: globalId('EmailMessage', m.id) })),
    ruleMails: ruleMails.map(({ id: _id, rule, ...m }) => ({ rule: rule?.name ?? null, ...m })),
    campaignRecipients: recipients.map((r) => ({
      campaign: r.campaign,
      address: r.address,
      state: r.state,
      sentAt: r.sent_at,
    })),
  };
}

/** Removes the bytes queued by erasures (this one's and any left by a process that died after its commit). */
export async function purgeErasedFiles(repo: GdprEraseRepository, store: FileStore) {
  for (const { sha256 } of await repo.pendingPurges()) {
    if (!(await repo.stillStored(sha256))) await store.remove(sha256);
    await repo.purgeDone(sha256);
  }
}

export async function erasePerson(ctx: Context, args: { personId: string }) {
  const viewer = requirePermission(ctx, 'persons.gdpr');
  requireWholeView(ctx);
  const id = parseId(args.personId, 'Person', 'personId');
  const erasure = await ctx.db.$transaction(async (tx) => {
    const repo = new GdprEraseRepository(tx);
    if (!(await repo.lock(id))) throw notFound('Person');
    const { ids, names, addresses } = await repo.scope(id);
    const activityIds = await repo.activityIds(ids);
    const activities = await repo.anonymiseActivities(ids, [...names, ...addresses]);
    const notes = await repo.deleteNotes(ids);
    const { attachments } = await repo.deleteAttachments(ids);
    const memberships = await repo.deleteMemberships(ids);
    const { messages, recipients } = await repo.anonymiseMail(ids);
    const suppressed = await repo.suppressHashes(addresses);
    const persons = await repo.deletePersons(ids);
    // Last, so the audit rows the writes above added are scrubbed as well.
    await new AuditRepository(tx).erasePersonValues(
      ids,
      activityIds,
      GdprEraseRepository.pattern([...names, ...addresses]),
    );
    const removed = { persons, activities, notes, attachments, memberships, messages, recipients, suppressed };
    return repo.record(id, viewer.user.id, removed);
  });
  await purgeErasedFiles(new GdprEraseRepository(ctx.db), fileStoreFor(ctx.config));
  return { personId: globalId('Person', id), erasedAt: erasure.erasedAt, removed: erasure.removed };
}
