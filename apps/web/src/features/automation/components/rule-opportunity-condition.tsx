// The condition of an opportunity rule in the visual editor: stages, status, owners and the amount in the base
// currency; it edits `condition.opportunity` and `condition.baseAmount` of the same JSON the JSON view shows.
import { useQuery } from '@apollo/client/react';
import { Input, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UserSelect } from '../../../components/filter-builder/index.ts';
import { RuleOpportunityStagesQuery } from '../api/rule-opportunity-stages-query.ts';

type Draft = Record<string, unknown>;
const STATUSES = ['OPEN', 'WON', 'LOST'] as const;

/** The object without its empty values (null, '', []), or null when nothing is left. */
function compact(value: Draft): Draft | null {
  const kept = Object.entries(value).filter(([, v]) => v != null && v !== '' && !(Array.isArray(v) && !v.length));
  return kept.length ? Object.fromEntries(kept) : null;
}

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

export function RuleOpportunityCondition({
  condition,
  onChange,
}: {
  condition: Draft;
  onChange: (next: Draft) => void;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(RuleOpportunityStagesQuery);
  const opportunity = (condition.opportunity as Draft | null | undefined) ?? {};
  const amount = (condition.baseAmount as Draft | null | undefined) ?? {};
  const set = (part: 'opportunity' | 'baseAmount', patch: Draft) => {
    const { [part]: old, ...rest } = condition;
    const next = compact({ ...((old as Draft | null) ?? {}), ...patch });
    onChange(next ? { ...rest, [part]: next } : rest);
  };
  return (
    <Stack gap="xs" role="group" aria-label={t('automation.opportunity.title')}>
      <Text size="sm" fw={500}>
        {t('automation.opportunity.title')}
      </Text>
      <MultiSelect
        label={t('automation.opportunity.stages')}
        data={(data?.dictionary ?? []).map((s) => ({ value: s.id, label: s.label }))}
        value={strings(opportunity.stageIds)}
        onChange={(stageIds) => set('opportunity', { stageIds })}
        placeholder={t('automation.opportunity.any')}
        clearable
      />
      {/* The shared user picker is compact (filter rows): it gets a row of its own so it never overflows a phone. */}
      <Stack gap={4}>
        <Input.Label component="div" aria-hidden>
          {t('automation.opportunity.owners')}
        </Input.Label>
        <UserSelect
          multiple
          label={t('automation.opportunity.owners')}
          value={strings(opportunity.ownerIds)}
          onChange={(ownerIds) => set('opportunity', { ownerIds })}
        />
      </Stack>
      <SimpleGrid cols={{ base: 1, xs: 3 }} style={{ alignItems: 'end' }}>
        <Select
          label={t('automation.opportunity.status')}
          data={STATUSES.map((s) => ({ value: s, label: t(`automation.opportunity.statusValue.${s}`) }))}
          value={text(opportunity.status) || null}
          onChange={(status) => set('opportunity', { status })}
          placeholder={t('automation.opportunity.any')}
          clearable
        />
        <TextInput
          label={t('automation.opportunity.baseAmountMin')}
          inputMode="decimal"
          value={text(amount.min)}
          onChange={(e) => set('baseAmount', { min: e.currentTarget.value.trim() })}
        />
        <TextInput
          label={t('automation.opportunity.baseAmountMax')}
          inputMode="decimal"
          value={text(amount.max)}
          onChange={(e) => set('baseAmount', { max: e.currentTarget.value.trim() })}
        />
      </SimpleGrid>
    </Stack>
  );
}
