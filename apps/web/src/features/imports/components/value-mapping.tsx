// File values of dictionary columns that matched no list value (from the last dry run), each mapped by hand: to an
// existing value (searchable, labels in the user's language), "create it", or left invalid. Choices already made (or
// from a saved mapping) stay listed after the next dry run no longer reports them.
import { useQuery } from '@apollo/client/react';
import { Alert, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { labelIn } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { ImportDictionariesQuery } from '../api/import-dictionaries-query.ts';
import { fieldLabel } from '../lib/field-label.ts';

export type UnmatchedColumn = {
  field: string;
  distinct: number;
  capped: boolean;
  values: { value: string; rows: number }[];
};
/** One hand-made choice: `create`, a dictionary value id, or null (the rows stay invalid). */
export type ValueChoice = { field: string; value: string; target: string | null };
type DictionaryField = 'status' | 'segment' | 'industry' | 'leadSource';
const DICTIONARY_FIELDS: readonly string[] = ['status', 'segment', 'industry', 'leadSource'];
export const CREATE = 'create';

/** The columns to show: the job's unmatched values, plus chosen values the job no longer reports (mapped columns only). */
function columnsOf(unmatched: UnmatchedColumn[], choices: ValueChoice[], mapped: (string | null)[]) {
  const columns = new Map<string, UnmatchedColumn>();
  for (const c of unmatched) if (mapped.includes(c.field)) columns.set(c.field, { ...c, values: [...c.values] });
  for (const choice of choices) {
    if (!mapped.includes(choice.field) || !DICTIONARY_FIELDS.includes(choice.field)) continue;
    const column = columns.get(choice.field) ?? { field: choice.field, distinct: 0, capped: false, values: [] };
    if (!column.values.some((v) => v.value === choice.value)) column.values.push({ value: choice.value, rows: 0 });
    columns.set(choice.field, column);
  }
  return [...columns.values()];
}

export function ValueMapping({
  unmatched,
  choices,
  mapped,
  onChange,
}: {
  unmatched: UnmatchedColumn[];
  choices: ValueChoice[];
  mapped: (string | null)[];
  onChange: (choices: ValueChoice[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const columns = columnsOf(unmatched, choices, mapped);
  const { data } = useQuery(ImportDictionariesQuery, { skip: columns.length === 0 });
  if (!columns.length) return null;
  const choose = (field: string, value: string, target: string | null) =>
    onChange([...choices.filter((c) => c.field !== field || c.value !== value), { field, value, target }]);
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('imports.valueMapping.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('imports.valueMapping.intro')}
      </Text>
      {columns.map((column) => {
        const options = [
          { value: CREATE, label: t('imports.valueMapping.create') },
          ...(data?.[column.field as DictionaryField] ?? []).map((v) => ({
            value: v.id,
            label: labelIn(v.labels, i18n.language),
          })),
        ];
        return (
          <Stack key={column.field} gap="xs">
            <Text fw={600}>{fieldLabel(t, column.field)}</Text>
            {column.capped && (
              <Alert color="yellow">
                {t('imports.valueMapping.capped', { listed: column.values.length, distinct: column.distinct })}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {column.values.map(({ value, rows }) => (
                <Select
                  key={value}
                  label={value}
                  description={rows ? t('imports.valueMapping.rows', { n: rows }) : undefined}
                  placeholder={t('imports.valueMapping.leaveInvalid')}
                  data={options}
                  value={choices.find((c) => c.field === column.field && c.value === value)?.target ?? null}
                  onChange={(target) => choose(column.field, value, target)}
                  clearable
                  searchable
                  nothingFoundMessage={t('common.nothingFound')}
                />
              ))}
            </SimpleGrid>
          </Stack>
        );
      })}
    </Stack>
  );
}
