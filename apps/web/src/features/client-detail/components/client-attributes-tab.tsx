// "Additional info" tab: the client's user-defined attributes with labels in the user's language.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isEmptyValue } from '../../../components/attribute-field/attribute-definition.ts';
import { AttributeValueView, useAttributeLabel } from '../../../components/attribute-field/attribute-value.tsx';
import type { RecordAttributeDefinition } from '../hooks/use-record-attributes.ts';
import { DetailList } from './detail-list.tsx';

interface Props {
  attributes: unknown;
  definitions: readonly RecordAttributeDefinition[];
  /** Leave out attributes without a value (the printed brief). */
  filledOnly?: boolean;
}

export function AttributesList({ attributes, definitions, filledOnly = false }: Props) {
  const { t } = useTranslation();
  const labelOf = useAttributeLabel();
  const values = (attributes ?? {}) as Record<string, unknown>;
  const shown = filledOnly ? definitions.filter((d) => !isEmptyValue(values[d.key])) : definitions;
  if (shown.length === 0) return <Text c="dimmed">{t('attributes.noneDefined')}</Text>;
  return (
    <DetailList
      items={shown.map((def) => ({
        label: labelOf(def),
        wide: def.type === 'LONG_TEXT',
        value: isEmptyValue(values[def.key]) ? null : <AttributeValueView definition={def} value={values[def.key]} />,
      }))}
    />
  );
}
