// TanStack Table column definitions of the opportunity list, in the chosen order.
import { Anchor, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { labelIn } from '@veza/shared';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import { formatAttributeValue } from '../../../components/attribute-field/attribute-value.tsx';
import type { DataColumn, TableFeatures } from '../../../components/data-table/table-features.ts';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import type { OpportunityListQuery } from '../api/opportunity-list-query.ts';
import { attributeKey, isAttributeColumn, isSortable } from '../lib/list-columns.ts';
import { formatDate, formatMoney } from '../lib/money.ts';
import { OpportunityStatusBadge } from './status-badge.tsx';

export type OpportunityListRow = ResultOf<typeof OpportunityListQuery>['opportunities']['edges'][number]['node'];
type F = { t: TFunction; language: string };

const helper = createColumnHelper<TableFeatures, OpportunityListRow>();

const FIELD_KEYS: Record<string, string> = {
  NAME: 'name',
  CLIENT: 'client',
  STAGE: 'stage',
  STATUS: 'status',
  AMOUNT: 'amount',
  CURRENCY: 'currency',
  BASE_AMOUNT: 'baseAmount',
  PROBABILITY: 'probability',
  EXPECTED_CLOSE: 'expectedCloseOn',
  OWNER: 'owner',
  LEAD_SOURCE: 'leadSource',
  CLOSED_AT: 'closedAt',
  CREATED_AT: 'createdAt',
};

export function columnLabel(id: string, attributes: readonly AttributeFieldDefinition[], f: F): string {
  if (!isAttributeColumn(id)) return f.t(`opportunities.fields.${FIELD_KEYS[id] ?? 'name'}`);
  const def = attributes.find((a) => a.key === attributeKey(id));
  return def ? labelIn(def.labels, f.language) || def.key : attributeKey(id);
}

const text = (value: string | null | undefined) => (
  <Text size="sm" truncate="end">
    {value || '—'}
  </Text>
);

function builtInCell(id: string, row: OpportunityListRow, f: F) {
  const day = (iso: string | null | undefined) => formatDate(iso?.slice(0, 10), f.language);
  switch (id) {
    case 'NAME':
      return (
        <Anchor component={Link} to={`/opportunities/${row.id}`} size="sm">
          {row.name}
        </Anchor>
      );
    case 'CLIENT':
      return text(row.clientName);
    case 'STAGE':
      return text(labelIn(row.stage.labels, f.language));
    case 'STATUS':
      return <OpportunityStatusBadge status={row.status} />;
    case 'AMOUNT':
      return text(formatMoney(row.amount, row.currency, f.language));
    case 'CURRENCY':
      return text(row.currency);
    case 'BASE_AMOUNT':
      return text(formatMoney(row.baseAmount, row.baseCurrency, f.language));
    case 'PROBABILITY':
      return text(`${row.probability} %`);
    case 'EXPECTED_CLOSE':
      return (
        <Text size="sm" c={row.overdue ? 'red' : undefined}>
          {formatDate(row.expectedCloseOn, f.language)}
        </Text>
      );
    case 'OWNER':
      return text(row.owner.name);
    case 'LEAD_SOURCE':
      return text(row.leadSource ? labelIn(row.leadSource.labels, f.language) : null);
    case 'CLOSED_AT':
      return text(row.closedAt ? day(String(row.closedAt)) : null);
    case 'CREATED_AT':
      return text(day(String(row.createdAt)));
    default:
      return null;
  }
}

export function buildColumns(
  ids: readonly string[],
  attributes: readonly AttributeFieldDefinition[],
  f: F,
): DataColumn<OpportunityListRow>[] {
  const yesNo = { yes: f.t('opportunities.filter.yes'), no: f.t('opportunities.filter.no') };
  return ids.map((id) => {
    const def = isAttributeColumn(id) ? attributes.find((a) => a.key === attributeKey(id)) : undefined;
    return helper.accessor((row) => row.id, {
      id,
      header: columnLabel(id, attributes, f),
      enableSorting: isSortable(id),
      cell: ({ row }) =>
        def
          ? text(
              formatAttributeValue(
                def,
                (row.original.attributes as Record<string, unknown>)?.[def.key],
                f.language,
                yesNo,
              ),
            )
          : builtInCell(id, row.original, f),
    }) as DataColumn<OpportunityListRow>;
  });
}
