// Read-only display of a stored attribute value (detail page, printed brief), in the UI language.
import { Badge, Group, Text } from '@mantine/core';
import { labelIn } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { choiceLabel, isEmptyValue, type AttributeFieldDefinition } from './attribute-definition.ts';

/** The value as text; empty string when unset. */
export function formatAttributeValue(
  def: AttributeFieldDefinition,
  value: unknown,
  locale: string,
  yesNo: { yes: string; no: string },
): string {
  if (isEmptyValue(value)) return '';
  switch (def.type) {
    case 'BOOLEAN':
      return value === true ? yesNo.yes : yesNo.no;
    case 'INTEGER':
    case 'DECIMAL':
      return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : String(value);
    case 'DATE': {
      const date = new Date(`${String(value)}T00:00:00Z`);
      return Number.isNaN(date.getTime())
        ? String(value)
        : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
    }
    case 'CHOICE':
      return choiceLabel(def, String(value), locale);
    case 'MULTI_CHOICE':
      return (Array.isArray(value) ? value : [value]).map((k) => choiceLabel(def, String(k), locale)).join(', ');
    default:
      return String(value);
  }
}

export function useAttributeLabel() {
  const { i18n } = useTranslation();
  return (def: AttributeFieldDefinition) => labelIn(def.labels, i18n.language) || def.key;
}

/** The value for screen and print: choices as badges, the rest as text, a dash when unset. */
export function AttributeValueView({ definition, value }: { definition: AttributeFieldDefinition; value: unknown }) {
  const { t, i18n } = useTranslation();
  if (isEmptyValue(value)) return <Text c="dimmed">—</Text>;
  if (definition.type === 'MULTI_CHOICE' && Array.isArray(value)) {
    return (
      <Group gap={4}>
        {value.map((k) => (
          <Badge key={String(k)} variant="light" size="sm">
            {choiceLabel(definition, String(k), i18n.language)}
          </Badge>
        ))}
      </Group>
    );
  }
  const text = formatAttributeValue(definition, value, i18n.language, {
    yes: t('attributes.yes'),
    no: t('attributes.no'),
  });
  return <Text style={{ whiteSpace: definition.type === 'LONG_TEXT' ? 'pre-wrap' : undefined }}>{text}</Text>;
}
