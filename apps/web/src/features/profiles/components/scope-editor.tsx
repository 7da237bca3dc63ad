// The record-visibility part of a profile: per kind of record, whose records its holders read and edit. A table on a
// wide screen; on a phone one stacked block per kind, its two selects side by side (fits 390 px, even in Polish).
import { Fieldset, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { RECORD_SCOPES, type RecordKind, type RecordScope } from '@veza/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../../../lib/use-phone.ts';

export type ScopeRow = { kind: RecordKind; read: RecordScope; edit: RecordScope };

interface Props {
  value: readonly ScopeRow[];
  onChange: (value: ScopeRow[]) => void;
  /** Error messages (i18n keys) for each row's edit scope, by index. */
  errors?: readonly (string | undefined)[];
}

export function ScopeEditor({ value, onChange, errors = [] }: Props) {
  const { t } = useTranslation();
  const phone = usePhone();
  const options = RECORD_SCOPES.map((s) => ({ value: s, label: t(`profiles.scopes.values.${s}`) }));
  const set = (i: number, patch: Partial<ScopeRow>) =>
    onChange(value.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  /** The read and the edit select of one kind; on a phone each carries its visible label. */
  const selects = (row: ScopeRow, i: number): [ReactNode, ReactNode] => {
    const kind = t(`profiles.scopes.kinds.${row.kind}`);
    return [
      <Select
        key="read"
        label={phone ? t('profiles.scopes.read') : undefined}
        aria-label={t('profiles.scopes.readOf', { kind })}
        data={options}
        allowDeselect={false}
        value={row.read}
        onChange={(v) => v && set(i, { read: v as RecordScope })}
      />,
      <Select
        key="edit"
        label={phone ? t('profiles.scopes.edit') : undefined}
        aria-label={t('profiles.scopes.editOf', { kind })}
        data={options}
        allowDeselect={false}
        value={row.edit}
        onChange={(v) => v && set(i, { edit: v as RecordScope })}
        error={errors[i] ? t(errors[i]) : undefined}
      />,
    ];
  };
  return (
    <div>
      <Text fw={500} size="sm">
        {t('profiles.scopes.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('profiles.scopes.hint')}
      </Text>
      {phone ? (
        <Stack gap="xs">
          {value.map((row, i) => (
            <Fieldset key={row.kind} legend={t(`profiles.scopes.kinds.${row.kind}`)} p="xs">
              <SimpleGrid cols={2} spacing="xs">
                {selects(row, i)}
              </SimpleGrid>
            </Fieldset>
          ))}
        </Stack>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('profiles.scopes.kind')}</Table.Th>
              <Table.Th>{t('profiles.scopes.read')}</Table.Th>
              <Table.Th>{t('profiles.scopes.edit')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {value.map((row, i) => {
              const [read, edit] = selects(row, i);
              return (
                <Table.Tr key={row.kind}>
                  <Table.Td>{t(`profiles.scopes.kinds.${row.kind}`)}</Table.Td>
                  <Table.Td>{read}</Table.Td>
                  <Table.Td>{edit}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </div>
  );
}
