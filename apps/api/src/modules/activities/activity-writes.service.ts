// Activity writes: create, edit, move, close (with the next contact in the same step), cancel, reopen and delete.
// Each runs in one transaction with the refresh of the client's last contact, so the two never disagree.
import {
  CloseActivityInput,
  CreateActivityInput,
  IdempotencyKey,
  MoveActivityInput,
  UpdateActivityInput,
  type CreateActivity,
  type UpdateActivity,
} from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, conflict, forbidden, notFound, parseInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import {
  ActivitiesRepository,
  type ActivityRow,
  type ActivityStatus,
  type ActivityWrite,
} from './activities.repository.ts';
import { toActivityNode } from './activities.mapper.ts';
import { canSee } from './activities.service.ts';
import { campaignActivityDone, campaignActivityUndone, linkActivityToCampaignItem } from '../campaigns/index.ts';
import { reachesClient } from '../visibility/index.ts';
import { allDayDates, allDaySpan, daysBetween } from './all-day.ts';
import { activityAttributes, opportunityLink } from './activity-opportunity.ts';

type Repo = ActivitiesRepository;
type Participant = { userId: string | null; personId: string | null };
type RefInput = Partial<Record<'typeId' | 'categoryId' | 'channelId' | 'resultId' | 'ownerId', string | null>> & {
  contactPersonId?: string | null;
  parentId?: string | null;
  participants?: { userId?: string | null; personId?: string | null }[] | null;
};

const DICTIONARY_FIELDS = {
  typeId: 'ACTIVITY_TYPE',
  categoryId: 'ACTIVITY_CATEGORY',
  channelId: 'CONTACT_CHANNEL',
  resultId: 'ACTIVITY_RESULT',
} as const;

/**
 * Checks and converts references: dictionary kinds, active users, persons of the client, a parent without cycles
 * that the caller can see (an unseen parent is refused like a missing one, so ids cannot be probed).
 */
async function resolveRefs(
  ctx: Context,
  repo: Repo,
  input: RefInput,
  clientId: string,
  prefix: string,
  selfId?: string,
) {
  const out: ActivityWrite = {};
  for (const field of Object.keys(DICTIONARY_FIELDS) as (keyof typeof DICTIONARY_FIELDS)[]) {
    const given = input[field];
    if (given === undefined) continue;
    const id = given === null ? null : parseId(given, 'DictionaryValue', `${prefix}${field}`);
    if (id && (await repo.dictionaryKinds([id])).get(id) !== DICTIONARY_FIELDS[field])
      throw badInput(`${prefix}${field}`, 'validation.dictionaryValue');
    out[field] = id as string;
  }
  if (input.ownerId != null) {
    const id = parseId(input.ownerId, 'User', `${prefix}ownerId`);
    if (!(await repo.activeUsers([id])).has(id)) throw badInput(`${prefix}ownerId`, 'validation.user');
    out.ownerId = id;
  }
  if (input.contactPersonId !== undefined) {
    const id = input.contactPersonId && parseId(input.contactPersonId, 'Person', `${prefix}contactPersonId`);
    if (id && !(await repo.personsOfClient(clientId, [id])).has(id))
      throw badInput(`${prefix}contactPersonId`, 'validation.activity.personNotOfClient');
    out.contactPersonId = id || null;
  }
  if (input.parentId !== undefined)
    out.parentId = await resolveParent(ctx, repo, input.parentId, clientId, prefix, selfId);
  const participants =
    input.participants === undefined ? undefined : await resolveParticipants(repo, input, clientId, prefix);
  return { data: out, participants };
}

async function resolveParent(
  ctx: Context,
  repo: Repo,
  given: string | null,
  clientId: string,
  prefix: string,
  selfId?: string,
) {
  if (!given) return null;
  const id = parseId(given, 'Activity', `${prefix}parentId`);
  const parent = await repo.find(id);
  const cycle = selfId != null && (await repo.ancestors(id)).includes(selfId);
  if (!parent || parent.deletedAt || parent.clientId !== clientId || cycle || !(await canSee(ctx, parent)))
    throw badInput(`${prefix}parentId`, 'validation.activity.parent');
  return id;
}

