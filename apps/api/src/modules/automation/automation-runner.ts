// Runs enabled rules: time rules over the window [last run, now) the Odoo way, daily rules once a day, event rules
// over the change outbox; each (rule, record, occurrence) fires once, inside one transaction with its actions.
import { AutomationAction, AutomationCondition, localDate, zoneOffset } from '@veza/shared';
import { z } from 'zod';
import type { Db, Prisma } from '../../db/prisma.ts';
import { globalId } from '../../graphql/ids.ts';
import { notifyMany } from '../notifications/index.ts';
import { entityAdapter, type EntityAdapter } from './automation-entities.repository.ts';
import { readingRecipients } from './automation-readers.ts';
import { sendTemplateAction } from './automation-template-action.ts';
import { bothHold, triggerPart } from './automation-trigger.sql.ts';
import {
  AutomationRepository,
  createTasks,
  fire,
  markAsRule,
  match,
  setLastRun,
  type MatchRow,
  type RuleRow,
} from './automation.repository.ts';

const BATCH = 5000;
/** How far back a time rule looks when it is enabled (its first window); also what its preview counts. */
export const CATCH_UP_DAYS = 7;

export type RunResult = {
  matched: number;
  recordIds: string[];
  notifications: number;
  tasks: number;
  fieldsSet: number;
  /** SEND_TEMPLATE: e-mails stored for sending, and recipients skipped (no consent, suppressed, no address). */
  emails: number;
  emailsNoConsent: number;
  emailsSuppressed: number;
  emailsNoAddress: number;
};

const parseActions = (rule: RuleRow) => z.array(AutomationAction).parse(rule.actions);
const parseCondition = (rule: RuleRow) => AutomationCondition.parse(rule.condition ?? {});

/** The instant of today's `dailyAt` in the rule's time zone. */
export function dailyInstant(now: Date, dailyAt: string, timeZone: string): Date {
  const day = localDate(now, timeZone);
  const wall = Date.parse(`${day}T${dailyAt}:00Z`);
  return new Date(wall - zoneOffset(wall, timeZone));
}

function recipientsFor(row: MatchRow, roles: readonly string[], userIds: readonly string[]): string[] {
  const byRole: Record<string, string | null> = {
    ACCOUNT_MANAGER: row.account_manager_id,
    OWNER: row.owner_id,
    OWNER_MANAGER: row.owner_manager_id,
  };
  return [...new Set([...roles.map((r) => byRole[r] ?? null), ...userIds].filter((id): id is string => !!id))];
}

/** NOTIFY: each record's role holders and named users who may read it now (automation-readers.ts). */
async function notifyAction(
  db: Db,
  tx: Prisma.TransactionClient,
  rule: RuleRow,
  e: EntityAdapter,
  rows: MatchRow[],
  action: { roles: readonly string[]; userIds: readonly string[] },
): Promise<number> {
  const wanted = rows.map((r) => recipientsFor(r, action.roles, action.userIds));
  const recipients = await readingRecipients(db, tx, e, rows, wanted);
  return notifyMany(
    tx,
    rows.map((r, i) => ({
      recipientIds: recipients[i]!,
      kind: 'RULE_FIRED' as const,
      params: { rule: rule.name, record: r.label },
      link: e.link(r.id),
      dedupeKey: `rule:${rule.id}:${r.id}:${r.occurrence}`,
    })),
  );
}

async function act(
  db: Db,
  tx: Prisma.TransactionClient,
  rule: RuleRow,
  e: EntityAdapter,
  rows: MatchRow[],
): Promise<RunResult> {
  const result: RunResult = {
    matched: rows.length,
    recordIds: rows.slice(0, 100).map((r) => r.id),
    notifications: 0,
    tasks: 0,
    fieldsSet: 0,
    emails: 0,
    emailsNoConsent: 0,
    emailsSuppressed: 0,
    emailsNoAddress: 0,
  };
  await markAsRule(tx, rule.id);
  for (const action of parseActions(rule)) {
    if (action.type === 'NOTIFY') {
      result.notifications += await notifyAction(db, tx, rule, e, rows, action);
    } else if (action.type === 'CREATE_TASK') {
      const tasks = rows.flatMap((r) => {
        const owner = action.userId ?? recipientsFor(r, action.role ? [action.role] : [], [])[0];
        return owner
          ? [{ clientId: r.client_id, ownerId: owner, subject: `${action.subject} — ${r.label}`.slice(0, 250) }]
          : [];
      });
      result.tasks += await createTasks(tx, action, tasks);
    } else if (action.type === 'SEND_TEMPLATE') {
      const sent = await sendTemplateAction(tx, rule.id, action, rows);
      result.emails += sent.emails;
      result.emailsNoConsent += sent.noConsent;
      result.emailsSuppressed += sent.suppressed;
      result.emailsNoAddress += sent.noAddress;
    } else if (e.setField) {
      result.fieldsSet += await e.setField(
        tx,
        rows.map((r) => r.id),
        action.field,
        action.attributeKey ?? null,
        action.value,
      );
    }
  }
  return result;
}

