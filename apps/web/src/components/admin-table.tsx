// The one table of the administration lists (users, profiles, API tokens, dictionaries, attributes…): the error,
// the loader, the empty text, a table whose first column names the row (a row header, for screen readers) and
// per-row action buttons with accessible names. On a phone the same description renders as cards (admin-cards.tsx):
// no sideways scrolling, every action a thumb-sized button. Pages describe their columns and actions; nothing else
// repeats.
import { Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../lib/use-phone.ts';
import { AdminCards } from './admin-cards.tsx';
import { AdminRowActions } from './admin-row-actions.tsx';
import type { AdminAction, AdminColumn } from './admin-table-types.ts';
import { ErrorAlert } from './error-alert.tsx';
import { PageLoader } from './page-loader.tsx';

export type { AdminAction, AdminColumn } from './admin-table-types.ts';

interface Props<Row> {
  /** The table's accessible name. */
  label: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The first column is the row header: it names the row. */
  columns: readonly [AdminColumn<Row>, ...AdminColumn<Row>[]];
  actions?: readonly AdminAction<Row>[];
  loading?: boolean;
  error?: unknown;
  /** Shown instead of the table when there are no rows. */
  empty: string;
  minWidth?: number;
  /** Above the table: filters, a search, a kind selector. */
  toolbar?: ReactNode;
  /** Below the table: counts, "load more". */
  footer?: ReactNode;
}

function AdminGrid<Row>(props: Props<Row>) {
  const { t } = useTranslation();
  const { rows, columns, actions = [] } = props;
  const [first, ...rest] = columns;
  return (
    <Table.ScrollContainer minWidth={props.minWidth ?? 640}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={props.label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              <Table.Th key={i} scope="col">
                {c.header}
              </Table.Th>
            ))}
            {actions.length > 0 && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={props.rowKey(row)}>
              <Table.Th scope="row" fw={500}>
                {first.cell(row)}
              </Table.Th>
              {rest.map((c, i) => (
                <Table.Td key={i}>{c.cell(row)}</Table.Td>
              ))}
              {actions.length > 0 && (
                <Table.Td>
                  <AdminRowActions row={row} actions={actions} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function AdminTable<Row>(props: Props<Row>) {
  const phone = usePhone();
  const { rows } = props;
  const body = props.loading ? (
    <PageLoader />
  ) : rows.length === 0 ? (
    !props.error && (
      <Text c="dimmed" ta="center" py="xl">
        {props.empty}
      </Text>
    )
  ) : phone ? (
    <AdminCards {...props} actions={props.actions ?? []} />
  ) : (
    <AdminGrid {...props} />
  );
  return (
    <Stack>
      {props.toolbar}
      <ErrorAlert error={props.error} />
      {body}
      {props.footer}
    </Stack>
  );
}
