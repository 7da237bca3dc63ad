// The record-visibility part of a profile: per kind of record, whose records its holders read and edit.
import { Select, Table, Text } from '@mantine/core';
import { RECORD_SCOPES, type RecordKind, type RecordScope } from '@veza/shared';
import { useTranslation } from 'react-i18next';

export type ScopeRow = { kind: RecordKind; read: RecordScope; edit: RecordScope };

interface Props {
  value: readonly ScopeRow[];
  onChange: (value: ScopeRow[]) => void;
  /** Error messages (i18n keys) for each row's edit scope, by index. */
  errors?: readonly (string | undefined)[];
}

export function ScopeEditor({ value, onChange, errors = [] }: Props) {
  const { t } = useTranslation();
  const options = RECORD_SCOPES.map((s) => ({ value: s, label: t(`profiles.scopes.values.${s}`) }));
  const set = (i: number, patch: Partial<ScopeRow>) =>
    onChange(value.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <div>
      <Text fw={500} size="sm">
        {t('profiles.scopes.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('profiles.scopes.hint')}
      </Text>
      {/* Scrolls sideways on a phone rather than cutting "Wszystkie" (pl) short in a narrow select. */}
      <Table.ScrollContainer minWidth={460}>
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
              const kind = t(`profiles.scopes.kinds.${row.kind}`);
              return (
                <Table.Tr key={row.kind}>
                  <Table.Td>{kind}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('profiles.scopes.readOf', { kind })}
                      data={options}
                      allowDeselect={false}
                      value={row.read}
                      onChange={(v) => v && set(i, { read: v as RecordScope })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('profiles.scopes.editOf', { kind })}
                      data={options}
                      allowDeselect={false}
                      value={row.edit}
                      onChange={(v) => v && set(i, { edit: v as RecordScope })}
                      error={errors[i] ? t(errors[i]) : undefined}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
