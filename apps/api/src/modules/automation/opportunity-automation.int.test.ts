// Rules and "assigned to me" on opportunities: an opportunity left in the offer stage with no activity for 3 days
// alarms its owner and the owner's manager and gives the owner a task, once (not again on the next tick, not for a
// deleted opportunity or one with a recent activity); created / updated rules see opportunity changes; an opportunity
// made for or given to someone else tells them once, in their language, even with two workers ticking at once.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrisma, type Db } from '../../db/prisma.ts';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { automationTick } from './index.ts';

let api: TestApi;
let second: Db;
let admin: string;
let owner: { id: string; cookie: string };
let manager: { id: string; cookie: string };
let clientId: string;
let stages: Record<string, string>;
const DAY = 86_400_000;

const CREATE_RULE = `mutation($input:AutomationRuleInput!){ createAutomationRule(input:$input){ id } }`;
const PREVIEW = `mutation($input:AutomationRuleInput!){ previewAutomationRule(input:$input){ count sample { id link } } }`;
const CREATE_OPP = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`;
const UPDATE_OPP = `mutation($id: ID!, $v: Int!, $input: UpdateOpportunityInput!) {
  updateOpportunity(id: $id, version: $v, input: $input) { id version } }`;

async function ok<T>(cookie: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables, { cookie });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

async function opportunity(cookie: string, name: string, extra: Record<string, unknown> = {}) {
  const data = await ok<{ createOpportunity: { id: string; version: number } }>(cookie, CREATE_OPP, {
    input: { clientId: toGlobalId('Client', clientId), name, amount: '5000.00', currency: 'EUR', ...extra },
  });
  return { ...data.createOpportunity, rowId: await rowIdOf(name) };
}

async function rowIdOf(name: string) {
  return (await api.db.opportunity.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
}

/** Moves the opportunity's creation and stage entry `days` back, as if it had waited since. */
async function age(rowId: string, days: number) {
  const at = new Date(Date.now() - days * DAY);
  await api.db.opportunity.update({ where: { id: rowId }, data: { createdAt: at } });
  await api.db.opportunityStageChange.updateMany({ where: { opportunityId: rowId }, data: { changedAt: at } });
}

const notificationsOf = (userId: string, kind: 'RULE_FIRED' | 'ASSIGNED') =>
  api.db.notification.findMany({ where: { recipientId: userId, kind }, orderBy: { createdAt: 'asc' } });

const offerRule = () => ({
  name: 'Offer without activity',
  entity: 'OPPORTUNITY',
  trigger: 'TIME_RELATIVE',
  triggerField: 'lastActivityAt',
  offsetDays: 3,
  condition: { opportunity: { stageIds: [stages.proposal], status: 'OPEN' }, baseAmount: { min: '1000' } },
  actions: [
    { type: 'NOTIFY', roles: ['OWNER', 'OWNER_MANAGER'] },
    { type: 'CREATE_TASK', role: 'OWNER', activityTypeKey: 'task', subject: 'Chase the offer', dueInDays: 1 },
  ],
  enabled: true,
});

beforeAll(async () => {
  api = await startTestApi();
  second = createPrisma(api.databaseUrl);
  await ensureDefaultDictionaries(api.db);
  const a = await api.createUser('administrator');
  admin = await api.login(a.email, a.password);
  const m = await api.createUser('manager', { name: 'Maja Manager' });
  manager = { id: m.id, cookie: await api.login(m.email, m.password) };
  const o = await api.createUser('agent', { name: 'Ola Agent' });
  await api.db.user.update({ where: { id: o.id }, data: { managerId: m.id, locale: 'pl' } });
  owner = { id: o.id, cookie: await api.login(o.email, o.password) };
  // The agent manages the client (the seeded Agent reads and adds deals only on its own clients).
  clientId = (await api.db.client.create({ data: { kind: 'LEGAL', name: 'Stocznia S.A.', accountManagerId: o.id } }))
    .id;
  const rows = await api.db.dictionaryValue.findMany({ where: { kind: 'OPPORTUNITY_STAGE' } });
  stages = Object.fromEntries(rows.map((r) => [r.key, toGlobalId('DictionaryValue', r.id)]));
});
afterAll(async () => {
  await second?.$disconnect();
  await api?.close();
});

describe('rules on opportunities', () => {
  it('alarms owner and manager once about an offer with no activity for 3 days; previewed the same', async () => {
    const stale = await opportunity(owner.cookie, 'Hull paint', { stageId: stages.proposal });
    const answered = await opportunity(owner.cookie, 'Deck cranes', { stageId: stages.proposal });
    const small = await opportunity(owner.cookie, 'Rope', { stageId: stages.proposal, amount: '10.00' });
    const early = await opportunity(owner.cookie, 'Sails', { stageId: stages.qualification });
    const deleted = await opportunity(owner.cookie, 'Anchors', { stageId: stages.proposal });
    for (const o of [stale, answered, small, early, deleted]) await age(o.rowId, 5);
    const type = await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE', key: 'call' } });
    await api.db.activity.create({
      data: { typeId: type.id, clientId, subject: 'Called', ownerId: owner.id, opportunityId: answered.rowId },
    });
    await ok(owner.cookie, `mutation($id: ID!, $v: Int) { deleteOpportunity(id: $id, version: $v) }`, {
      id: deleted.id,
      v: deleted.version,
    });

    const preview = await ok<{ previewAutomationRule: { count: number; sample: { id: string; link: string }[] } }>(
      admin,
      PREVIEW,
      { input: offerRule() },
    );
    expect(preview.previewAutomationRule.count).toBe(1);
    expect(preview.previewAutomationRule.sample).toEqual([{ id: stale.rowId, link: `/opportunities/${stale.id}` }]);

    await ok(admin, CREATE_RULE, { input: offerRule() });
    const now = new Date();
    await automationTick(api.db, now);
    await automationTick(api.db, new Date(now.getTime() + 60_000));
    const toOwner = await notificationsOf(owner.id, 'RULE_FIRED');
    expect(toOwner.map((n) => [n.text, n.link])).toEqual([
      ['Offer without activity: Hull paint', `/opportunities/${stale.id}`],
    ]);
    expect(await notificationsOf(manager.id, 'RULE_FIRED')).toHaveLength(1);
    const tasks = await api.db.activity.findMany({ where: { subject: { startsWith: 'Chase the offer' } } });
    expect(tasks.map((t) => [t.subject, t.ownerId, t.clientId])).toEqual([
      ['Chase the offer — Hull paint', owner.id, clientId],
    ]);
    await api.db.automationRule.updateMany({ where: { name: 'Offer without activity' }, data: { enabled: false } });
  });

  it('fires an updated rule when an opportunity changes stage, not for its other edits', async () => {
    await ok(admin, CREATE_RULE, {
      input: {
        name: 'Into negotiation',
        entity: 'OPPORTUNITY',
        trigger: 'UPDATED',
        triggerField: 'stage',
        condition: { opportunity: { stageIds: [stages.negotiation] } },
        actions: [{ type: 'NOTIFY', roles: ['OWNER_MANAGER'] }],
        enabled: true,
      },
    });
    const o = await opportunity(owner.cookie, 'Engines', { stageId: stages.proposal });
    const renamed = await ok<{ updateOpportunity: { version: number } }>(owner.cookie, UPDATE_OPP, {
      id: o.id,
      v: o.version,
      input: { name: 'Engines', description: 'two units' },
    });
    await automationTick(api.db);
    expect((await notificationsOf(manager.id, 'RULE_FIRED')).filter((n) => n.text.startsWith('Into'))).toHaveLength(0);
    await ok(
      owner.cookie,
      `mutation($id: ID!, $s: ID!, $v: Int!) { moveOpportunity(id: $id, stageId: $s, position: 0, version: $v) { id } }`,
      { id: o.id, s: stages.negotiation, v: renamed.updateOpportunity.version },
    );
    await automationTick(api.db);
    await automationTick(api.db);
    const fired = (await notificationsOf(manager.id, 'RULE_FIRED')).filter((n) => n.text.startsWith('Into'));
    expect(fired.map((n) => n.link)).toEqual([`/opportunities/${o.id}`]);
    await api.db.automationRule.updateMany({ where: { name: 'Into negotiation' }, data: { enabled: false } });
  });

  it('refuses opportunity conditions on other entities and "mine" in a rule', async () => {
    const onClient = { ...offerRule(), entity: 'CLIENT', triggerField: 'createdAt' };
    expect(errorCode(await api.gql(CREATE_RULE, { input: onClient }, { cookie: admin }))).toBe('BAD_USER_INPUT');
    const mine = { ...offerRule(), condition: { opportunity: { mine: true } } };
    expect(errorCode(await api.gql(CREATE_RULE, { input: mine }, { cookie: admin }))).toBe('BAD_USER_INPUT');
    const unknownDate = { ...offerRule(), triggerField: 'lastContactAt' };
    expect(errorCode(await api.gql(CREATE_RULE, { input: unknownDate }, { cookie: admin }))).toBe('BAD_USER_INPUT');
  });
});

describe('"assigned to me" for opportunities', () => {
  it('tells the new owner once, in their language, with a link, even with two workers ticking at once', async () => {
    const made = await opportunity(manager.cookie, 'Fleet renewal', { ownerId: toGlobalId('User', owner.id) });
    await opportunity(owner.cookie, 'My own deal');
    const mine = await opportunity(manager.cookie, 'Kept by the manager');
    await ok(manager.cookie, UPDATE_OPP, {
      id: mine.id,
      v: mine.version,
      input: { ownerId: toGlobalId('User', owner.id) },
    });
    await Promise.all([automationTick(api.db), automationTick(second), automationTick(api.db)]);
    await automationTick(second);
    const assigned = await notificationsOf(owner.id, 'ASSIGNED');
    expect(assigned.map((n) => [n.text, n.link])).toEqual([
      ['Maja Manager przydzielił(a) Ci: Fleet renewal', `/opportunities/${made.id}`],
      ['Maja Manager przydzielił(a) Ci: Kept by the manager', `/opportunities/${mine.id}`],
    ]);
    expect(await notificationsOf(manager.id, 'ASSIGNED')).toHaveLength(0);
  });

  it('respects the owner’s choice to switch "assigned to me" off', async () => {
    await api.db.notificationSetting.create({ data: { userId: owner.id, kind: 'ASSIGNED', channel: 'OFF' } });
    const before = (await notificationsOf(owner.id, 'ASSIGNED')).length;
    await opportunity(manager.cookie, 'Quiet deal', { ownerId: toGlobalId('User', owner.id) });
    await automationTick(api.db);
    expect(await notificationsOf(owner.id, 'ASSIGNED')).toHaveLength(before);
  });

  it('finds through the indexed candidates exactly what the computed and cast dates match', async () => {
    const day = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);
    for (let i = 0; i < 12; i++) {
      const o = await opportunity(owner.cookie, `Window ${i}`, { expectedCloseOn: day(-i + 1) });
      await age(o.rowId, i + 0.5);
    }
    // The exact predicates without candidates: what each rule must match in its first window [now − 7 d, now).
    const exact = {
      expectedCloseOn: `o.expected_close_on::timestamptz`,
      stageChangedAt: `coalesce((SELECT max(sc.changed_at) FROM opportunity_stage_changes sc WHERE sc.opportunity_id = o.id), o.created_at)`,
    };
    for (const [field, expr] of Object.entries(exact)) {
      for (const offsetDays of [-2, 0, 3]) {
        const rule = { ...offerRule(), triggerField: field, offsetDays, condition: {}, enabled: false };
        const preview = await ok<{ previewAutomationRule: { count: number } }>(admin, PREVIEW, { input: rule });
        const [row] = await api.db.$queryRawUnsafe<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM opportunities o WHERE o.deleted_at IS NULL
            AND ${expr} + make_interval(days => $1) >= now() - interval '7 days' AND ${expr} + make_interval(days => $1) < now()`,
          offsetDays,
        );
        expect([field, offsetDays, preview.previewAutomationRule.count]).toEqual([field, offsetDays, row!.n]);
      }
    }
  });
});
