// Administration › Dictionaries: pick a code list, see its values (activity types with icons), create and edit them.
import { Badge, Button, Card, ColorSwatch, Group, Select, Stack, Table, Text } from '@mantine/core';
import { activityTypeIconOf, DICTIONARY_KINDS, labelIn, type DictionaryKind } from '@veza/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityTypeIcon } from '../../../components/activity-type-icon.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useDictionaryValues, type DictionaryValueRow } from '../hooks/use-dictionary-values.ts';
import { DictionaryValueModal } from './dictionary-value-modal.tsx';

function ValueRow({ row, onEdit }: { row: DictionaryValueRow; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const label = labelIn(row.labels, i18n.language);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {row.kind === 'ACTIVITY_TYPE' ? (
          <Group gap="xs" wrap="nowrap">
            <ActivityTypeIcon icon={activityTypeIconOf(row.meta)} color={row.color} />
            {label}
          </Group>
        ) : (
          label
        )}
      </Table.Th>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {row.key}
        </Text>
      </Table.Td>
      <Table.Td>
        {row.color ? (
          <Group gap="xs">
            <ColorSwatch color={row.color} size={18} aria-hidden />
            <Text size="sm" ff="monospace">
              {row.color}
            </Text>
          </Group>
        ) : (
          <Text c="dimmed">—</Text>
        )}
      </Table.Td>
      <Table.Td>{row.position}</Table.Td>
      <Table.Td>
        <Badge color={row.active ? 'teal' : 'gray'} variant="dot">
          {row.active ? t('dictionaries.active') : t('dictionaries.inactive')}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Button size="xs" variant="subtle" onClick={onEdit} aria-label={t('dictionaries.editNamed', { name: label })}>
          {t('common.edit')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function ValuesTable({ rows, onEdit }: { rows: DictionaryValueRow[]; onEdit: (row: DictionaryValueRow) => void }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('dictionaries.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dictionaries.fields.label')}</Table.Th>
            <Table.Th scope="col">{t('dictionaries.fields.key')}</Table.Th>
            <Table.Th scope="col">{t('dictionaries.fields.color')}</Table.Th>
            <Table.Th scope="col">{t('dictionaries.fields.position')}</Table.Th>
            <Table.Th scope="col">{t('dictionaries.fields.active')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <ValueRow key={row.id} row={row} onEdit={() => onEdit(row)} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function DictionariesPage() {
  const { t } = useTranslation();
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
          <ErrorAlert error={error} />
          {loading ? (
            <PageLoader />
          ) : values.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl">
              {t('dictionaries.empty')}
            </Text>
          ) : (
            <ValuesTable rows={values} onEdit={(r) => setEditing({ id: r.id })} />
          )}
        </Stack>
      </Card>
      <DictionaryValueModal kind={kind} row={row} opened={editing !== null} onClose={() => setEditing(null)} />
    </>
  );
}
