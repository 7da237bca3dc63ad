// Automation rules on a real PostgreSQL: each trigger kind, the time window across runs (nothing skipped, nothing
// twice), preview = what the rule then does, loop prevention, "assigned to me", permissions and validation.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';
import { automationTick, ensureAutomationTemplates } from './index.ts';
import { dailyInstant } from './automation-runner.ts';

let api: TestApi;
let admin: string;
let agentCookie: string;
let agent: { id: string };
let manager: { id: string; cookie: string };
let types: Record<string, string>;
let clientId: string;

const DAY = 86_400_000;
const RULE = `id name enabled version trigger lastRunAt`;
const RULES = `{ automationRules { ${RULE} templateKey entity triggerField offsetDays dailyAt timeZone condition actions } }`;
const UPDATE = `mutation($id:ID!,$v:Int!,$input:AutomationRuleInput!){ updateAutomationRule(id:$id,version:$v,input:$input){ ${RULE} } }`;
const CREATE = `mutation($input:AutomationRuleInput!){ createAutomationRule(input:$input){ ${RULE} } }`;
const PREVIEW = `mutation($input:AutomationRuleInput!){ previewAutomationRule(input:$input){ count sample { id label link } } }`;
const RUNS = `query($id:ID!){ automationRuns(ruleId:$id){ totalCount edges { node { matched recordIds summary error } } } }`;

type Rule = Record<string, unknown> & { id: string; version: number; templateKey: string | null };

async function templates(): Promise<Rule[]> {
  return (await api.gql<{ automationRules: Rule[] }>(RULES, {}, { cookie: admin })).data!.automationRules;
}

/** A template as an input (what the rules page sends back), with overrides. */
function asInput(rule: Rule, overrides: Record<string, unknown> = {}) {
  const { id: _i, version: _v, templateKey: _t, lastRunAt: _l, ...rest } = rule;
  return { ...rest, ...overrides };
}

async function offer(
  subject: string,
  createdDaysAgo: number,
  status: 'PLANNED' | 'DONE' = 'PLANNED',
  type = 'offer_request',
) {
  return api.db.activity.create({
    data: {
      typeId: types[type]!,
      clientId,
      subject,
      dueAt: new Date(Date.now() + DAY),
      ownerId: agent.id,
      status,
      createdAt: new Date(Date.now() - createdDaysAgo * DAY),
    },
  });
}

async function notificationsOf(userId: string, kind: string) {
  return api.db.notification.findMany({
    where: { recipientId: userId, kind: kind as 'RULE_FIRED' },
    orderBy: { createdAt: 'asc' },
  });
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  await ensureAutomationTemplates(api.db);
  const a = await api.createUser('administrator');
  admin = await api.login(a.email, a.password);
  const m = await api.createUser('manager', { name: 'Maja Manager' });
  manager = { id: m.id, cookie: await api.login(m.email, m.password) };
  const g = await api.createUser('agent', { name: 'Ana Agent' });
  await api.db.user.update({ where: { id: g.id }, data: { managerId: m.id } });
  agent = { id: g.id };
  agentCookie = await api.login(g.email, g.password);
  const values = await api.db.dictionaryValue.findMany({ where: { kind: 'ACTIVITY_TYPE' } });
  types = Object.fromEntries(values.map((v) => [v.key, v.id]));
  clientId = (await api.db.client.create({ data: { kind: 'LEGAL', name: 'Offer Client', accountManagerId: g.id } })).id;
});
afterAll(() => api.close());

