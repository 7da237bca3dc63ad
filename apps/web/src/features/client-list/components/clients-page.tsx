// Clients list page: saved views, quick search, filter builder, column picker, export and the virtualised table.
import { Button, Card, Collapse, Group, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ClientFilter } from '@veza/shared';
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButtons } from '../../../components/data-table/export-buttons.tsx';
import { ListToolbar } from '../../../components/data-table/list-toolbar.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { filterPathErrors } from '../../../components/filter-builder/filter-api-errors.ts';
import { countFilterConditions } from '../../../components/filter-builder/filter-tree-edit.ts';
import { useFilterOptions } from '../../../components/filter-builder/use-filter-options.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { numberFormat } from '../../../lib/format.ts';
import { useCan, useSession } from '../../../lib/session.tsx';
import { usePhone } from '../../../lib/use-phone.ts';
import { useClientListSize } from '../hooks/use-client-list.ts';
import { useExactCount } from '../hooks/use-exact-count.ts';
import { useLinkFilter } from '../hooks/use-link-filter.ts';
import { useListState } from '../hooks/use-list-state.ts';
import { BUILT_IN_COLUMNS, allColumns, defaultColumns, isAttributeColumn, knownColumns } from '../lib/columns.ts';
import { combineFilter, type ViewsBarComponent } from '../lib/list-view.ts';
import { makeFormatters } from './client-cells.tsx';
import { buildColumns, columnLabel } from './client-columns.tsx';
import { ClientRows, type ClientListError } from './client-rows.tsx';
import { LinkFilterNotice } from '../../../components/link-filter-notice.tsx';

// The filter editor (selects, date inputs, the condition tree) is not part of the list's first render: it loads when
// the panel first opens, or a moment after the list shows (so opening it does not wait).
const loadFilterBuilder = () => import('../../../components/filter-builder/filter-builder.tsx');
const FilterBuilder = lazy(() => loadFilterBuilder().then((m) => ({ default: m.FilterBuilder })));
const PRELOAD_AFTER_MS = 1500;

/** Everything the page shows, derived from the list state, the attribute definitions and the loaded rows. */
function useClientsPage(linkFilter: ClientFilter | null) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const { options, loading: optionsLoading, error: optionsError } = useFilterOptions();
  const attributes = options.clientAttributes;
  const state = useListState(() => defaultColumns(attributes.map((a) => a.key)), linkFilter);
  const available = useMemo(
    () =>
      optionsLoading
        ? [...BUILT_IN_COLUMNS, ...state.columns.filter(isAttributeColumn)]
        : allColumns(attributes.map((a) => a.key)),
    [optionsLoading, attributes, state.columns],
  );
  const columns = useMemo(() => knownColumns(state.columns, available), [state.columns, available]);
  const [search] = useDebouncedValue(state.search, 300);
  const combined = useMemo(() => combineFilter(search, state.filter), [search, state.filter]);
  const size = useClientListSize(combined.filter, state.orderBy);
  const [listError, setListError] = useState<ClientListError>(undefined);
  const list = { ...size, error: listError };
  const formatters = useMemo(() => makeFormatters(t, i18n.language, user.timeZone), [t, i18n.language, user.timeZone]);
  const columnDefs = useMemo(() => buildColumns(columns, attributes, formatters), [columns, attributes, formatters]);
  const serverErrors = useMemo(() => filterPathErrors(list.error, combined.prefix), [list.error, combined.prefix]);
  const labelOf = (id: string) => columnLabel(id, attributes, formatters);
  const exportRequest = () => ({
    filter: combined.filter,
    orderBy: state.orderBy,
    columns,
    locale: i18n.language,
    headers: columns.map(labelOf),
  });
  const exact = useExactCount(combined.filter);
  const total = exact.value ?? list.totalCount;
  const known = list.countExact || exact.value != null;
  const count = t(known ? 'clients.count' : 'clients.countAbout', {
    count: total,
    formatted: numberFormat(i18n.language).format(total),
  });
  return {
    setListError,
    options,
    optionsError,
    state,
    available,
    columns,
    search,
    combined,
    list,
    columnDefs,
    serverErrors,
    labelOf,
    exportRequest,
    count,
    exact: known ? null : exact,
    exactTotal: known ? total : null,
  };
}

