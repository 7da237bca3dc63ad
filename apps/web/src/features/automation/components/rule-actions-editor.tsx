// The rule's actions as a list of forms (add, change, remove); it edits the same JSON the JSON view shows.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { actionsJson, newAction, parseActions } from '../lib/rule-actions.ts';
import { RuleActionCard } from './rule-action-card.tsx';

interface Props {
  value: string;
  entity: string;
  onChange: (json: string) => void;
  error?: string;
}

export function RuleActionsEditor({ value, entity, onChange, error }: Props) {
  const { t } = useTranslation();
  const actions = parseActions(value);
  if (!actions) return <Alert color="yellow">{t('automation.useJsonView')}</Alert>;
  const set = (next: typeof actions) => onChange(actionsJson(next));
  return (
    <Stack gap="xs" role="group" aria-label={t('automation.fields.actions')}>
      <Text size="sm" fw={500}>
        {t('automation.fields.actions')}
      </Text>
      {actions.map((action, i) => (
        <RuleActionCard
          key={i}
          action={action}
          index={i}
          entity={entity}
          onChange={(a) => set(actions.map((x, j) => (j === i ? a : x)))}
          onRemove={() => set(actions.filter((_, j) => j !== i))}
        />
      ))}
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
      <Button variant="default" size="xs" onClick={() => set([...actions, newAction('NOTIFY', entity)])}>
        {t('automation.action.add')}
      </Button>
    </Stack>
  );
}
