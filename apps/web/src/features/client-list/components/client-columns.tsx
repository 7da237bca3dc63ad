// TanStack Table column definitions for the visible columns, in the chosen order.
import { createColumnHelper } from '@tanstack/react-table';
import { labelIn } from '@veza/shared';
import type { DataColumn, TableFeatures } from '../../../components/data-table/table-features.ts';
import { countryName, type FilterAttribute } from '../../../components/filter-builder/index.ts';
import type { ClientRow } from '../hooks/use-client-list.ts';
import { attributeKey, isAttributeColumn, isSortable } from '../lib/columns.ts';
import { DictionaryCell, NameCell, TextCell, attributeText, type Formatters } from './client-cells.tsx';

const helper = createColumnHelper<TableFeatures, ClientRow>();

/** The column's header text in the UI language. */
export function columnLabel(id: string, attributes: readonly FilterAttribute[], f: Pick<Formatters, 't' | 'language'>) {
  if (!isAttributeColumn(id)) return f.t(`clients.fields.${id}`);
  const attribute = attributes.find((a) => a.key === attributeKey(id));
  return attribute ? labelIn(attribute.labels, f.language) || attribute.label : attributeKey(id);
}

function builtInCell(id: string, row: ClientRow, f: Formatters) {
  switch (id) {
    case 'NAME':
      return <NameCell id={row.id} name={row.name} />;
    case 'KIND':
      return <TextCell text={f.t(`clients.kind.${row.kind}`)} />;
    case 'ROLES':
      return <TextCell text={row.roles.map((r) => f.t(`clients.role.${r}`)).join(', ')} />;
    case 'CITY':
      return <TextCell text={row.city} />;
    case 'COUNTRY':
      return <TextCell text={row.country ? countryName(row.country, f.language) : null} />;
    case 'TAX_ID':
      return <TextCell text={row.taxId} />;
    case 'STATUS':
      return <DictionaryCell value={row.status} />;
    case 'SEGMENT':
      return <DictionaryCell value={row.segment} />;
    case 'INDUSTRY':
      return <DictionaryCell value={row.industry} />;
    case 'LEAD_SOURCE':
      return <DictionaryCell value={row.leadSource} />;
    case 'ACCOUNT_MANAGER':
      return <TextCell text={row.accountManager?.name} />;
    case 'PHONES':
      return <TextCell text={row.phones.join(', ')} />;
    case 'EMAILS':
      return <TextCell text={row.emails.join(', ')} />;
    case 'LAST_CONTACT_AT':
      return <TextCell text={f.date(row.lastContactAt)} />;
    case 'CREATED_AT':
      return <TextCell text={f.date(row.createdAt)} />;
    default:
      return null;
  }
}

function attributeValue(row: ClientRow, key: string): unknown {
  const values = row.attributes as Record<string, unknown> | null;
  return values?.[key];
}

export function buildColumns(
  ids: readonly string[],
  attributes: readonly FilterAttribute[],
  f: Formatters,
): DataColumn<ClientRow>[] {
  const multiChoice = new Set(attributes.filter((a) => a.type === 'MULTI_CHOICE').map((a) => a.key));
  return ids.map((id) => {
    const attribute = isAttributeColumn(id) ? attributes.find((a) => a.key === attributeKey(id)) : undefined;
    return helper.accessor((row) => (attribute ? attributeValue(row, attribute.key) : row.id), {
      id,
      header: columnLabel(id, attributes, f),
      enableSorting: isSortable(id, multiChoice),
      cell: ({ row }) =>
        attribute ? (
          <TextCell text={attributeText(attribute, attributeValue(row.original, attribute.key), f)} />
        ) : (
          builtInCell(id, row.original, f)
        ),
    }) as DataColumn<ClientRow>;
  });
}
