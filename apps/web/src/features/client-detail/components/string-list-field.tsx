// A list editor for repeated values (phones, e-mails): one input per row, add and remove buttons.
import { ActionIcon, Button, Fieldset, Group, Input, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  legend: string;
  /** Accessible name of one row, e.g. "Phone 2". */
  itemLabel: (index: number) => string;
  addLabel: string;
  value: string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  type?: 'tel' | 'email' | 'text';
  /** Translated errors per row and for the whole list. */
  rowErrors?: (string | undefined)[];
  error?: string;
}

export function StringListField({
  legend,
  itemLabel,
  addLabel,
  value,
  onChange,
  onBlur,
  type = 'text',
  rowErrors = [],
  error,
}: Props) {
  const { t } = useTranslation();
  const setRow = (index: number, text: string) => onChange(value.map((v, i) => (i === index ? text : v)));
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Stack gap="xs">
        {value.map((item, index) => (
          <Group key={index} gap="xs" wrap="nowrap" align="flex-start">
            <TextInput
              flex={1}
              type={type}
              aria-label={itemLabel(index)}
              value={item}
              error={rowErrors[index]}
              onBlur={onBlur}
              onChange={(e) => setRow(index, e.currentTarget.value)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={t('client.removeItem', { item: itemLabel(index) })}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {error && <Input.Error>{error}</Input.Error>}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...value, ''])}>
            {addLabel}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
