// Automation rules for administrators: list, create, update (enable/disable), preview, run log.
import { AutomationRuleInput, RECORD_KINDS, type AutomationRuleInput as RuleInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import { type Prisma } from '../../db/prisma.ts';
import { decodeCursor, pageSize, toConnection } from '../../graphql/connection.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, conflict, notFound, parseInput } from '../../graphql/errors.ts';
import { globalId, parseId, tryParseId } from '../../graphql/ids.ts';
import { entityAdapter } from './automation-entities.repository.ts';
import { CATCH_UP_DAYS, runWhere, windowOf } from './automation-runner.ts';
import { delocalizeTemplate, localizeTemplate } from './automation-template-texts.ts';
import { AutomationRepository, match, type RuleData, type RuleRow } from './automation.repository.ts';
import { loadMailTemplate } from '../mail/index.ts';
import { requireWholeScope } from '../visibility/index.ts';

export const toRuleNode = (row: RuleRow, locale = 'en') => ({
  ...localizeTemplate(row, locale),
  id: globalId('AutomationRule', row.id),
});

function toData(input: RuleInput, viewerTz: string): Omit<RuleData, 'createdById' | 'lastRunAt'> {
  return {
    name: input.name,
    description: input.description ?? null,
    entity: input.entity,
    trigger: input.trigger,
    triggerField: input.triggerField ?? null,
    offsetDays: input.trigger === 'TIME_RELATIVE' ? (input.offsetDays ?? 0) : null,
    dailyAt: input.trigger === 'DAILY' ? (input.dailyAt ?? null) : null,
    timeZone: input.timeZone ?? viewerTz,
    condition: input.condition as Prisma.InputJsonValue,
    actions: input.actions as Prisma.InputJsonValue,
    enabled: input.enabled,
  };
}

/** Where a newly enabled rule's first window starts: a time rule looks back CATCH_UP_DAYS, others start now. */
function firstRun(trigger: string, now = new Date()): Date {
  return trigger === 'TIME_RELATIVE' ? new Date(now.getTime() - CATCH_UP_DAYS * 86_400_000) : now;
}

function parseRule(args: { input: unknown }): RuleInput {
  // JSON arguments may carry Dates (none expected) — normalise to plain JSON first, like the client filter.
  return parseInput(AutomationRuleInput, JSON.parse(JSON.stringify(args.input)), 'input');
}

/** Each SEND_TEMPLATE action must name a live e-mail template. */
async function checkTemplates(ctx: Context, input: RuleInput): Promise<void> {
  for (const [i, action] of input.actions.entries()) {
    if (action.type === 'SEND_TEMPLATE' && !(await loadMailTemplate(ctx.db, action.templateId)))
      throw badInput(`input.actions.${i}.templateId`, 'validation.id');
  }
}

export async function listRules(ctx: Context) {
  const viewer = requirePermission(ctx, 'automation.manage');
  requireWholeScope(ctx.viewer!, RECORD_KINDS, 'read', 'automation.manage');
  return (await new AutomationRepository(ctx.db).list()).map((row) => toRuleNode(row, viewer.user.locale));
}

export async function getRule(ctx: Context, id: string) {
  const viewer = requirePermission(ctx, 'automation.manage');
  requireWholeScope(ctx.viewer!, RECORD_KINDS, 'read', 'automation.manage');
  const raw = tryParseId(id, 'AutomationRule');
  const row = raw ? await new AutomationRepository(ctx.db).find(raw) : null;
  return row ? toRuleNode(row, viewer.user.locale) : null;
}

export async function createRule(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'automation.manage');
  requireWholeScope(ctx.viewer!, RECORD_KINDS, 'read', 'automation.manage');
  const input = parseRule(args);
  await checkTemplates(ctx, input);
  const data = toData(input, viewer.user.timeZone);
  const row = await new AutomationRepository(ctx.db).create({
    ...data,
    createdById: viewer.user.id,
    lastRunAt: input.enabled ? firstRun(input.trigger) : null,
  });
  return toRuleNode(row);
}

export async function updateRule(ctx: Context, args: { id: string; version: number; input: unknown }) {
  const viewer = requirePermission(ctx, 'automation.manage');
  requireWholeScope(ctx.viewer!, RECORD_KINDS, 'read', 'automation.manage');
  const id = parseId(args.id, 'AutomationRule');
  const input = parseRule(args);
  await checkTemplates(ctx, input);
  const repo = new AutomationRepository(ctx.db);
  const current = await repo.find(id);
  if (!current) throw notFound('AutomationRule');
  const shown = delocalizeTemplate(current.templateKey, viewer.user.locale, input);
  const data = toData(shown, current.timeZone ?? viewer.user.timeZone);
  // Switching on (or changing what a time rule counts from) starts a fresh window; disabling keeps the mark.
  const restart = input.enabled && (!current.enabled || current.trigger !== input.trigger);
  const row = await repo.update(id, args.version, {
    ...data,
    ...(restart ? { lastRunAt: firstRun(input.trigger) } : {}),
  });
  if (!row) throw conflict();
  return toRuleNode(row, viewer.user.locale);
}

export async function previewRule(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'automation.manage');
  requireWholeScope(ctx.viewer!, RECORD_KINDS, 'read', 'automation.manage');
  const input = parseRule(args);
  const now = new Date();
  const rule = {
    ...toData(input, viewer.user.timeZone),
    id: '00000000-0000-7000-8000-000000000000',
    templateKey: null,
    lastRunAt: firstRun(input.trigger, now),
    createdAt: now,
    updatedAt: now,
    version: 1,
  } as RuleRow;
  const e = entityAdapter(rule.entity);
  // Event rules: the records their condition holds for now (what a change would check); others: the first run.
  const asDaily =
    rule.trigger === 'CREATED' || rule.trigger === 'UPDATED' ? { ...rule, trigger: 'DAILY' as const } : rule;
  const { where, occurrence, moment } = await runWhere(ctx.db, asDaily, e, windowOf(asDaily, now), null);
  const repo = new AutomationRepository(ctx.db);
  const [[count], sample] = await Promise.all([repo.count(e, where), match(ctx.db, e, where, occurrence, moment, 10)]);
  return {
    count: count?.n ?? 0,
    sample: sample.map((r) => ({ id: r.id, label: r.label, link: e.link(r.id) })),
  };
}

export async function listRuns(ctx: Context, args: { ruleId: string; first?: number | null; after?: string | null }) {
  requirePermission(ctx, 'automation.manage');
  requireWholeScope(ctx.viewer!, RECORD_KINDS, 'read', 'automation.manage');
  const ruleId = parseId(args.ruleId, 'AutomationRule', 'ruleId');
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, 2) as [string, string] | null;
  if (after && Number.isNaN(Date.parse(after[0]))) throw badInput('after', 'validation.cursor');
  const repo = new AutomationRepository(ctx.db);
  const rows = await repo.runs(ruleId, first + 1, after);
  return toConnection(
    rows,
    first,
    after !== null,
    (r) => [r.startedAt.toISOString(), r.id],
    (r) => ({ ...r, id: globalId('AutomationRun', r.id), recordIds: r.recordIds }),
    () => repo.countRuns(ruleId),
  );
}
