// Step 2 of the import: each column's target (suggested from its header, or a saved mapping), the matching key and
// the options; then a dry run or the import itself. A form-kit form: the shared StartImportInput checks it here and
// on the server, whose refusals land on their fields.
import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Select, SimpleGrid, Table, Text, TextInput } from '@mantine/core';
import { IMPORT_MATCH_KEYS, PERSON_MATCH_KEYS, StartImportInput } from '@veza/shared';
import { useRef } from 'react';
import { Controller, useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormShell } from '../../../components/form-modal.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { shapedResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import type { ImportPreviewQuery } from '../api/import-preview-query.ts';
import { StartImportMutation } from '../api/start-import-mutation.ts';
import { fieldLabel } from '../lib/field-label.ts';
import { CREATE, ValueMapping, type UnmatchedColumn, type ValueChoice } from './value-mapping.tsx';

type Preview = ResultOf<typeof ImportPreviewQuery>;
type MatchKey = (typeof IMPORT_MATCH_KEYS)[number];
export type ImportEntity = 'CLIENT' | 'PERSON';
type Values = {
  fileId: string;
  entity: ImportEntity;
  mapping: (string | null)[];
  matchKey: MatchKey;
  defaultCountry: string;
  createDictionaryValues: boolean;
  allOrNothing: boolean;
  saveMappingAs: string;
  valueMapping: ValueChoice[];
};
type MappingForm = UseFormReturn<Values, unknown, StartImportInput>;

const FIELDS = ['mapping', 'matchKey', 'defaultCountry', 'saveMappingAs'] as const;
const resolver = shapedResolver<Values, typeof StartImportInput>(StartImportInput, (values) => ({
  ...values,
  saveMappingAs: values.saveMappingAs || null,
  // Only choices for columns still mapped; a value left "invalid" is simply not sent.
  valueMapping: values.valueMapping
    .filter((c) => c.target && values.mapping.includes(c.field))
    .map((c) =>
      c.target === CREATE
        ? { field: c.field, value: c.value, create: true }
        : { field: c.field, value: c.value, dictionaryValueId: c.target },
    ),
}));

type SavedMapping = Preview['importMappings'][number];
const savedChoices = (saved: SavedMapping): ValueChoice[] =>
  saved.valueMapping.map((v) => ({
    field: v.field,
    value: v.value,
    target: v.create ? CREATE : (v.dictionaryValueId ?? null),
  }));