async function resolveParticipants(repo: Repo, input: RefInput, clientId: string, prefix: string) {
  const list: Participant[] = (input.participants ?? []).map((p, i) => ({
    userId: p.userId ? parseId(p.userId, 'User', `${prefix}participants.${i}.userId`) : null,
    personId: p.personId ? parseId(p.personId, 'Person', `${prefix}participants.${i}.personId`) : null,
  }));
  const users = await repo.activeUsers(list.flatMap((p) => (p.userId ? [p.userId] : [])));
  const persons = await repo.personsOfClient(
    clientId,
    list.flatMap((p) => (p.personId ? [p.personId] : [])),
  );
  list.forEach((p, i) => {
    if (p.userId && !users.has(p.userId)) throw badInput(`${prefix}participants.${i}.userId`, 'validation.user');
    if (p.personId && !persons.has(p.personId))
      throw badInput(`${prefix}participants.${i}.personId`, 'validation.activity.personNotOfClient');
  });
  const seen = new Set<string>();
  return list.filter((p) => !seen.has(`${p.userId}/${p.personId}`) && seen.add(`${p.userId}/${p.personId}`));
}

/** Plain fields where null is a value (no note; the owner's default reminder). */
const NULLABLE = new Set(['note', 'reminderMinutes']);

function plainFields(input: Partial<CreateActivity & UpdateActivity>): ActivityWrite {
  const out: Record<string, unknown> = {};
  for (const key of ['subject', 'note', 'allDay', 'priority', 'percentComplete', 'reminderMinutes'] as const)
    if (input[key] !== undefined && !(input[key] === null && !NULLABLE.has(key))) out[key] = input[key];
  for (const key of ['startsAt', 'endsAt', 'dueAt'] as const)
    if (input[key] !== undefined) out[key] = input[key] ? new Date(input[key]) : null;
  return out as ActivityWrite;
}

/** A live activity the viewer may change, at the expected version. */
async function loadForWrite(ctx: Context, globalId: string, version: number): Promise<ActivityRow> {
  requirePermission(ctx, 'activities.write');
  const id = parseId(globalId, 'Activity');
  const row = await new ActivitiesRepository(ctx.db).find(id);
  if (!row || row.deletedAt || !(await canSee(ctx, row))) throw notFound('Activity');
  if (!(await canSee(ctx, row, 'edit'))) throw forbidden('activities.write');
  if (row.version !== version) throw conflict();
  return row;
}

function checkRange(startsAt: Date | null | undefined, endsAt: Date | null | undefined, field: string) {
  if (endsAt && !startsAt) throw badInput(field.replace(/endsAt$/, 'startsAt'), 'validation.required');
  if (startsAt && endsAt && endsAt < startsAt) throw badInput(field, 'validation.activity.range');
}

type AllDaySpan = { startsAt: Date; endsAt: Date | null; keepLengthOf?: ActivityRow };

/**
 * An all-day span as the owner's local midnights, its days read in the viewer's time zone (see all-day.ts);
 * `keepLengthOf` keeps that activity's length in days (a drag that moves only the start).
 */
async function anchorAllDay(repo: Repo, ctx: Context, ownerId: string, span: AllDaySpan) {
  const input = ctx.viewer!.user.timeZone;
  const owner = (await repo.timeZoneOf(ownerId)) ?? input;
  const old = span.keepLengthOf && allDayDates(span.keepLengthOf.startsAt!, span.keepLengthOf.endsAt, owner);
  const keepDays = old ? daysBetween(old.first, old.endExclusive) : undefined;
  return allDaySpan(span.startsAt, span.endsAt, { input, owner }, keepDays);
}

async function reload(ctx: Context, id: string) {
  ctx.loaders.activityById.clear(id);
  ctx.loaders.participantsByActivityId.clear(id);
  return toActivityNode((await new ActivitiesRepository(ctx.db).find(id))!);
}

/**
 * The answer is read inside the write's transaction, so a failure after the commit cannot report a saved activity as
 * failed; with an idempotency key already used by the caller, the first activity is returned and nothing is written.
 */
export async function createActivity(ctx: Context, rawInput: unknown, rawKey?: unknown) {
  const viewer = requirePermission(ctx, 'activities.write');
  const input = parseInput(CreateActivityInput, rawInput, 'input');
  const key = parseInput(IdempotencyKey, rawKey, 'idempotencyKey');
  const clientId = parseId(input.clientId, 'Client', 'input.clientId');
  try {
    return toActivityNode(await createActivityRow(ctx, viewer.user.id, input, clientId, key));
  } catch (error) {
    // Two requests with one key at once: the unique index let one insert; the other answers with its row.
    const first = key && isUniqueViolation(error) ? await repoOf(ctx).findByIdempotencyKey(viewer.user.id, key) : null;
    if (!first) throw error;
    return toActivityNode(first);
  }
}

