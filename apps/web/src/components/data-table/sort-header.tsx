// A column header: a button that sorts by the column (shift adds it as a further key) and announces the order.
import { Table, UnstyledButton } from '@mantine/core';
import type { Header, RowData } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TableFeatures } from './table-features.ts';

interface Props<TRow extends RowData> {
  header: Header<TableFeatures, TRow, unknown>;
  width: number;
  /** How many columns the list is sorted by (the order number is shown only for more than one). */
  sortCount: number;
  children: ReactNode;
}

export function SortHeader<TRow extends RowData>({ header, width, sortCount, children }: Props<TRow>) {
  const { t } = useTranslation();
  const column = header.column;
  const sorted = column.getIsSorted();
  const index = column.getSortIndex();
  const multi = sorted && sortCount > 1;
  const style = { width, whiteSpace: 'nowrap' as const, overflow: 'hidden' };
  if (!column.getCanSort())
    return (
      <Table.Th scope="col" style={style}>
        {children}
      </Table.Th>
    );
  const toggle = column.getToggleSortingHandler();
  return (
    <Table.Th
      scope="col"
      style={style}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
    >
      <UnstyledButton
        onClick={toggle}
        title={t('dataTable.sortHint')}
        fz="sm"
        fw={700}
        style={{ display: 'flex', gap: 4, alignItems: 'center', maxWidth: '100%' }}
      >
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{children}</span>
        <span aria-hidden style={{ color: sorted ? 'var(--mantine-color-blue-6)' : 'var(--mantine-color-gray-4)' }}>
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          {multi ? <sup>{index + 1}</sup> : null}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
