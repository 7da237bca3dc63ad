// The opportunity list: saved views, name search, status, the board's filters, column picker, sort, export and the
// virtualised table shared with the client list.
import { Button, Card, Collapse, SegmentedControl, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { OpportunityFilter } from '@veza/shared/graphql-types';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import { ExportButtons } from '../../../components/data-table/export-buttons.tsx';
import { ListToolbar } from '../../../components/data-table/list-toolbar.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { LinkFilterNotice, REPORT_LINK_TEXTS } from '../../../components/link-filter-notice.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import type { OpportunityListView, ViewsBarComponent } from '../../../lib/list-view.ts';
import { decodeOpportunityFilter } from '../../../lib/record-list-links.ts';
import { useCan } from '../../../lib/session.tsx';
import { useLinkFilter } from '../../../lib/use-link-filter.ts';
import { usePhone } from '../../../lib/use-phone.ts';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { OpportunityListQuery } from '../api/opportunity-list-query.ts';
import { useOpportunityListState, type ListStatus } from '../hooks/use-opportunity-list-state.ts';
import { useOpportunityOptions } from '../hooks/use-opportunity-options.ts';
import { allColumns, columnWidth, knownColumns, phoneColumnWidth, phoneColumns } from '../lib/list-columns.ts';
import { buildColumns, columnLabel } from './opportunity-list-columns.tsx';
import { OpportunityFilters } from './opportunity-filters.tsx';

const PAGE_SIZE = 100;

function useListPage(linkFilter: OpportunityFilter | null) {
  const { t, i18n } = useTranslation();
  const state = useOpportunityListState(linkFilter);
  const options = useOpportunityOptions();
  const [search] = useDebouncedValue(state.search, 300);
  const filter = state.apiFilter(search);
  const list = useKeysetConnection(OpportunityListQuery, {
    variables: { filter, orderBy: state.orderBy.length ? state.orderBy : null, first: PAGE_SIZE },
    select: (data) => data.opportunities,
  });
  const f = useMemo(() => ({ t, language: i18n.language }), [t, i18n.language]);
  const available = allColumns(options.attributes.map((a) => a.key));
  const columns = options.loading ? state.columns : knownColumns(state.columns, available);
  const labelOf = (id: string) => columnLabel(id, options.attributes, f);
  const phone = usePhone();
  const shown = useMemo(() => (phone ? phoneColumns(columns) : columns), [phone, columns]);
  const columnDefs = useMemo(() => buildColumns(shown, options.attributes, f), [shown, options.attributes, f]);
  const exportRequest = () => ({
    filter,
    orderBy: state.orderBy,
    columns,
    locale: i18n.language,
    headers: columns.map(labelOf),
  });
  const count = t('opportunities.list.count', {
    count: list.totalCount,
    formatted: new Intl.NumberFormat(i18n.language).format(list.totalCount),
  });
  return { state, options, search, filter, list, available, columns, labelOf, columnDefs, exportRequest, count, phone };
}

/** A filter from a link (lib/record-list-links.ts, e.g. a report cell) starts the list (remount); no saved views until cleared. */
export default function OpportunitiesListPage({ viewsBar }: { viewsBar?: ViewsBarComponent<OpportunityListView> }) {
  const link = useLinkFilter(decodeOpportunityFilter);
  return (
    <OpportunitiesList
      key={link.filter ? link.param : ''}
      linkFilter={link.filter as OpportunityFilter | null}
      notice={
        <LinkFilterNotice
          applied={!!link.filter}
          invalid={link.invalid}
          onClear={link.clear}
          texts={REPORT_LINK_TEXTS}
        />
      }
      viewsBar={link.filter ? undefined : viewsBar}
    />
  );
}

function OpportunitiesList({
  viewsBar: ViewsBar,
  linkFilter,
  notice,
}: {
  viewsBar?: ViewsBarComponent<OpportunityListView>;
  linkFilter: OpportunityFilter | null;
  notice: ReactNode;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const [filterOpen, setFilterOpen] = useState(!!linkFilter);
  const page = useListPage(linkFilter);
  const { state, list } = page;
  const conditions = Object.keys(state.filter).filter((k) => state.filter[k as keyof typeof state.filter] != null);
  return (
    <>
      <PageHeader
        title={t('opportunities.list.title')}
        actions={
          <>
            {can('clients.export') && <ExportButtons url="/export/opportunities" request={page.exportRequest} />}
            <Button component={Link} to="/opportunities" variant="default">
              {t('opportunities.board.title')}
            </Button>
          </>
        }
      />
      <Card padding="md">
        <Stack gap="sm">
          {notice}
          <ListToolbar
            views={ViewsBar && <ViewsBar current={state.view(page.search)} onApply={state.applyView} />}
            filterPanelId="opportunity-filter-panel"
            search={state.search}
            searchLabel={t('opportunities.list.search')}
            searchPlaceholder={t('opportunities.list.searchPlaceholder')}
            onSearchChange={state.setSearch}
            filterOpen={filterOpen}
            onToggleFilter={() => setFilterOpen((o) => !o)}
            conditionCount={conditions.length}
            columns={{
              available: page.available,
              value: page.columns,
              labelOf: page.labelOf,
              onChange: state.setColumns,
            }}
            extra={
              <SegmentedControl
                aria-label={t('opportunities.fields.status')}
                // Four statuses fit a phone's width only in the small size.
                size="xs"
                fullWidth
                w={{ base: '100%', xs: 'auto' }}
                mb={4}
                value={state.status}
                onChange={(v) => state.setStatus(v as ListStatus)}
                data={(['ALL', 'OPEN', 'WON', 'LOST'] as const).map((s) => ({
                  value: s,
                  label: t(`opportunities.status.${s}`),
                }))}
              />
            }
            count={list.loading ? null : page.count}
          />
          <Collapse expanded={filterOpen} id="opportunity-filter-panel">
            <OpportunityFilters filter={state.filter} onChange={state.setFilter} attributes={page.options.attributes} />
          </Collapse>
          <ErrorAlert error={list.error} />
          <DataTable
            label={t('opportunities.list.title')}
            columnWidth={page.phone ? phoneColumnWidth : columnWidth}
            maxSortKeys={1}
            rows={list.rows}
            columns={page.columnDefs}
            totalCount={list.totalCount}
            loading={list.loading}
            emptyText={t('opportunities.list.empty')}
            sorting={state.sorting}
            onSortingChange={state.setSorting}
            hasMore={list.hasMore}
            loadingMore={list.loadingMore}
            onLoadMore={list.loadMore}
          />
        </Stack>
      </Card>
    </>
  );
}
