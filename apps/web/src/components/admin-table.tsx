// The one table of the administration lists (users, profiles, API tokens, dictionaries, attributes): the error,
// the loader, the empty text, a table whose first column names the row (a row header, for screen readers) and
// per-row action buttons with accessible names. Pages describe their columns and actions; nothing else repeats.
import { Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './error-alert.tsx';
import { PageLoader } from './page-loader.tsx';

export interface AdminColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

export interface AdminAction<Row> {
  label: string | ((row: Row) => string);
  /** The button's accessible name, e.g. "Edit Ana Horvat". */
  name: (row: Row) => string;
  onClick: (row: Row) => void;
  color?: string | ((row: Row) => string);
  /** Disabled with this explanation as a tooltip. */
  disabledBecause?: (row: Row) => string | null;
  /** Not offered for this row (e.g. revoking a revoked token). */
  hidden?: (row: Row) => boolean;
}

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

const resolve = <Row,>(value: string | ((row: Row) => string) | undefined, row: Row) =>
  typeof value === 'function' ? value(row) : value;

function ActionButtons<Row>({ row, actions }: { row: Row; actions: readonly AdminAction<Row>[] }) {
  return (
    <Group gap={4} wrap="nowrap">
      {actions
        .filter((action) => !action.hidden?.(row))
        .map((action, index) => {
          const why = action.disabledBecause?.(row) ?? null;
          const label = resolve(action.label, row);
          return (
            <Tooltip key={index} label={why} disabled={!why}>
              <span>
                <Button
                  size="xs"
                  variant="subtle"
                  color={resolve(action.color, row)}
                  disabled={why !== null}
                  onClick={() => action.onClick(row)}
                  aria-label={action.name(row)}
                >
                  {label}
                </Button>
              </span>
            </Tooltip>
          );
        })}
    </Group>
  );
}

export function AdminTable<Row>(props: Props<Row>) {
  const { t } = useTranslation();
  const { rows, columns, actions = [] } = props;
  const [first, ...rest] = columns;
  const body = props.loading ? (
    <PageLoader />
  ) : rows.length === 0 ? (
    !props.error && (
      <Text c="dimmed" ta="center" py="xl">
        {props.empty}
      </Text>
    )
  ) : (
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
                  <ActionButtons row={row} actions={actions} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
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
