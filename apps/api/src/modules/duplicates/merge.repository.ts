// Merging duplicates in one transaction: everything that hangs on the merged records moves to the survivor (the
// survivor's own values win; what it lacks is taken over), and the merged records are soft-deleted with a pointer to
// it. A module that adds a table referencing clients or persons adds its move here and its line to
// merge-references.ts (a test compares that list with the database's foreign keys and owner columns).
import type { Db } from '../../db/prisma.ts';
import { Prisma } from '../../db/prisma.ts';
import { moveAttachments } from '../attachments/index.ts';
import { moveNotes } from '../notes/index.ts';

type Tx = Prisma.TransactionClient;

export type MergeCounts = Record<string, number>;

/** Locks the records (survivor first, then by id) and returns the live ones found. */
async function lockLive(tx: Tx, table: 'clients' | 'persons', ids: string[]) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM ${Prisma.raw(table)} WHERE id = ANY(${ids}::uuid[]) AND deleted_at IS NULL ORDER BY id FOR UPDATE`;
  return new Set(rows.map((r) => r.id));
}

/** The merged records are soft-deleted pointing at the survivor; earlier merges into them point on to it too. */
async function softDeleteMerged(
  tx: Tx,
  table: 'clients' | 'persons',
  keepId: string,
  mergeIds: string[],
  userId: string,
) {
  const t = Prisma.raw(table);
  await tx.$executeRaw`
    UPDATE ${t} SET merged_into_id = ${keepId}::uuid WHERE merged_into_id = ANY(${mergeIds}::uuid[])`;
  await tx.$executeRaw`
    UPDATE ${t} SET deleted_at = now(), merged_into_id = ${keepId}::uuid, updated_by_id = ${userId}::uuid,
      version = version + 1 WHERE id = ANY(${mergeIds}::uuid[])`;
}

/** Scalars the survivor lacks are filled from the merged records (oldest first); lists are united; attributes too. */
async function fillClient(tx: Tx, keepId: string, mergeIds: string[], userId: string) {
  const cols = [
    'street',
    'postal_code',
    'city',
    'country',
    'tax_id',
    'registration_no',
    'website',
    'status_id',
    'segment_id',
    'industry_id',
    'lead_source_id',
    'account_manager_id',
  ];
  const fills = cols.map(
    (c) =>
      `${c} = COALESCE(k.${c}, (SELECT m.${c} FROM clients m WHERE m.id = ANY($2::uuid[]) AND m.${c} IS NOT NULL ORDER BY m.created_at, m.id LIMIT 1))`,
  );
  await tx.$executeRawUnsafe(
    `UPDATE clients k SET ${fills.join(', ')},
      roles = ARRAY(SELECT DISTINCT unnest(k.roles || (SELECT coalesce(array_agg(r), '{}') FROM clients m, unnest(m.roles) r WHERE m.id = ANY($2::uuid[])))),
      phones = k.phones || ARRAY(SELECT DISTINCT p FROM clients m, unnest(m.phones) p WHERE m.id = ANY($2::uuid[]) AND NOT p = ANY(k.phones)),
      emails = k.emails || ARRAY(SELECT DISTINCT e FROM clients m, unnest(m.emails) e WHERE m.id = ANY($2::uuid[]) AND NOT e = ANY(k.emails)),
      attributes = (SELECT coalesce(jsonb_object_agg(key, value ORDER BY created_at DESC), '{}') FROM (
        SELECT DISTINCT ON (e.key) e.key, e.value, m.created_at FROM clients m, jsonb_each(m.attributes) e
        WHERE m.id = ANY($2::uuid[]) ORDER BY e.key, m.created_at) x) || k.attributes,
      last_contact_at = GREATEST(k.last_contact_at, (SELECT max(m.last_contact_at) FROM clients m WHERE m.id = ANY($2::uuid[]))),
      updated_by_id = $3::uuid, updated_at = now(), version = k.version + 1
    WHERE k.id = $1::uuid`,
    keepId,
    mergeIds,
    userId,
  );
}

/** Campaign items: moved, except where the survivor is already on that campaign (then its item takes the calls). */
async function moveCampaignItems(tx: Tx, keepId: string, mergeIds: string[]) {
  await tx.$executeRaw`
    UPDATE activities a SET campaign_item_id = k.id
    FROM campaign_items m JOIN campaign_items k ON k.campaign_id = m.campaign_id AND k.client_id = ${keepId}::uuid
    WHERE m.client_id = ANY(${mergeIds}::uuid[]) AND a.campaign_item_id = m.id`;
  const dropped = await tx.$executeRaw`
    DELETE FROM campaign_items m USING campaign_items k
    WHERE m.client_id = ANY(${mergeIds}::uuid[]) AND k.campaign_id = m.campaign_id AND k.client_id = ${keepId}::uuid`;
  // Two merged clients on the same campaign: the oldest item stays.
  await tx.$executeRaw`
    DELETE FROM campaign_items m USING campaign_items o
    WHERE m.client_id = ANY(${mergeIds}::uuid[]) AND o.client_id = ANY(${mergeIds}::uuid[])
      AND o.campaign_id = m.campaign_id AND (o.created_at, o.id) < (m.created_at, m.id)`;
  const moved = await tx.$executeRaw`
    UPDATE campaign_items SET client_id = ${keepId}::uuid, version = version + 1 WHERE client_id = ANY(${mergeIds}::uuid[])`;
  return { campaignItems: moved, campaignItemsJoined: dropped };
}

export async function mergeClientsTx(db: Db, keepId: string, mergeIds: string[], userId: string) {
  return db.$transaction(async (tx) => {
    const live = await lockLive(tx, 'clients', [keepId, ...mergeIds]);
    if (live.size !== mergeIds.length + 1) return null;
    await fillClient(tx, keepId, mergeIds, userId);
    await tx.$executeRaw`
      INSERT INTO client_persons (client_id, person_id, role, is_primary, created_at)
      SELECT ${keepId}::uuid, person_id, role, false, created_at FROM client_persons WHERE client_id = ANY(${mergeIds}::uuid[])
      ON CONFLICT DO NOTHING`;
    const persons = await tx.$executeRaw`DELETE FROM client_persons WHERE client_id = ANY(${mergeIds}::uuid[])`;
    const activities = await tx.$executeRaw`
      UPDATE activities SET client_id = ${keepId}::uuid, version = version + 1 WHERE client_id = ANY(${mergeIds}::uuid[])`;
    const items = await moveCampaignItems(tx, keepId, mergeIds);
    // Opportunities keep their own history (stage changes, persons, activities hang on the opportunity).
    const opportunities = await tx.$executeRaw`
      UPDATE opportunities SET client_id = ${keepId}::uuid, version = version + 1, updated_at = now()
      WHERE client_id = ANY(${mergeIds}::uuid[])`;
    // Sent e-mail is the client's history (its E-mails tab), like its activities.
    await tx.$executeRaw`
      UPDATE email_messages SET client_id = ${keepId}::uuid WHERE client_id = ANY(${mergeIds}::uuid[])`;
    const attachments = await moveAttachments(tx, 'Client', mergeIds, keepId);
    const notes = await moveNotes(tx, 'Client', mergeIds, keepId);
    await softDeleteMerged(tx, 'clients', keepId, mergeIds, userId);
    return { persons, activities, ...items, opportunities, attachments, notes } satisfies MergeCounts;
  });
}

async function fillPerson(tx: Tx, keepId: string, mergeIds: string[], userId: string) {
  const cols = ['title', 'job_title', 'birthday', 'name_day', 'consent_source'];
  const fills = cols.map(
    (c) =>
      `${c} = COALESCE(k.${c}, (SELECT m.${c} FROM persons m WHERE m.id = ANY($2::uuid[]) AND m.${c} IS NOT NULL ORDER BY m.created_at, m.id LIMIT 1))`,
  );
  await tx.$executeRawUnsafe(
    `UPDATE persons k SET ${fills.join(', ')},
      phones = k.phones || ARRAY(SELECT DISTINCT p FROM persons m, unnest(m.phones) p WHERE m.id = ANY($2::uuid[]) AND NOT p = ANY(k.phones)),
      emails = k.emails || ARRAY(SELECT DISTINCT e FROM persons m, unnest(m.emails) e WHERE m.id = ANY($2::uuid[]) AND NOT e = ANY(k.emails)),
      attributes = (SELECT coalesce(jsonb_object_agg(key, value), '{}') FROM (
        SELECT DISTINCT ON (e.key) e.key, e.value FROM persons m, jsonb_each(m.attributes) e
        WHERE m.id = ANY($2::uuid[]) ORDER BY e.key, m.created_at) x) || k.attributes,
      updated_by_id = $3::uuid, updated_at = now(), version = k.version + 1
    WHERE k.id = $1::uuid`,
    keepId,
    mergeIds,
    userId,
  );
}

/**
 * Rows linking a merged person to an activity or an opportunity move to the survivor; where the survivor (or an
 * earlier merged person) is already linked to the same record, the merged person's row goes (the link is unique).
 */
async function movePersonLinks(
  tx: Tx,
  table: 'activity_participants' | 'opportunity_persons',
  keepId: string,
  mergeIds: string[],
) {
  const [t, key] = [
    Prisma.raw(table),
    Prisma.raw(table === 'activity_participants' ? 'activity_id' : 'opportunity_id'),
  ];
  await tx.$executeRaw`
    DELETE FROM ${t} m WHERE m.person_id = ANY(${mergeIds}::uuid[]) AND EXISTS (
      SELECT 1 FROM ${t} o WHERE o.${key} = m.${key}
        AND (o.person_id = ${keepId}::uuid OR (o.person_id = ANY(${mergeIds}::uuid[]) AND o.person_id < m.person_id)))`;
  return tx.$executeRaw`UPDATE ${t} SET person_id = ${keepId}::uuid WHERE person_id = ANY(${mergeIds}::uuid[])`;
}

/** Relations move to the survivor unless it already has the same one, or they would relate it to itself. */
async function moveRelations(tx: Tx, keepId: string, mergeId: string) {
  await tx.$executeRaw`
    UPDATE person_relations r SET person_id = ${keepId}::uuid
    WHERE r.person_id = ${mergeId}::uuid AND r.related_person_id <> ${keepId}::uuid AND NOT EXISTS (
      SELECT 1 FROM person_relations o WHERE o.person_id = ${keepId}::uuid AND o.related_person_id = r.related_person_id
        AND o.kind = r.kind)`;
  await tx.$executeRaw`
    UPDATE person_relations r SET related_person_id = ${keepId}::uuid
    WHERE r.related_person_id = ${mergeId}::uuid AND r.person_id <> ${keepId}::uuid AND NOT EXISTS (
      SELECT 1 FROM person_relations o WHERE o.related_person_id = ${keepId}::uuid AND o.person_id = r.person_id
        AND o.kind = r.kind)`;
  await tx.$executeRaw`
    DELETE FROM person_relations WHERE person_id = ${mergeId}::uuid OR related_person_id = ${mergeId}::uuid`;
}

/** Mail sent to a merged person and its mailing-group memberships go to the survivor (one membership per group). */
async function moveMailOfPersons(tx: Tx, keepId: string, mergeIds: string[]) {
  await tx.$executeRaw`
    UPDATE email_messages SET person_id = ${keepId}::uuid WHERE person_id = ANY(${mergeIds}::uuid[])`;
  await tx.$executeRaw`
    INSERT INTO mailing_group_members (group_id, person_id, added_by_id, added_at)
    SELECT DISTINCT ON (group_id) group_id, ${keepId}::uuid, added_by_id, added_at FROM mailing_group_members
    WHERE person_id = ANY(${mergeIds}::uuid[]) ORDER BY group_id, added_at
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`DELETE FROM mailing_group_members WHERE person_id = ANY(${mergeIds}::uuid[])`;
}

