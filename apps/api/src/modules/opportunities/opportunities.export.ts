// Exports the opportunity list's current view (filter, sort, visible columns in order) as CSV or XLSX, streamed in
// batches of 1 000 through the list's keyset query. Needs opportunities.read and the data export right clients.export.
import type { Response } from 'express';
import Decimal from 'decimal.js';
import { OPPORTUNITY_SORT_FIELDS, isOpportunityColumnId, labelIn, type AttributeDef } from '@veza/shared';
import { z } from 'zod';
import { requirePermission } from '../../auth/permissions.ts';
import { attributeCell, exportRequestBase, primed, writeTableExport, type Cell } from '../../export/table-export.ts';
import type { Context } from '../../graphql/context.ts';
import { parseInput } from '../../graphql/errors.ts';
import { loadAttributeDefs } from '../attributes/index.ts';
import { statusOf } from './opportunities.mapper.ts';
import { OpportunitiesRepository, type OpportunityRow } from './opportunities.repository.ts';
import { filterSql } from './opportunities.service.ts';
import { sortSpec } from './opportunity-filter.sql.ts';

export const OpportunityExportRequest = z.object({
  ...exportRequestBase,
  filter: z.unknown().optional(),
  orderBy: z
    .array(z.object({ field: z.enum(OPPORTUNITY_SORT_FIELDS), direction: z.enum(['ASC', 'DESC']).nullish() }))
    .max(1)
    .nullish(),
  columns: z
    .array(z.string().refine(isOpportunityColumnId, 'validation.savedView.column'), 'validation.savedView.column')
    .min(1)
    .max(60),
});

const BATCH = 1000;

/** The rows in list order, one keyset page at a time. */
async function* opportunityBatches(
  ctx: Context,
  filter: unknown,
  orderBy: z.output<typeof OpportunityExportRequest>['orderBy'],
) {
  const where = await filterSql(ctx, filter);
  const spec = sortSpec(orderBy?.[0]);
  const repo = new OpportunitiesRepository(ctx.db);
  let after: string[] | null = null;
  for (;;) {
    const rows = await repo.list(where, spec, after, BATCH);
    if (rows.length) yield rows;
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.sortKey!;
  }
}

type Names = { clients: Map<string, string>; users: Map<string, string>; values: Map<string, string> };

/** Client, user and dictionary names for one batch (loaders batch them; their caches are cleared per batch). */
async function namesFor(ctx: Context, rows: OpportunityRow[], locale: string): Promise<Names> {
  const ids = (pick: (r: OpportunityRow) => string | null) => [...new Set(rows.map(pick).filter((x) => x != null))];
  const [clients, users, values] = await Promise.all([
    ctx.loaders.clientById.loadMany(ids((r) => r.clientId)),
    ctx.loaders.userById.loadMany(ids((r) => r.ownerId)),
    ctx.loaders.dictionaryValueById.loadMany(ids((r) => r.stageId).concat(ids((r) => r.leadSourceId))),
  ]);
  ctx.loaders.clientById.clearAll();
  const named = <T>(list: (T | Error | null)[], pick: (x: T) => [string, string]) =>
    new Map(list.filter((x): x is T => x != null && !(x instanceof Error)).map(pick));
  return {
    clients: named(clients, (c) => [c.id, c.name]),
    users: named(users, (u) => [u.id, u.name]),
    values: named(values, (v) => [v.row.id, labelIn(v.node.labels, locale)]),
  };
}

type Lookups = {
  names: Names;
  attributes: Map<string, AttributeDef>;
  rates: Map<string, string | null>;
  locale: string;
};

function baseAmount(row: OpportunityRow, rates: Lookups['rates']): string | null {
  if (row.closedAt) return row.baseAmount;
  const rate = rates.get(row.currency);
  return rate ? new Decimal(row.amount).div(rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) : null;
}

/** Status words as the web shows them, so the sheet reads in the requesting user's language. */
const STATUS_LABELS = {
  OPEN: { en: 'Open', pl: 'Otwarta', hr: 'Otvorena', cs: 'Otevřená' },
  WON: { en: 'Won', pl: 'Wygrana', hr: 'Dobivena', cs: 'Vyhraná' },
  LOST: { en: 'Lost', pl: 'Przegrana', hr: 'Izgubljena', cs: 'Prohraná' },
} as const;

const num = (value: string | null) => (value == null ? null : Number(value));

function cellValue(row: OpportunityRow, column: string, l: Lookups): Cell {
  if (column.startsWith('attr:'))
    return attributeCell(row.attributes[column.slice(5)], l.attributes.get(column.slice(5)), l.locale);
  const map: Record<string, () => Cell> = {
    NAME: () => row.name,
    CLIENT: () => l.names.clients.get(row.clientId) ?? null,
    STAGE: () => l.names.values.get(row.stageId) ?? null,
    STATUS: () => labelIn(STATUS_LABELS[statusOf(row)], l.locale),
    // Numbers in the sheet (so they sum); the exact decimal is two places, well within a double's precision.
    AMOUNT: () => Number(row.amount),
    CURRENCY: () => row.currency,
    BASE_AMOUNT: () => num(baseAmount(row, l.rates)),
    PROBABILITY: () => row.probability,
    EXPECTED_CLOSE: () => row.expectedCloseOn,
    OWNER: () => l.names.users.get(row.ownerId) ?? null,
    LEAD_SOURCE: () => (row.leadSourceId ? (l.names.values.get(row.leadSourceId) ?? null) : null),
    CLOSED_AT: () => row.closedAt,
    CREATED_AT: () => row.createdAt,
  };
  return map[column]?.() ?? null;
}

/** Validates the request, then writes the whole export to `res`. Errors before the first byte are thrown. */
export async function exportOpportunities(ctx: Context, body: unknown, res: Response): Promise<void> {
  requirePermission(ctx, 'opportunities.read');
  requirePermission(ctx, 'clients.export');
  const request = parseInput(OpportunityExportRequest, body);
  const locale = ctx.viewer!.user.locale;
  const defs = await loadAttributeDefs(ctx.db, 'OPPORTUNITY');
  const batches = await primed(opportunityBatches(ctx, request.filter, request.orderBy));
  const attributes = new Map(defs.map((d) => [d.key, d]));
  await writeTableExport(res, {
    format: request.format,
    name: 'opportunities',
    sheet: 'Opportunities',
    headers: request.columns.map((c, i) => request.headers?.[i] ?? c),
    rows: (async function* () {
      for await (const batch of batches) {
        const currencies = [...new Set(batch.map((r) => r.currency))];
        const rateList = await ctx.loaders.todayRate.loadMany(currencies);
        const rates = new Map(currencies.map((c, i) => [c, typeof rateList[i] === 'string' ? rateList[i] : null]));
        const l: Lookups = { names: await namesFor(ctx, batch, locale), attributes, rates, locale };
        yield batch.map((row) => request.columns.map((c) => cellValue(row, c, l)));
      }
    })(),
  });
}
