// The rule's condition in the visual editor: the client filter builder (the one the client list and campaigns use)
// edits `condition.client`, opportunity rules add their own fields; the activity filter and the attribute ratio stay
// in the JSON view, which keeps them.
import { Alert, Stack, Text } from '@mantine/core';
import type { ClientFilter } from '@veza/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBuilder, useFilterOptions } from '../../../components/filter-builder/index.ts';
import { parseCondition } from '../lib/rule-actions.ts';
import { RuleOpportunityCondition } from './rule-opportunity-condition.tsx';

interface Props {
  value: string;
  entity: string;
  onChange: (json: string) => void;
  error?: string;
}

export function RuleConditionEditor({ value, entity, onChange, error }: Props) {
  const { t } = useTranslation();
  const { options } = useFilterOptions();
  // Parsed once per JSON text, so the builder keeps its draft while the rest of the form re-renders.
  const condition = useMemo(() => parseCondition(value), [value]);
  if (!condition) return <Alert color="yellow">{t('automation.useJsonView')}</Alert>;
  const apply = (client: ClientFilter | null) => {
    const { client: _old, ...rest } = condition;
    onChange(JSON.stringify(client ? { ...rest, client } : rest, null, 2));
  };
  const visual = entity === 'OPPORTUNITY' ? ['client', 'opportunity', 'baseAmount'] : ['client'];
  const more = Object.keys(condition).filter((k) => !visual.includes(k) && condition[k] != null);
  return (
    <Stack gap="xs" role="group" aria-label={t('automation.fields.condition')}>
      {entity === 'OPPORTUNITY' && (
        <RuleOpportunityCondition condition={condition} onChange={(next) => onChange(JSON.stringify(next, null, 2))} />
      )}
      <Text size="sm" fw={500}>
        {t('automation.clientCondition')}
      </Text>
      <FilterBuilder value={(condition.client as ClientFilter | undefined) ?? null} options={options} onApply={apply} />
      {more.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('automation.moreInJson', { keys: more.join(', ') })}
        </Text>
      )}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}