export async function mergePersonsTx(db: Db, keepId: string, mergeIds: string[], userId: string) {
  return db.$transaction(async (tx) => {
    const live = await lockLive(tx, 'persons', [keepId, ...mergeIds]);
    if (live.size !== mergeIds.length + 1) return null;
    await fillPerson(tx, keepId, mergeIds, userId);
    await tx.$executeRaw`
      INSERT INTO client_persons (client_id, person_id, role, is_primary, created_at)
      SELECT client_id, ${keepId}::uuid, role, is_primary, created_at FROM client_persons WHERE person_id = ANY(${mergeIds}::uuid[])
      ON CONFLICT DO NOTHING`;
    const clients = await tx.$executeRaw`DELETE FROM client_persons WHERE person_id = ANY(${mergeIds}::uuid[])`;
    const activities = await tx.$executeRaw`
      UPDATE activities SET contact_person_id = ${keepId}::uuid, version = version + 1
      WHERE contact_person_id = ANY(${mergeIds}::uuid[])`;
    const participations = await movePersonLinks(tx, 'activity_participants', keepId, mergeIds);
    const opportunities = await movePersonLinks(tx, 'opportunity_persons', keepId, mergeIds);
    for (const mergeId of mergeIds) await moveRelations(tx, keepId, mergeId);
    await moveMailOfPersons(tx, keepId, mergeIds);
    const attachments = await moveAttachments(tx, 'Person', mergeIds, keepId);
    const notes = await moveNotes(tx, 'Person', mergeIds, keepId);
    await softDeleteMerged(tx, 'persons', keepId, mergeIds, userId);
    return { clients, activities, participations, opportunities, attachments, notes } satisfies MergeCounts;
  });
}