/** The window a run covers now: time rules from their last run (or the catch-up start), others just "now". */
export function windowOf(rule: RuleRow, now: Date) {
  const from = rule.lastRunAt ?? new Date(now.getTime() - CATCH_UP_DAYS * 86_400_000);
  return { from, to: now };
}

/** The WHERE of a run: the rule's condition and its trigger part. */
export async function runWhere(
  db: Db,
  rule: RuleRow,
  e: EntityAdapter,
  window: { from: Date; to: Date },
  hi: bigint | null,
) {
  const part = triggerPart(rule, e, window, hi);
  const condition = await e.condition(db, parseCondition(rule), rule.timeZone);
  return { ...part, where: bothHold(condition, part.where) };
}

/** Runs one rule for its current window; logs the run when it acted or failed. */
export async function runRule(db: Db, rule: RuleRow, now: Date, hi: bigint | null): Promise<RunResult | null> {
  const repo = new AutomationRepository(db);
  if (rule.trigger === 'DAILY') {
    const at = dailyInstant(now, rule.dailyAt ?? '07:00', rule.timeZone);
    const from = rule.lastRunAt ?? now;
    if (!(at >= from && at < now)) return null;
  }
  if ((rule.trigger === 'CREATED' || rule.trigger === 'UPDATED') && hi === null) return null;
  const e = entityAdapter(rule.entity);
  const window = windowOf(rule, now);
  try {
    const { where, occurrence, moment } = await runWhere(db, rule, e, window, hi);
    const result = await db.$transaction(
      async (tx) => {
        const rows = await match(tx, e, where, occurrence, moment, BATCH);
        const fresh = await fire(tx, rule.id, rows);
        const todo = rows.filter((r) => fresh.has(`${r.id}|${r.occurrence}`));
        const done = await act(db, tx, rule, e, todo);
        // A full batch continues from its last moment next time (firings skip what was done); else the window closes.
        const last = rows.at(-1)?.moment;
        await setLastRun(tx, rule.id, rows.length === BATCH && last ? last : now);
        return done;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    if (result.matched) await repo.logRun({ ruleId: rule.id, ...summaryOf(result) });
    return result;
  } catch (error) {
    await repo.logRun({
      ruleId: rule.id,
      matched: 0,
      recordIds: [],
      summary: {},
      error: (error as Error).message.slice(0, 2000),
    });
    return null;
  }
}

const summaryOf = (r: RunResult) => ({
  matched: r.matched,
  recordIds: r.recordIds,
  summary: {
    notifications: r.notifications,
    tasks: r.tasks,
    fieldsSet: r.fieldsSet,
    ...(r.emails || r.emailsNoConsent || r.emailsSuppressed || r.emailsNoAddress
      ? {
          emails: r.emails,
          emailsNoConsent: r.emailsNoConsent,
          emailsSuppressed: r.emailsSuppressed,
          emailsNoAddress: r.emailsNoAddress,
        }
      : {}),
  },
});

/** "Assigned to me" for activities, opportunities and campaigns given to someone else, up to `hi` (deduplicated). */
async function notifyAssignments(db: Db, repo: AutomationRepository, hi: bigint) {
  const [activities, opportunities, campaigns] = await Promise.all([
    repo.assignments(hi),
    repo.opportunityAssignments(hi),
    repo.campaignAssignments(hi),
  ]);
  const assigned = (changeId: bigint, recipient: string, actor: string, subject: string, link: string) => ({
    recipientIds: [recipient],
    kind: 'ASSIGNED' as const,
    params: { actor, subject },
    link,
    dedupeKey: `assigned:${changeId}`,
  });
  await notifyMany(db, [
    ...activities.map((a) =>
      assigned(a.change_id, a.owner_id, a.actor, a.subject, entityAdapter('ACTIVITY').link(a.activity_id)),
    ),
    ...opportunities.map((o) =>
      assigned(o.change_id, o.owner_id, o.actor, o.name, entityAdapter('OPPORTUNITY').link(o.opportunity_id)),
    ),
    ...campaigns.map((c) =>
      assigned(c.change_id, c.agent_id, c.actor, c.name, `/my-campaigns/${globalId('Campaign', c.campaign_id)}`),
    ),
  ]);
}

/** One tick: every enabled rule, then "assigned to me" notifications, then the consumed changes are dropped. */
export async function automationTick(db: Db, now = new Date()): Promise<void> {
  const repo = new AutomationRepository(db);
  const hi = await repo.changesHighWater();
  for (const rule of await repo.enabled()) await runRule(db, rule, now, hi);
  if (hi === null) return;
  await notifyAssignments(db, repo, hi);
  await repo.dropChanges(hi);
}