const repoOf = (ctx: Context) => new ActivitiesRepository(ctx.db);
const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === 'P2002';

async function createActivityRow(
  ctx: Context,
  viewerId: string,
  input: CreateActivity,
  clientId: string,
  key: string | null,
) {
  const done = input.status === 'DONE';
  return ctx.db.$transaction(async (tx) => {
    const repo = new ActivitiesRepository(tx);
    const earlier = key ? await repo.findByIdempotencyKey(viewerId, key) : null;
    if (earlier) return earlier;
    // A client outside the viewer's read scope is answered like one that does not exist.
    const client = await repo.liveClient(clientId);
    if (!client || !(await reachesClient(ctx.db, ctx.viewer!, 'read', client)))
      throw badInput('input.clientId', 'validation.unknownClient');
    const { data, participants } = await resolveRefs(ctx, repo, input, clientId, 'input.');
    const fields = plainFields(input);
    const ownerId = data.ownerId ?? viewerId;
    if (input.allDay && fields.startsAt)
      Object.assign(
        fields,
        await anchorAllDay(repo, ctx, ownerId, { startsAt: fields.startsAt, endsAt: fields.endsAt ?? null }),
      );
    const opportunityId = await opportunityLink(tx, repo, ctx, input, clientId);
    const id = await repo.create(
      {
        ...fields,
        ...data,
        ...(await activityAttributes(ctx, input.attributes, undefined)),
        opportunityId: opportunityId ?? null,
        clientId,
        typeId: data.typeId!,
        subject: input.subject,
        ownerId,
        status: done ? 'DONE' : 'PLANNED',
        closedAt: done ? new Date() : null,
        createdById: viewerId,
        updatedById: viewerId,
      },
      key,
    );
    if (participants?.length) await repo.replaceParticipants(id, participants);
    if (input.campaignItemId)
      await linkActivityToCampaignItem(tx, ctx, {
        activityId: id,
        clientId,
        campaignItemId: input.campaignItemId,
        done,
      });
    if (done) await repo.refreshLastContact([clientId]);
    return (await repo.find(id))!;
  });
}

export async function updateActivity(ctx: Context, args: { id: string; version: number; input: unknown }) {
  const viewer = requirePermission(ctx, 'activities.write');
  const input = parseInput(UpdateActivityInput, args.input, 'input');
  const existing = await loadForWrite(ctx, args.id, args.version);
  const fields = plainFields(input);
  const startsAt = fields.startsAt !== undefined ? fields.startsAt : existing.startsAt;
  checkRange(startsAt, fields.endsAt !== undefined ? fields.endsAt : existing.endsAt, 'input.endsAt');
  await ctx.db.$transaction(async (tx) => {
    const repo = new ActivitiesRepository(tx);
    const { data, participants } = await resolveRefs(ctx, repo, input, existing.clientId, 'input.', existing.id);
    const timesGiven = ['allDay', 'startsAt', 'endsAt'].some((k) => k in fields);
    if (timesGiven && (fields.allDay ?? existing.allDay) && startsAt) {
      const endsAt = fields.endsAt !== undefined ? fields.endsAt : existing.endsAt;
      const ownerId = data.ownerId ?? existing.ownerId;
      Object.assign(fields, await anchorAllDay(repo, ctx, ownerId, { startsAt, endsAt }));
    }
    const opportunityId = await opportunityLink(tx, repo, ctx, input, existing.clientId);
    const attributes = await activityAttributes(ctx, input.attributes, existing.attributes);
    const write = { ...fields, ...data, ...attributes, opportunityId, updatedById: viewer.user.id };
    if (!(await repo.update(existing.id, args.version, write))) throw conflict();
    if (participants) await repo.replaceParticipants(existing.id, participants);
    if (existing.status === 'DONE') await repo.refreshLastContact([existing.clientId]);
  });
  return reload(ctx, existing.id);
}

