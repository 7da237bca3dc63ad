// Administration › Attributes: user-defined fields of clients and persons — list, create, edit.
import { Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { ATTRIBUTE_ENTITIES, labelIn, type AttributeEntity } from '@veza/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useAttributeDefinitions, type AttributeDefinitionRow } from '../hooks/use-attribute-definitions.ts';
import { AttributeDefinitionModal } from './attribute-definition-modal.tsx';

function DefinitionRow({ row, onEdit }: { row: AttributeDefinitionRow; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const label = labelIn(row.labels, i18n.language);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {label}
      </Table.Th>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {row.key}
        </Text>
      </Table.Td>
      <Table.Td>{t(`attributes.type.${row.type}`)}</Table.Td>
      <Table.Td>{row.required ? t('attributes.yes') : t('attributes.no')}</Table.Td>
      <Table.Td>
        <Badge color={row.active ? 'teal' : 'gray'} variant="dot">
          {row.active ? t('attributes.active') : t('attributes.inactive')}
        </Badge>
      </Table.Td>
      <Table.Td>{row.usageCount ?? '—'}</Table.Td>
      <Table.Td>
        <Button size="xs" variant="subtle" onClick={onEdit} aria-label={t('attributes.editNamed', { name: label })}>
          {t('common.edit')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function DefinitionsTable({
  rows,
  onEdit,
}: {
  rows: AttributeDefinitionRow[];
  onEdit: (row: AttributeDefinitionRow) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('attributes.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('attributes.fields.label')}</Table.Th>
            <Table.Th scope="col">{t('attributes.fields.key')}</Table.Th>
            <Table.Th scope="col">{t('attributes.fields.type')}</Table.Th>
            <Table.Th scope="col">{t('attributes.fields.required')}</Table.Th>
            <Table.Th scope="col">{t('attributes.fields.active')}</Table.Th>
            <Table.Th scope="col">{t('attributes.fields.usage')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <DefinitionRow key={row.id} row={row} onEdit={() => onEdit(row)} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export default function AttributesPage() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<AttributeEntity>('CLIENT');
  const { definitions, loading, error } = useAttributeDefinitions(entity);
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  const row = definitions.find((d) => d.id === editing?.id) ?? null;
  return (
    <>
      <PageHeader
        title={t('attributes.title')}
        description={t('attributes.description')}
        actions={<Button onClick={() => setEditing({ id: null })}>{t('attributes.create')}</Button>}
      />
      <Card>
        <Stack>
          <Group>
            <SegmentedControl
              aria-label={t('attributes.entityLabel')}
              value={entity}
              onChange={(v) => setEntity(v as AttributeEntity)}
              data={ATTRIBUTE_ENTITIES.map((value) => ({ value, label: t(`attributes.entity.${value}`) }))}
            />
          </Group>
          <ErrorAlert error={error} />
          {loading ? (
            <PageLoader />
          ) : definitions.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl">
              {t('attributes.empty')}
            </Text>
          ) : (
            <DefinitionsTable rows={definitions} onEdit={(r) => setEditing({ id: r.id })} />
          )}
        </Stack>
      </Card>
      <AttributeDefinitionModal entity={entity} row={row} opened={editing !== null} onClose={() => setEditing(null)} />
    </>
  );
}
