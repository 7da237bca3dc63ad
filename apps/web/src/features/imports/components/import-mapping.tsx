// Step 2 of the import: each column's target (suggested from its header, or a saved mapping), the matching key and
// the options; then a dry run or the import itself.
import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IMPORT_MATCH_KEYS, StartImportInput } from '@veza/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { errorText, translateMessage } from '../../../lib/graphql-errors.ts';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import type { ImportPreviewQuery } from '../api/import-preview-query.ts';
import { StartImportMutation } from '../api/start-import-mutation.ts';

type Preview = ResultOf<typeof ImportPreviewQuery>;
type MatchKey = (typeof IMPORT_MATCH_KEYS)[number];

function targetLabel(t: (k: string) => string, target: string) {
  return target.startsWith('attr:') ? target.slice(5) : t(`imports.fields.${target}`);
}

export function ImportMapping({
  fileId,
  data,
  onStarted,
}: {
  fileId: string;
  data: Preview;
  onStarted: (id: string) => void;
}) {
  const { t } = useTranslation();
  const preview = data.importPreview;
  const [mapping, setMapping] = useState<(string | null)[]>(preview.suggestedMapping.map((m) => m ?? null));
  const [matchKey, setMatchKey] = useState<MatchKey>('TAX_ID');
  const [defaultCountry, setDefaultCountry] = useState('HR');
  const [createDictionaryValues, setCreate] = useState(false);
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [saveMappingAs, setSaveAs] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [start, { loading }] = useMutation(StartImportMutation);
  const options = preview.targets.map((v) => ({ value: v, label: targetLabel(t, v) }));
  const submit = async (dryRun: boolean) => {
    setError(null);
    const input = {
      fileId,
      mapping,
      matchKey,
      dryRun,
      createDictionaryValues,
      allOrNothing,
      defaultCountry,
      saveMappingAs: saveMappingAs || null,
    };
    const parsed = StartImportInput.safeParse(input);
    if (!parsed.success) return setError(translateMessage(t, parsed.error.issues[0]?.message) ?? null);
    try {
      const res = await start({ variables: { input } });
      if (res.data) onStarted(res.data.startImport.id);
    } catch (e) {
      setError(errorText(t, e));
    }
  };
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('imports.format', { format: preview.format })}
        {preview.encoding && `, ${t('imports.encoding', { encoding: preview.encoding, delimiter: preview.delimiter })}`}
      </Text>
      {data.importMappings.length > 0 && (
        <Select
          label={t('imports.savedMapping')}
          data={data.importMappings.map((m) => ({ value: m.id, label: m.name }))}
          onChange={(id) => {
            const saved = data.importMappings.find((m) => m.id === id);
            if (saved) setMapping(preview.headers.map((_, i) => saved.mapping[i] ?? null));
          }}
        />
      )}
      <Table aria-label={t('imports.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.column')}</Table.Th>
            <Table.Th>{t('imports.sample')}</Table.Th>
            <Table.Th>{t('imports.target')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.headers.map((header, i) => (
            <Table.Tr key={`${i}:${header}`}>
              <Table.Td>{header}</Table.Td>
              <Table.Td>
                {preview.rows
                  .slice(0, 3)
                  .map((r) => r[i] ?? '')
                  .filter(Boolean)
                  .join(' · ')}
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('imports.targetFor', { column: header })}
                  placeholder={t('imports.ignore')}
                  data={options}
                  value={mapping[i] ?? null}
                  clearable
                  searchable
                  onChange={(v) => setMapping((m) => m.map((x, j) => (j === i ? v : x)))}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group grow align="flex-end">
        <Select
          label={t('imports.matchKey')}
          data={IMPORT_MATCH_KEYS.map((k) => ({ value: k, label: t(`imports.matchKeys.${k}`) }))}
          value={matchKey}
          onChange={(v) => v && setMatchKey(v as MatchKey)}
          allowDeselect={false}
        />
        <TextInput
          label={t('imports.defaultCountry')}
          value={defaultCountry}
          maxLength={2}
          onChange={(e) => setDefaultCountry(e.currentTarget.value)}
        />
        <TextInput
          label={t('imports.saveMappingAs')}
          value={saveMappingAs}
          onChange={(e) => setSaveAs(e.currentTarget.value)}
        />
      </Group>
      <Checkbox
        label={t('imports.createDictionaryValues')}
        checked={createDictionaryValues}
        onChange={(e) => setCreate(e.currentTarget.checked)}
      />
      <Checkbox
        label={t('imports.allOrNothing')}
        checked={allOrNothing}
        onChange={(e) => setAllOrNothing(e.currentTarget.checked)}
      />
      <ErrorAlert message={error} />
      <Group justify="flex-end">
        <Button variant="light" loading={loading} onClick={() => void submit(true)}>
          {t('imports.dryRun')}
        </Button>
        <Button loading={loading} onClick={() => void submit(false)}>
          {t('imports.run')}
        </Button>
      </Group>
    </Stack>
  );
}
