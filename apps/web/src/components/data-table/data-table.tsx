// The virtualised list table (clients, opportunities): a real <table> with spacer rows, server-side sort headers and
// load-on-scroll. Only the rows in view are in the DOM.
import { Skeleton, Table, Text } from '@mantine/core';
import { FlexRender, useTable, type OnChangeFn, type Row, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { SortHeader } from './sort-header.tsx';
import { MAX_SORT_KEYS, sortableTableFeatures, type DataColumn, type TableFeatures } from './table-features.ts';

export const ROW_HEIGHT = 41;

const LOAD_AHEAD_ROWS = 40;

export interface DataTableProps<TRow extends { id: string }> {
  /** The table's accessible name. */
  label: string;
  rows: TRow[];
  columns: DataColumn<TRow>[];
  columnWidth: (id: string) => number;
  /** Sort keys at most (1 for a list sorted by one key). */
  maxSortKeys?: number;
  /** The rows that match (for assistive technology); null while only an estimate is known. */
  totalCount: number | null;
  loading: boolean;
  emptyText: string;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => unknown;
}

function SkeletonRows({ count, cells }: { count: number; cells: number }) {
  return Array.from({ length: count }, (_, i) => (
    <Table.Tr key={i} aria-hidden style={{ height: ROW_HEIGHT }}>
      {Array.from({ length: cells }, (__, j) => (
        <Table.Td key={j}>
          <Skeleton h={12} radius="sm" width={`${60 + ((i * 7 + j * 13) % 35)}%`} />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
}

function Spacer({ height, cells }: { height: number; cells: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden style={{ height }}>
      <td colSpan={cells} style={{ padding: 0, border: 0 }} />
    </tr>
  );
}

function useDataTable<TRow extends { id: string }>(props: DataTableProps<TRow>) {
  return useTable({
    features: sortableTableFeatures,
    columns: props.columns,
    data: props.rows,
    getRowId: (row) => row.id,
    state: { sorting: props.sorting },
    onSortingChange: props.onSortingChange,
    manualSorting: true,
    enableMultiSort: (props.maxSortKeys ?? MAX_SORT_KEYS) > 1,
    maxMultiSortColCount: props.maxSortKeys ?? MAX_SORT_KEYS,
    isMultiSortEvent: (event) => (event as { shiftKey?: boolean }).shiftKey === true,
  });
}
type DataTableInstance<TRow extends { id: string }> = ReturnType<typeof useDataTable<TRow>>;

/** Only the rows in view (plus overscan) are rendered; nearing the end loads the next page. */
function useVirtualRows<TRow extends { id: string }>(
  count: number,
  scrollRef: RefObject<HTMLDivElement | null>,
  props: DataTableProps<TRow>,
) {
  const { hasMore, loadingMore, onLoadMore } = props;
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    // Rows above and below the view: every row in the DOM is in each frame's table layout while scrolling; the rows
    // coming into view render in the scroll event itself (the virtualizer flushes synchronously), not ahead.
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= count - LOAD_AHEAD_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, count, onLoadMore]);
  const top = items[0]?.start ?? 0;
  const bottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  return { items, top, bottom };
}

type RowProps<TRow extends { id: string }> = {
  row: Row<TableFeatures, TRow>;
  index: number;
  /** The column definitions: new ones (another language, other columns) render the row again. */
  columns: DataColumn<TRow>[];
};

// Body rows are plain elements with Mantine's Table classes and data attributes (what Table.Tr/Table.Td render with
// the table's defaults: row borders, hover): Table.Tr/Td are Mantine Boxes (props, theme and styles lookups), the
// largest item of a scroll frame's render in `pnpm bench:web --profile` once rows were memoised.
const TR_CLASS = `mantine-Table-tr ${Table.classes.tr}`;
const TD_CLASS = `mantine-Table-td ${Table.classes.td}`;
const ROW_STYLE = { height: ROW_HEIGHT } as const;
const CELL_STYLE = { overflow: 'hidden', whiteSpace: 'nowrap' } as const;

function BodyRowView<TRow extends { id: string }>({ row, index }: RowProps<TRow>) {
  return (
    <tr className={TR_CLASS} data-with-row-border data-hover aria-rowindex={index + 2} style={ROW_STYLE}>
      {row.getAllCells().map((cell) => (
        <td key={cell.id} className={TD_CLASS} style={CELL_STYLE}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
}

/**
 * Same record, position and column definitions: nothing in the row can have changed. (TanStack keeps one row object
 * and updates its cells in place, so the columns are compared as the prop, not through the row.)
 */
function sameRow<TRow extends { id: string }>(a: RowProps<TRow>, b: RowProps<TRow>) {
  return a.row.original === b.row.original && a.index === b.index && a.columns === b.columns;
}

/**
 * One row, memoised: a scroll frame renders only the rows that come into view, not every row in the window again
 * (the frames over 50 ms in `pnpm bench:web`).
 */
const BodyRow = memo(BodyRowView, sameRow) as typeof BodyRowView;

function Body<TRow extends { id: string }>({
  table,
  props,
  virtual,
}: {
  table: DataTableInstance<TRow>;
  props: DataTableProps<TRow>;
  virtual: ReturnType<typeof useVirtualRows<TRow>>;
}) {
  const rows = table.getRowModel().rows;
  const cells = props.columns.length;
  if (props.loading) return <SkeletonRows count={10} cells={cells} />;
  if (rows.length === 0)
    return (
      <Table.Tr>
        <Table.Td colSpan={cells}>
          <Text c="dimmed" py="xl" px="md">
            {props.emptyText}
          </Text>
        </Table.Td>
      </Table.Tr>
    );
  return (
    <>
      <Spacer height={virtual.top} cells={cells} />
      {virtual.items.map((item) => {
        const row = rows[item.index]!;
        return <BodyRow key={row.id} row={row} index={item.index} columns={props.columns} />;
      })}
      <Spacer height={virtual.bottom} cells={cells} />
    </>
  );
}

const HEAD_STYLE = { position: 'sticky', top: 0, zIndex: 2, background: 'var(--mantine-color-body)' } as const;

type HeadProps<TRow extends { id: string }> = {
  table: DataTableInstance<TRow>;
  /** What the header shows (the table instance stays the same object): a change renders it again. */
  columns: DataColumn<TRow>[];
  sorting: SortingState;
  columnWidth: (id: string) => number;
};

function HeadView<TRow extends { id: string }>({ table, sorting, columnWidth }: HeadProps<TRow>) {
  return (
    <Table.Thead style={HEAD_STYLE}>
      {table.getHeaderGroups().map((group) => (
        <Table.Tr key={group.id} aria-rowindex={1}>
          {group.headers.map((header) => (
            <SortHeader
              key={header.id}
              header={header}
              width={columnWidth(header.column.id)}
              sortCount={sorting.length}
            >
              <table.FlexRender header={header} />
            </SortHeader>
          ))}
        </Table.Tr>
      ))}
    </Table.Thead>
  );
}

/**
 * The header row, memoised: the table renders again on every scroll frame (the virtualizer's window moved) and at
 * every page's arrival, and the sort buttons (Mantine boxes) were rendered each time.
 */
const Head = memo(HeadView) as typeof HeadView;

export function DataTable<TRow extends { id: string }>(props: DataTableProps<TRow>) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const table = useDataTable(props);
  const virtual = useVirtualRows(table.getRowModel().rows.length, scrollRef, props);
  const { columnWidth } = props;
  const width = props.columns.reduce((sum, c) => sum + columnWidth(c.id ?? ''), 0);

  return (
    <div ref={scrollRef} style={{ height: 'max(360px, calc(100vh - 300px))', overflow: 'auto', position: 'relative' }}>
      <Table
        aria-label={props.label}
        aria-rowcount={props.totalCount == null ? -1 : props.totalCount + 1}
        aria-busy={props.loading || props.loadingMore}
        highlightOnHover
        style={{ tableLayout: 'fixed', width, minWidth: '100%' }}
      >
        <Head table={table} columns={props.columns} sorting={props.sorting} columnWidth={columnWidth} />
        <Table.Tbody>
          <Body table={table} props={props} virtual={virtual} />
        </Table.Tbody>
      </Table>
      {props.loadingMore && (
        <Text size="sm" c="dimmed" role="status" p="xs">
          {t('dataTable.loadingMore')}
        </Text>
      )}
    </div>
  );
}
