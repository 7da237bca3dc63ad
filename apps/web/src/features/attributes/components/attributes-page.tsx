// Administration › Attributes: user-defined fields of clients and persons — list, create, edit.
import { Badge, Button, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { ATTRIBUTE_ENTITIES, labelIn, type AttributeEntity } from '@veza/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTable, type AdminColumn } from '../../../components/admin-table.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { usePhone } from '../../../lib/use-phone.ts';
import { useAttributeDefinitions, type AttributeDefinitionRow } from '../hooks/use-attribute-definitions.ts';
import { AttributeDefinitionModal } from './attribute-definition-modal.tsx';

function useDefinitionColumns(): [AdminColumn<AttributeDefinitionRow>, ...AdminColumn<AttributeDefinitionRow>[]] {
  const { t, i18n } = useTranslation();
  return [
    { header: t('attributes.fields.label'), cell: (row) => labelIn(row.labels, i18n.language) },
    {
      header: t('attributes.fields.key'),
      cell: (row) => (
        <Text size="sm" ff="monospace">
          {row.key}
        </Text>
      ),
    },
    { header: t('attributes.fields.type'), cell: (row) => t(`attributes.type.${row.type}`) },
    {
      header: t('attributes.fields.required'),
      cell: (row) => (row.required ? t('attributes.yes') : t('attributes.no')),
    },
    {
      header: t('attributes.fields.active'),
      cell: (row) => (
        <Badge color={row.active ? 'teal' : 'gray'} variant="dot">
          {row.active ? t('attributes.active') : t('attributes.inactive')}
        </Badge>
      ),
    },
    { header: t('attributes.fields.usage'), cell: (row) => row.usageCount ?? '—' },
  ];
}

export default function AttributesPage() {
  const { t, i18n } = useTranslation();
  const columns = useDefinitionColumns();
  const phone = usePhone();
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
            {/* Klienci · Osoby · Szanse sprzedaży · Działania do not fit a phone's width side by side: they stack. */}
            <SegmentedControl
              orientation={phone ? 'vertical' : 'horizontal'}
              fullWidth={phone}
              w={phone ? '100%' : undefined}
              aria-label={t('attributes.entityLabel')}
              value={entity}
              onChange={(v) => setEntity(v as AttributeEntity)}
              data={ATTRIBUTE_ENTITIES.map((value) => ({ value, label: t(`attributes.entity.${value}`) }))}
            />
          </Group>
          <AdminTable
            label={t('attributes.tableLabel')}
            rows={definitions}
            rowKey={(r) => r.id}
            loading={loading}
            error={error}
            empty={t('attributes.empty')}
            minWidth={720}
            columns={columns}
            actions={[
              {
                label: t('common.edit'),
                name: (r) => t('attributes.editNamed', { name: labelIn(r.labels, i18n.language) }),
                onClick: (r) => setEditing({ id: r.id }),
              },
            ]}
          />
        </Stack>
      </Card>
      <AttributeDefinitionModal entity={entity} row={row} opened={editing !== null} onClose={() => setEditing(null)} />
    </>
  );
}
