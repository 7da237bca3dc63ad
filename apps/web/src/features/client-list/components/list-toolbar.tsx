// The row above the client table: quick search, the filter toggle, the column picker and the client count.
import { Badge, Button, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ColumnPicker, type ColumnPickerProps } from './column-picker.tsx';

interface Props {
  views?: ReactNode;
  search: string;
  onSearchChange: (text: string) => void;
  filterOpen: boolean;
  onToggleFilter: () => void;
  conditionCount: number;
  columns: ColumnPickerProps;
  /** Null while the first page loads. */
  count: string | null;
}

export function ListToolbar({
  views,
  search,
  onSearchChange,
  filterOpen,
  onToggleFilter,
  conditionCount,
  columns,
  count,
}: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {views}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('clients.search')}
          placeholder={t('clients.searchPlaceholder')}
          type="search"
          value={search}
          onChange={(event) => onSearchChange(event.currentTarget.value)}
          w={280}
        />
        <Button
          variant={filterOpen ? 'filled' : 'light'}
          aria-expanded={filterOpen}
          aria-controls="client-filter-panel"
          onClick={onToggleFilter}
          rightSection={
            conditionCount > 0 ? (
              <Badge size="sm" circle color={filterOpen ? 'white' : undefined} c={filterOpen ? 'dark' : undefined}>
                {conditionCount}
              </Badge>
            ) : undefined
          }
        >
          {t('clients.filter')}
        </Button>
        <Popover position="bottom-start" shadow="md" width={300} trapFocus>
          <Popover.Target>
            <Button variant="light">{t('clients.columns')}</Button>
          </Popover.Target>
          <Popover.Dropdown
            aria-label={t('clients.columns')}
            style={{ maxHeight: 'min(65vh, 560px)', overflowY: 'auto' }}
          >
            <ColumnPicker {...columns} />
          </Popover.Dropdown>
        </Popover>
        <Text ml="auto" mb={8} size="sm" c="dimmed" aria-live="polite" role="status">
          {count ?? t('common.loading')}
        </Text>
      </Group>
    </Stack>
  );
}
