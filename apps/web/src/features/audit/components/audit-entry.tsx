// One audit entry: when, who (or which job), what happened, and each changed field with its old and new value.
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../../lib/format.ts';
import type { AuditEntryRow } from '../hooks/use-audit-log.ts';
import { fieldLabel, formatValue } from '../lib/audit-format.ts';

const OP_COLOR = { INSERT: 'teal', UPDATE: 'blue', DELETE: 'red' } as const;

export function AuditEntryHeader({ entry }: { entry: AuditEntryRow }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const who = entry.actor?.name ?? entry.source ?? t('audit.system');
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color={OP_COLOR[entry.operation]} variant="light">
        {t(`audit.operation.${entry.operation}`)}
      </Badge>
      <Text size="sm" fw={500}>
        {formatDateTime(entry.at)}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {who}
      </Text>
      <Text size="xs" c="dimmed">
        {t(`audit.via.${entry.via}`)}
      </Text>
    </Group>
  );
}

export function AuditChanges({ entry, kind }: { entry: AuditEntryRow; kind: string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (!entry.changes.length) return null;
  const value = (v: unknown, label: string | null | undefined, hidden: boolean) =>
    hidden ? t('audit.hidden') : formatValue(t, formatDateTime, v, label);
  return (
    <Table
      layout="fixed"
      fz="sm"
      verticalSpacing={4}
      aria-label={t('audit.changesOf', { at: formatDateTime(entry.at) })}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('audit.field')}</Table.Th>
          <Table.Th>{t('audit.before')}</Table.Th>
          <Table.Th>{t('audit.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entry.changes.map((c) => (
          <Table.Tr key={c.field}>
            <Table.Th scope="row" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {fieldLabel(t, kind, c.field)}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }} c="dimmed">
              {value(c.oldValue, c.oldLabel, c.hidden)}
            </Table.Td>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value(c.newValue, c.newLabel, c.hidden)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function AuditEntryBlock({ entry, kind }: { entry: AuditEntryRow; kind: string }) {
  return (
    <Stack gap={4} py="xs" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <AuditEntryHeader entry={entry} />
      <AuditChanges entry={entry} kind={kind} />
    </Stack>
  );
}
