// The row above a list table: saved views, quick search, the filter toggle, the column picker and the row count.
import { Badge, Button, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnPickerProps } from './column-picker.tsx';

// The column picker (drag and drop, checkboxes) loads when its popover first opens, not with the list.
const ColumnPicker = lazy(() => import('./column-picker.tsx').then((m) => ({ default: m.ColumnPicker })));

interface Props {
  views?: ReactNode;
  /** The id of the collapsible filter panel the toggle controls. */
  filterPanelId: string;
  /** Extra controls after the column picker (e.g. a status switch). */
  extra?: ReactNode;
  search: string;
  /** Label and placeholder of the search box: each list says what it searches. */
  searchLabel: string;
  searchPlaceholder: string;
  onSearchChange: (text: string) => void;
  filterOpen: boolean;
  onToggleFilter: () => void;
  conditionCount: number;
  columns: ColumnPickerProps;
  /** Null while the first page loads. */
  count: string | null;
  /** Next to the count, e.g. "count exactly" when the count is an estimate. */
  countAction?: ReactNode;
}

export function ListToolbar({
  views,
  filterPanelId,
  extra,
  search,
  searchLabel,
  searchPlaceholder,
  onSearchChange,
  filterOpen,
  onToggleFilter,
  conditionCount,
  columns,
  count,
  countAction,
}: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {views}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={searchLabel}
          placeholder={searchPlaceholder}
          type="search"
          value={search}
          onChange={(event) => onSearchChange(event.currentTarget.value)}
          w={{ base: '100%', xs: 280 }}
        />
        <Button
          variant={filterOpen ? 'filled' : 'light'}
          aria-expanded={filterOpen}
          aria-controls={filterPanelId}
          onClick={onToggleFilter}
          rightSection={
            conditionCount > 0 ? (
              <Badge size="sm" circle color={filterOpen ? 'white' : undefined} c={filterOpen ? 'dark' : undefined}>
                {conditionCount}
              </Badge>
            ) : undefined
          }
        >
          {t('dataTable.filter')}
        </Button>
        <Popover position="bottom-start" shadow="md" width={300} trapFocus>
          <Popover.Target>
            <Button variant="light">{t('dataTable.columns')}</Button>
          </Popover.Target>
          <Popover.Dropdown
            aria-label={t('dataTable.columns')}
            style={{ maxHeight: 'min(65vh, 560px)', overflowY: 'auto' }}
          >
            <Suspense fallback={null}>
              <ColumnPicker {...columns} />
            </Suspense>
          </Popover.Dropdown>
        </Popover>
        {extra}
        <Group ml="auto" mb={countAction ? 4 : 8} gap={6} wrap="nowrap">
          <Text size="sm" c="dimmed" aria-live="polite" role="status">
            {count ?? t('common.loading')}
          </Text>
          {countAction}
        </Group>
      </Group>
    </Stack>
  );
}
