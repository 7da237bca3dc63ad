// Edits the values of a choice attribute: add new ones, rename labels, deactivate — stored ones are never removed.
import { Button, Group, Input, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  EMPTY_LABELS,
  keyFromLabel,
  LabelsInputs,
  type LabelsDraft,
} from '../../../components/attribute-field/labels-inputs.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import type { ChoiceDraft } from './attribute-definition-form.ts';

type ChoiceErrors = { key?: { message?: string }; labels?: { en?: { message?: string } } } | undefined;

interface Props {
  value: ChoiceDraft[];
  onChange: (value: ChoiceDraft[]) => void;
  /** react-hook-form errors of the list: its own message and one entry per choice. */
  errors?: unknown;
}

function listError(t: TFunction, errors: unknown): string | undefined {
  if (errors && typeof errors === 'object' && 'message' in errors) return fieldError(t, errors as { message?: string });
  return undefined;
}

/** A new choice's key follows its English label until the admin types a key of their own. */
function relabel(choice: ChoiceDraft, labels: LabelsDraft): ChoiceDraft {
  const follows = !choice.saved && (choice.key === '' || choice.key === keyFromLabel(choice.labels.en));
  return { ...choice, labels, key: follows ? keyFromLabel(labels.en) : choice.key };
}

interface RowProps {
  choice: ChoiceDraft;
  name: string;
  error: ChoiceErrors;
  onChange: (choice: ChoiceDraft) => void;
  onRemove: () => void;
}

function ChoiceRow({ choice, name, error, onChange, onRemove }: RowProps) {
  const { t } = useTranslation();
  return (
    <Paper p="sm" role="group" aria-label={name} bg={choice.active ? undefined : 'gray.0'}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end">
          <TextInput
            label={t('attributes.choiceKey', { choice: name })}
            size="xs"
            w={220}
            value={choice.key}
            readOnly={choice.saved}
            required
            error={fieldError(t, error?.key)}
            onChange={(e) => onChange({ ...choice, key: e.currentTarget.value })}
          />
          {choice.saved ? (
            <Switch
              label={t('attributes.choiceActive', { choice: name })}
              checked={choice.active}
              onChange={(e) => onChange({ ...choice, active: e.currentTarget.checked })}
            />
          ) : (
            <Button size="xs" variant="subtle" color="red" onClick={onRemove}>
              {t('attributes.removeChoice', { choice: name })}
            </Button>
          )}
        </Group>
        <LabelsInputs
          legend={name}
          cols={4}
          value={choice.labels}
          onChange={(labels) => onChange(relabel(choice, labels))}
          errors={{ en: fieldError(t, error?.labels?.en) }}
        />
      </Stack>
    </Paper>
  );
}

export function ChoicesEditor({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const rowErrors = (Array.isArray(errors) ? errors : []) as ChoiceErrors[];
  const set = (index: number, choice: ChoiceDraft) => onChange(value.map((c, i) => (i === index ? choice : c)));
  return (
    <Stack gap="sm">
      {value.map((choice, index) => {
        const name = t('attributes.choiceN', { n: index + 1 });
        return (
          <ChoiceRow
            key={index}
            choice={choice}
            name={name}
            error={rowErrors[index]}
            onChange={(next) => set(index, next)}
            onRemove={() => onChange(value.filter((_, i) => i !== index))}
          />
        );
      })}
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('attributes.noChoices')}
        </Text>
      )}
      {listError(t, errors) && <Input.Error>{listError(t, errors)}</Input.Error>}
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() => onChange([...value, { key: '', labels: EMPTY_LABELS, active: true, saved: false }])}
        >
          {t('attributes.addChoice')}
        </Button>
      </Group>
    </Stack>
  );
}