function MappingTable({ form, data, entity }: { form: MappingForm; data: Preview; entity: ImportEntity }) {
  const { t } = useTranslation();
  const preview = data.importPreview;
  const attributes = new Map(
    (entity === 'PERSON' ? data.personAttributes : data.clientAttributes).map((a) => [a.key, a.label]),
  );
  const options = preview.targets.map((v) => ({ value: v, label: fieldLabel(t, v, attributes) }));
  return (
    <>
      <Table aria-label={t('imports.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.column')}</Table.Th>
            <Table.Th visibleFrom="sm">{t('imports.sample')}</Table.Th>
            <Table.Th>{t('imports.target')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.headers.map((header, i) => {
            const sample = preview.rows
              .slice(0, 3)
              .map((r) => r[i] ?? '')
              .filter(Boolean)
              .join(' · ');
            return (
              <Table.Tr key={`${i}:${header}`}>
                <Table.Td>
                  {header}
                  {/* On a phone the sample goes under the column's name, leaving the field select its width. */}
                  <Text size="xs" c="dimmed" hiddenFrom="sm" style={{ overflowWrap: 'anywhere' }}>
                    {sample}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">{sample}</Table.Td>
                <Table.Td miw={150}>
                  <Controller
                    control={form.control}
                    name={`mapping.${i}`}
                    render={({ field }) => (
                      <Select
                        aria-label={t('imports.targetFor', { column: header })}
                        placeholder={t('imports.ignore')}
                        data={options}
                        value={field.value ?? null}
                        clearable
                        searchable
                        onChange={field.onChange}
                      />
                    )}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <ErrorAlert message={fieldError(t, form.formState.errors.mapping)} />
    </>
  );
}

export function ImportMapping({
  fileId,
  entity = 'CLIENT',
  data,
  unmatched = [],
  onStarting,
  onStarted,
}: {
  fileId: string;
  entity?: ImportEntity;
  data: Preview;
  /** The last finished run's dictionary values that matched nothing. */
  unmatched?: UnmatchedColumn[];
  /**
   * True while a run is being started (its job has no id yet), false after: the page hides the previous run's result
   * meanwhile — a finished dry run's "Done" and counts must not read as the import's just asked for.
   */
  onStarting?: (starting: boolean) => void;
  onStarted: (id: string) => void;
}) {
  const persons = entity === 'PERSON';
  const matchKeys = persons ? PERSON_MATCH_KEYS : IMPORT_MATCH_KEYS;
  const { t } = useTranslation();
  const preview = data.importPreview;
  const [start] = useMutation(StartImportMutation);
  const form = useForm<Values, unknown, StartImportInput>({
    resolver,
    defaultValues: {
      fileId,
      entity,
      mapping: preview.suggestedMapping.map((m) => m ?? null),
      matchKey: persons ? 'EMAIL' : 'TAX_ID',
      defaultCountry: 'HR',
      createDictionaryValues: false,
      allOrNothing: false,
      saveMappingAs: '',
      valueMapping: [],
    },
  });
  const [mapped, valueChoices] = useWatch({ control: form.control, name: ['mapping', 'valueMapping'] });
  // Which button submitted: "dry run" sets this for its one submit.
  const dryRun = useRef(false);
  const submit = useFormSubmit({
    form,
    fields: FIELDS,
    save: async (input) => {
      onStarting?.(true);
      try {
        const res = await start({ variables: { input: { ...input, dryRun: dryRun.current } } });
        if (res.data) onStarted(res.data.startImport.id);
      } finally {
        onStarting?.(false);
      }
    },
    onClose: () => {},
  });
  const runDry = () => {
    dryRun.current = true;
    void submit.onSubmit().finally(() => {
      dryRun.current = false;
    });
  };
  const errors = form.formState.errors;
  const dryRunButton = (
    <Button variant="light" loading={submit.saving} onClick={runDry}>
      {t('imports.dryRun')}
    </Button>
  );
  return (
    <FormShell submit={submit} noCancel submitLabel={t('imports.run')} extraActions={dryRunButton}>
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
            if (!saved) return;
            form.setValue(
              'mapping',
              preview.headers.map((_, i) => saved.mapping[i] ?? null),
            );
            form.setValue('valueMapping', savedChoices(saved));
          }}
        />
      )}
      <MappingTable form={form} data={data} entity={entity} />
      {!persons && (
        <ValueMapping
          unmatched={unmatched}
          choices={valueChoices}
          mapped={mapped}
          onChange={(choices) => form.setValue('valueMapping', choices)}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: persons ? 2 : 3 }}>
        <Controller
          control={form.control}
          name="matchKey"
          render={({ field }) => (
            <Select
              label={t(persons ? 'imports.personMatchKeyLabel' : 'imports.matchKey')}
              data={matchKeys.map((k) => ({ value: k, label: t(`imports.matchKeys.${k}`) }))}
              value={field.value}
              onChange={(v) => v && field.onChange(v)}
              allowDeselect={false}
              error={fieldError(t, errors.matchKey)}
            />
          )}
        />
        {!persons && (
          <TextInput
            label={t('imports.defaultCountry')}
            maxLength={2}
            {...form.register('defaultCountry')}
            error={fieldError(t, errors.defaultCountry)}
          />
        )}
        <TextInput
          label={t('imports.saveMappingAs')}
          {...form.register('saveMappingAs')}
          error={fieldError(t, errors.saveMappingAs)}
        />
      </SimpleGrid>
      {!persons && (
        <Checkbox label={t('imports.createDictionaryValues')} {...form.register('createDictionaryValues')} />
      )}
      <Checkbox label={t('imports.allOrNothing')} {...form.register('allOrNothing')} />
    </FormShell>
  );
}
