// Live preview of a draft attribute: the field exactly as users will see it, and the value it would store.
import { Code, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttributeValue } from '../../../components/attribute-field/attribute-definition.ts';
import { AttributeField } from '../../../components/attribute-field/attribute-field.tsx';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';

export function AttributePreview({ definition }: { definition: AttributeFieldDefinition }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<AttributeValue>(null);
  // A value of the previous type would not fit the new input: start empty when the type changes.
  const [type, setType] = useState(definition.type);
  if (type !== definition.type) {
    setType(definition.type);
    setValue(null);
  }
  return (
    <Paper p="md" bg="gray.0" role="region" aria-label={t('attributes.preview')} pos="sticky" top={0}>
      <Stack gap="xs">
        <Text size="xs" c="dimmed" fw={700} tt="uppercase">
          {t('attributes.preview')}
        </Text>
        <AttributeField definition={definition} value={value} onChange={setValue} />
        <Text size="xs" c="dimmed">
          {t('attributes.storedAs')} <Code>{JSON.stringify(value)}</Code>
        </Text>
      </Stack>
    </Paper>
  );
}