/** Calendar drag / resize. Without `end` the duration is kept; a task without a time moves its due date. */
export async function moveActivity(ctx: Context, args: { id: string; version: number; start: unknown; end?: unknown }) {
  const viewer = requirePermission(ctx, 'activities.write');
  const input = parseInput(MoveActivityInput, { start: args.start, end: args.end ?? null });
  const existing = await loadForWrite(ctx, args.id, args.version);
  const start = new Date(input.start);
  let write: ActivityWrite;
  if (input.end) write = { startsAt: start, endsAt: new Date(input.end) };
  else if (!existing.startsAt && existing.dueAt) write = { dueAt: start };
  else {
    const duration =
      existing.startsAt && existing.endsAt ? existing.endsAt.getTime() - existing.startsAt.getTime() : null;
    write = { startsAt: start, endsAt: duration == null ? null : new Date(start.getTime() + duration) };
  }
  await ctx.db.$transaction(async (tx) => {
    const repo = new ActivitiesRepository(tx);
    if (existing.allDay && write.startsAt) {
      const keepLengthOf = input.end || !existing.startsAt ? undefined : existing;
      const span = { startsAt: write.startsAt, endsAt: write.endsAt ?? null, keepLengthOf };
      write = await anchorAllDay(repo, ctx, existing.ownerId, span);
    }
    if (!(await repo.update(existing.id, args.version, { ...write, updatedById: viewer.user.id }))) throw conflict();
    if (existing.status === 'DONE') await repo.refreshLastContact([existing.clientId]);
  });
  return reload(ctx, existing.id);
}

/**
 * Done, with result, work time and km. The next contact is created in the same transaction, after the close: a
 * failure there (a wrong type, an inactive owner) rolls the close back too, so either both rows change or none.
 */
export async function closeActivity(ctx: Context, args: { id: string; version: number; input: unknown }) {
  const viewer = requirePermission(ctx, 'activities.write');
  const input = parseInput(CloseActivityInput, args.input, 'input');
  const existing = await loadForWrite(ctx, args.id, args.version);
  if (existing.status !== 'PLANNED') throw badInput('id', 'validation.activity.notPlanned');
  await ctx.db.$transaction(async (tx) => {
    const repo = new ActivitiesRepository(tx);
    const { data } = await resolveRefs(ctx, repo, { resultId: input.resultId }, existing.clientId, 'input.');
    const closed = await repo.update(
      existing.id,
      args.version,
      {
        ...data,
        status: 'DONE',
        closedAt: new Date(),
        percentComplete: 100,
        workMinutes: input.workMinutes ?? null,
        distanceKm: input.distanceKm ?? null,
        updatedById: viewer.user.id,
      },
      { status: 'PLANNED' },
    );
    if (!closed) throw conflict();
    await campaignActivityDone(tx, existing.id, data.resultId ?? existing.resultId);
    const next = input.nextContact;
    if (next) {
      const refs = await resolveRefs(ctx, repo, next, existing.clientId, 'input.nextContact.');
      await repo.create({
        clientId: existing.clientId,
        typeId: refs.data.typeId!,
        ownerId: refs.data.ownerId ?? existing.ownerId,
        subject: next.subject ?? existing.subject,
        startsAt: new Date(next.startsAt),
        endsAt: next.endsAt ? new Date(next.endsAt) : null,
        contactPersonId: existing.contactPersonId,
        categoryId: existing.categoryId,
        channelId: existing.channelId,
        parentId: existing.id,
        createdById: viewer.user.id,
        updatedById: viewer.user.id,
      });
    }
    await repo.refreshLastContact([existing.clientId]);
  });
  return reload(ctx, existing.id);
}

async function setStatus(ctx: Context, globalId: string, version: number, change: 'cancel' | 'reopen' | 'delete') {
  const viewer = requirePermission(ctx, 'activities.write');
  const existing = await loadForWrite(ctx, globalId, version);
  if (change === 'cancel' && existing.status !== 'PLANNED') throw badInput('id', 'validation.activity.notPlanned');
  const writes: Record<typeof change, ActivityWrite> = {
    cancel: { status: 'CANCELLED' as ActivityStatus, closedAt: new Date() },
    reopen: { status: 'PLANNED' as ActivityStatus, closedAt: null },
    delete: { deletedAt: new Date() },
  };
  await ctx.db.$transaction(async (tx) => {
    const repo = new ActivitiesRepository(tx);
    if (!(await repo.update(existing.id, version, { ...writes[change], updatedById: viewer.user.id })))
      throw conflict();
    if (existing.status === 'DONE') await repo.refreshLastContact([existing.clientId]);
    // A campaign item finished by this call is open again once the call is no longer done.
    if (existing.status === 'DONE') await campaignActivityUndone(tx, existing.id);
  });
  return reload(ctx, existing.id);
}

export const cancelActivity = (ctx: Context, id: string, version: number) => setStatus(ctx, id, version, 'cancel');
export const reopenActivity = (ctx: Context, id: string, version: number) => setStatus(ctx, id, version, 'reopen');
export const deleteActivity = (ctx: Context, id: string, version: number) => setStatus(ctx, id, version, 'delete');
