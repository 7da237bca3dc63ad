// Exports the current client view (filter, sort, visible columns in order) as CSV or XLSX, streamed in batches.
import type { Response } from 'express';
import { CLIENT_FIELD_NAMES, labelIn, type AttributeDef, type LabelSet } from '@veza/shared';
import { z } from 'zod';
import { requirePermission } from '../../auth/permissions.ts';
import { attributeCell, exportRequestBase, primed, writeTableExport, type Cell } from '../../export/table-export.ts';
import type { Context } from '../../graphql/context.ts';
import { parseInput } from '../../graphql/errors.ts';
import { loadAttributeDefs } from '../attributes/index.ts';
import { CLIENT_SORT_FIELDS } from './client-sort.sql.ts';
import { clientBatches } from './clients.service.ts';
import type { ClientRow } from './clients.repository.ts';

const COLUMN = z.union([
  z.enum(CLIENT_FIELD_NAMES as [string, ...string[]]),
  z.string().regex(/^attr:[a-z][a-z0-9_]{0,39}$/),
]);

export const ExportRequest = z.object({
  ...exportRequestBase,
  filter: z.unknown().optional(),
  orderBy: z
    .array(
      z.object({
        field: z.enum(CLIENT_SORT_FIELDS).nullish(),
        attribute: z.string().nullish(),
        direction: z.enum(['ASC', 'DESC']).nullish(),
      }),
    )
    .nullish(),
  columns: z.array(COLUMN, 'validation.savedView.column').min(1).max(60),
});

type Lookups = {
  attributes: Map<string, AttributeDef>;
  dictionary: Map<string, LabelSet>;
  users: Map<string, string>;
  locale: string;
};

function cellValue(row: ClientRow, column: string, l: Lookups): Cell {
  if (column.startsWith('attr:'))
    return attributeCell(row.attributes[column.slice(5)], l.attributes.get(column.slice(5)), l.locale);
  const dict = (id: string | null) => (id ? labelIn(l.dictionary.get(id), l.locale) : null);
  switch (column) {
    case 'STATUS':
      return dict(row.statusId);
    case 'SEGMENT':
      return dict(row.segmentId);
    case 'INDUSTRY':
      return dict(row.industryId);
    case 'LEAD_SOURCE':
      return dict(row.leadSourceId);
    case 'ACCOUNT_MANAGER':
      return row.accountManagerId ? (l.users.get(row.accountManagerId) ?? null) : null;
    case 'ROLES':
      return row.roles.join(', ');
    case 'PHONES':
      return row.phones.join(', ');
    case 'EMAILS':
      return row.emails.join(', ');
    default: {
      const key = column.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof ClientRow;
      return (row[key] as string | Date | null) ?? null;
    }
  }
}

async function lookups(ctx: Context): Promise<Lookups> {
  const [defs, dictionary, users] = await Promise.all([
    loadAttributeDefs(ctx.db, 'CLIENT'),
    ctx.db.dictionaryValue.findMany({ select: { id: true, labels: true } }),
    ctx.db.user.findMany({ select: { id: true, name: true } }),
  ]);
  return {
    attributes: new Map(defs.map((d) => [d.key, d])),
    dictionary: new Map(dictionary.map((d) => [d.id, d.labels as LabelSet])),
    users: new Map(users.map((u) => [u.id, u.name])),
    locale: ctx.viewer!.user.locale,
  };
}

/** Validates the request, then writes the whole export to `res`. Errors before the first byte are thrown. */
export async function exportClients(ctx: Context, body: unknown, res: Response): Promise<void> {
  requirePermission(ctx, 'clients.export');
  const request = parseInput(ExportRequest, body);
  const l = await lookups(ctx);
  const batches = clientBatches(ctx, { filter: request.filter, orderBy: request.orderBy });
  const rows = await primed(batches); // validates the filter before any header is sent
  await writeTableExport(res, {
    format: request.format,
    name: 'clients',
    sheet: 'Clients',
    headers: request.columns.map((c, i) => request.headers?.[i] ?? c),
    rows: (async function* () {
      for await (const batch of rows) yield batch.map((row) => request.columns.map((c) => cellValue(row, c, l)));
    })(),
  });
}
