// Administration › Dictionaries: pick a code list, see its values (activity types with icons), create and edit them.
import { Badge, Button, Card, ColorSwatch, Group, Select, Stack, Text } from '@mantine/core';
import { activityTypeIconOf, DICTIONARY_KINDS, labelIn, type DictionaryKind } from '@veza/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityTypeIcon } from '../../../components/activity-type-icon.tsx';
import { AdminTable, type AdminColumn } from '../../../components/admin-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useDictionaryValues, type DictionaryValueRow } from '../hooks/use-dictionary-values.ts';
import { DictionaryValueModal } from './dictionary-value-modal.tsx';

function useValueColumns(): [AdminColumn<DictionaryValueRow>, ...AdminColumn<DictionaryValueRow>[]] {
  const { t, i18n } = useTranslation();
  return [
    {
      header: t('dictionaries.fields.label'),
      cell: (row) =>
        row.kind === 'ACTIVITY_TYPE' ? (
          <Group gap="xs" wrap="nowrap">
            <ActivityTypeIcon icon={activityTypeIconOf(row.meta)} color={row.color} />
            {labelIn(row.labels, i18n.language)}
          </Group>
        ) : (
          labelIn(row.labels, i18n.language)
        ),
    },
    {
      header: t('dictionaries.fields.key'),
      cell: (row) => (
        <Text size="sm" ff="monospace">
          {row.key}
        </Text>
      ),
    },
    {
      header: t('dictionaries.fields.color'),
      cell: (row) =>
        row.color ? (
          <Group gap="xs">
            <ColorSwatch color={row.color} size={18} aria-hidden />
            <Text size="sm" ff="monospace">
              {row.color}
            </Text>
          </Group>
        ) : (
          <Text c="dimmed">—</Text>
        ),
    },
    { header: t('dictionaries.fields.position'), cell: (row) => row.position, hideOnPhone: true },
    {
      header: t('dictionaries.fields.active'),
      cell: (row) => (
        <Badge color={row.active ? 'teal' : 'gray'} variant="dot">
          {row.active ? t('dictionaries.active') : t('dictionaries.inactive')}
        </Badge>
      ),
    },
  ];
}

export default function DictionariesPage() {
  const { t, i18n } = useTranslation();
  const columns = useValueColumns();
  const [kind, setKind] = useState<DictionaryKind>('CLIENT_STATUS');
  const { values, loading, error } = useDictionaryValues(kind);
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  const row = values.find((v) => v.id === editing?.id) ?? null;
  return (
    <>
      <PageHeader
        title={t('dictionaries.title')}
        description={t('dictionaries.description')}
        actions={<Button onClick={() => setEditing({ id: null })}>{t('dictionaries.create')}</Button>}
      />
      <Card>
        <Stack>
          <Select
            label={t('dictionaries.kindLabel')}
            data={DICTIONARY_KINDS.map((k) => ({ value: k, label: t(`dictionaries.kind.${k}`) }))}
            value={kind}
            allowDeselect={false}
            onChange={(v) => v && setKind(v as DictionaryKind)}
            maw={360}
          />
          <AdminTable
            label={t('dictionaries.tableLabel')}
            rows={values}
            rowKey={(r) => r.id}
            loading={loading}
            error={error}
            empty={t('dictionaries.empty')}
            columns={columns}
            actions={[
              {
                label: t('common.edit'),
                name: (r) => t('dictionaries.editNamed', { name: labelIn(r.labels, i18n.language) }),
                onClick: (r) => setEditing({ id: r.id }),
              },
            ]}
          />
        </Stack>
      </Card>
      <DictionaryValueModal kind={kind} row={row} opened={editing !== null} onClose={() => setEditing(null)} />
    </>
  );
}