/** A filter from a link (lib/client-filter-link.ts) replaces the list state (remount) and the saved views until cleared. */
export default function ClientsPage({ viewsBar }: { viewsBar?: ViewsBarComponent }) {
  const link = useLinkFilter();
  return (
    <ClientsList
      key={link.filter ? link.param : ''}
      linkFilter={link.filter}
      notice={<LinkFilterNotice applied={!!link.filter} invalid={link.invalid} onClear={link.clear} />}
      viewsBar={link.filter ? undefined : viewsBar}
    />
  );
}

function ClientsList({
  viewsBar: ViewsBar,
  linkFilter,
  notice,
}: {
  viewsBar?: ViewsBarComponent;
  linkFilter: ClientFilter | null;
  notice: ReactNode;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const [filterOpen, setFilterOpen] = useState(!!linkFilter);
  const [filterUsed, setFilterUsed] = useState(!!linkFilter);
  useEffect(() => {
    const timer = setTimeout(() => void loadFilterBuilder().catch(() => undefined), PRELOAD_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  const page = useClientsPage(linkFilter);
  const phone = usePhone();
  const { state, list } = page;
  const emptyText = page.combined.filter ? t('clients.noMatches') : t('clients.empty');
  return (
    <>
      <PageHeader
        title={t('clients.title')}
        description={t('clients.description')}
        actions={
          <Group gap="xs">
            {can('clients.write') && (
              <Button component={Link} to="/clients/new">
                {t('clients.new')}
              </Button>
            )}
            {can('clients.export') && <ExportButtons url="/export/clients" request={page.exportRequest} />}
          </Group>
        }
      />
      <Card padding="md">
        <Stack gap="sm">
          {notice}
          <ListToolbar
            views={ViewsBar && <ViewsBar current={state.view(page.search)} onApply={state.applyView} />}
            filterPanelId="client-filter-panel"
            search={state.search}
            searchLabel={t('clients.search')}
            searchPlaceholder={t('clients.searchPlaceholder')}
            onSearchChange={state.setSearch}
            filterOpen={filterOpen}
            onToggleFilter={() => {
              setFilterUsed(true);
              setFilterOpen((o) => !o);
            }}
            conditionCount={countFilterConditions(state.filter)}
            columns={{
              available: page.available,
              value: page.columns,
              labelOf: page.labelOf,
              onChange: state.setColumns,
            }}
            count={list.loading ? null : page.count}
            countAction={
              page.exact && !list.loading ? (
                <Button variant="subtle" size="compact-sm" loading={page.exact.loading} onClick={page.exact.request}>
                  {t('clients.countExactly')}
                </Button>
              ) : null
            }
          />
          <Collapse expanded={filterOpen} id="client-filter-panel">
            {filterUsed && (
              <Suspense fallback={null}>
                <FilterBuilder
                  value={state.filter}
                  options={page.options}
                  onApply={state.setFilter}
                  serverErrors={page.serverErrors}
                />
              </Suspense>
            )}
          </Collapse>
          <ErrorAlert error={list.error ?? page.optionsError} />
          <ClientRows
            filter={page.combined.filter}
            orderBy={state.orderBy}
            phone={phone}
            label={t('clients.tableLabel')}
            emptyText={emptyText}
            columns={page.columnDefs}
            exactTotal={page.exactTotal}
            sorting={state.sorting}
            onSortingChange={state.setSorting}
            onError={page.setListError}
          />
        </Stack>
      </Card>
    </>
  );
}