describe('automation rules', () => {
  it('previews the offer template, then alarms owner and manager once per offer across windows', async () => {
    const due = await offer('Offer due', 5);
    await offer('Offer answered', 5, 'DONE');
    await offer('Call, not an offer', 5, 'PLANNED', 'call');
    const later = await offer('Offer later', 1);
    const template = (await templates()).find((t) => t.templateKey === 'offer-request-unanswered')!;
    expect(template.enabled).toBe(false);

    const preview = await api.gql<{ previewAutomationRule: { count: number; sample: { id: string; link: string }[] } }>(
      PREVIEW,
      { input: asInput(template) },
      { cookie: admin },
    );
    expect(preview.data!.previewAutomationRule.count).toBe(1);
    expect(preview.data!.previewAutomationRule.sample[0]!.id).toBe(due.id);

    const enabled = await api.gql<{ updateAutomationRule: Rule }>(
      UPDATE,
      { id: template.id, v: template.version, input: asInput(template, { enabled: true }) },
      { cookie: admin },
    );
    expect(enabled.errors).toBeUndefined();
    const now = new Date();
    await automationTick(api.db, now);
    await automationTick(api.db, now);
    // The rule did what the preview said: one record, both people, once.
    expect((await notificationsOf(agent.id, 'RULE_FIRED')).map((n) => n.link)).toEqual([
      `/activities/${toGlobalId('Activity', due.id)}`,
    ]);
    expect(await notificationsOf(manager.id, 'RULE_FIRED')).toHaveLength(1);

    // Later runs (as after a restart: all state is in the database) pick up the next offer once.
    await automationTick(api.db, new Date(now.getTime() + 2 * DAY + 3_600_000));
    await automationTick(api.db, new Date(now.getTime() + 2 * DAY + 3_700_000));
    const fired = await notificationsOf(manager.id, 'RULE_FIRED');
    expect(fired.map((n) => n.text)).toEqual([
      'Offer request unanswered for 3 days: Offer due',
      'Offer request unanswered for 3 days: Offer later',
    ]);
    expect(later.id).toBeTruthy();
    const runs = await api.gql<{ automationRuns: { totalCount: number; edges: { node: { matched: number } }[] } }>(
      RUNS,
      { id: template.id },
      { cookie: admin },
    );
    expect(runs.data!.automationRuns.totalCount).toBe(2);
    expect(runs.data!.automationRuns.edges.map((e) => e.node.matched)).toEqual([1, 1]);
    await api.gql(
      UPDATE,
      { id: template.id, v: enabled.data!.updateAutomationRule.version, input: asInput(template) },
      { cookie: admin },
    );
  });

  it('fires an updated rule when its field changes, and its own write does not re-trigger it', async () => {
    const created = await api.gql<{ createAutomationRule: Rule }>(
      CREATE,
      {
        input: {
          name: 'City changed',
          entity: 'CLIENT',
          trigger: 'UPDATED',
          triggerField: 'city',
          actions: [
            { type: 'SET_FIELD', field: 'attribute', attributeKey: 'moved', value: true },
            { type: 'NOTIFY', roles: ['ACCOUNT_MANAGER'] },
          ],
          enabled: true,
        },
      },
      { cookie: admin },
    );
    expect(created.errors).toBeUndefined();
    await api.db.client.update({ where: { id: clientId }, data: { name: 'Offer Client d.o.o.' } });
    await automationTick(api.db);
    expect((await api.db.client.findUniqueOrThrow({ where: { id: clientId } })).attributes).toEqual({});
    await api.db.client.update({ where: { id: clientId }, data: { city: 'Split' } });
    await automationTick(api.db);
    await automationTick(api.db);
    expect((await api.db.client.findUniqueOrThrow({ where: { id: clientId } })).attributes).toEqual({ moved: true });
    const fired = (await notificationsOf(agent.id, 'RULE_FIRED')).filter((n) => n.text.startsWith('City changed'));
    expect(fired).toHaveLength(1);
    await api.db.automationRule.updateMany({ where: { name: 'City changed' }, data: { enabled: false } });
  });

  it('fires a created rule and tells a user an activity was assigned to them by someone else', async () => {
    await api.gql(
      CREATE,
      {
        input: {
          name: 'New activity',
          entity: 'ACTIVITY',
          trigger: 'CREATED',
          condition: { activity: { typeKeys: ['meeting'] } },
          actions: [
            { type: 'CREATE_TASK', role: 'OWNER_MANAGER', activityTypeKey: 'task', subject: 'Check', dueInDays: 1 },
          ],
          enabled: true,
        },
      },
      { cookie: admin },
    );
    const res = await api.gql<{ createActivity: { id: string } }>(
      `mutation($input: CreateActivityInput!){ createActivity(input:$input){ id } }`,
      {
        input: {
          clientId: toGlobalId('Client', clientId),
          typeId: toGlobalId('DictionaryValue', types.meeting!),
          subject: 'Kick-off',
          ownerId: toGlobalId('User', agent.id),
          startsAt: new Date(Date.now() + DAY).toISOString(),
          endsAt: new Date(Date.now() + DAY + 3_600_000).toISOString(),
        },
      },
      { cookie: manager.cookie },
    );
    expect(res.errors).toBeUndefined();
    await automationTick(api.db);
    await automationTick(api.db);
    const assigned = await notificationsOf(agent.id, 'ASSIGNED');
    expect(assigned.map((n) => n.text)).toEqual(['Maja Manager assigned you: Kick-off']);
    const tasks = await api.db.activity.findMany({ where: { subject: 'Check — Kick-off' } });
    expect(tasks.map((t) => t.ownerId)).toEqual([manager.id]);
    expect(await api.db.automationChange.count()).toBe(0);
  });

  it('tells an agent a manager made a campaign for them, not when they made it themselves', async () => {
    const campaign = await api.db.campaign.create({
      data: { name: 'Spring calls', agentId: agent.id, createdById: manager.id },
    });
    await api.db.campaign.create({ data: { name: 'My own list', agentId: agent.id, createdById: agent.id } });
    await automationTick(api.db);
    const assigned = (await notificationsOf(agent.id, 'ASSIGNED')).filter((n) => n.link?.startsWith('/my-campaigns/'));
    expect(assigned.map((n) => [n.text, n.link])).toEqual([
      ['Maja Manager assigned you: Spring calls', `/my-campaigns/${toGlobalId('Campaign', campaign.id)}`],
    ]);
  });

  it('runs a daily rule once at its time: the turnover template', async () => {
    const low = await api.db.client.create({
      data: {
        kind: 'LEGAL',
        name: 'Low Turnover',
        accountManagerId: agent.id,
        attributes: { turnover: 5, potential: 100 },
      },
    });
    await api.db.client.create({
      data: {
        kind: 'LEGAL',
        name: 'Fine Turnover',
        accountManagerId: agent.id,
        attributes: { turnover: 50, potential: 100 },
      },
    });
    const template = (await templates()).find((t) => t.templateKey === 'turnover-below-potential')!;
    const preview = await api.gql<{ previewAutomationRule: { count: number } }>(
      PREVIEW,
      { input: asInput(template) },
      { cookie: admin },
    );
    expect(preview.data!.previewAutomationRule.count).toBe(1);
    await api.gql(
      UPDATE,
      { id: template.id, v: template.version, input: asInput(template, { enabled: true }) },
      { cookie: admin },
    );
    const seven = dailyInstant(new Date(Date.now() + DAY), '07:00', 'Europe/Zagreb');
    await automationTick(api.db, new Date(seven.getTime() - 60_000));
    expect(await api.db.activity.count({ where: { clientId: low.id } })).toBe(0);
    await automationTick(api.db, new Date(seven.getTime() + 60_000));
    await automationTick(api.db, new Date(seven.getTime() + 3_600_000));
    const tasks = await api.db.activity.findMany({ where: { clientId: low.id } });
    expect(tasks.map((t) => [t.subject, t.ownerId, t.status])).toEqual([
      ['Turnover below 10 % of potential — Low Turnover', agent.id, 'PLANNED'],
    ]);
  });

  it('is for administrators only and names the bad field', async () => {
    expect(errorCode(await api.gql(RULES, {}, { cookie: agentCookie }))).toBe('FORBIDDEN');
    const bad = await api.gql(
      CREATE,
      {
        input: {
          name: 'x',
          entity: 'CLIENT',
          trigger: 'TIME_RELATIVE',
          triggerField: 'nope',
          offsetDays: 1,
          actions: [{ type: 'NOTIFY', roles: ['OWNER'] }],
        },
      },
      { cookie: admin },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('input.triggerField');
    const noActions = await api.gql(
      CREATE,
      { input: { name: 'x', entity: 'CLIENT', trigger: 'CREATED', actions: [] } },
      { cookie: admin },
    );
    expect(noActions.errors![0]!.extensions!.field).toBe('input.actions');
    const stale = (await templates())[0]!;
    const conflict = await api.gql(
      UPDATE,
      { id: stale.id, v: stale.version - 1, input: asInput(stale) },
      { cookie: admin },
    );
    expect(errorCode(conflict)).toBe('CONFLICT');
  });
});
