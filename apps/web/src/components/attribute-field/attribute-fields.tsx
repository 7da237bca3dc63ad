// A group of attribute inputs for a record, with validation against the definitions (same rules as the API).
import { SimpleGrid, Text } from '@mantine/core';
import { validateAttributeValues } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '../../lib/graphql-errors.ts';
import {
  isEmptyValue,
  toAttributeDef,
  type AttributeFieldDefinition,
  type AttributeValue,
} from './attribute-definition.ts';
import { AttributeField } from './attribute-field.tsx';

export type AttributeValues = Record<string, unknown>;

interface Props {
  definitions: readonly AttributeFieldDefinition[];
  values: AttributeValues;
  onChange: (key: string, value: AttributeValue) => void;
  /** i18n keys (or server text) by attribute key. */
  errors?: Record<string, string | undefined>;
}

export function AttributeFields({ definitions, values, onChange, errors = {} }: Props) {
  const { t } = useTranslation();
  const active = definitions.filter((d) => d.active !== false);
  if (active.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('attributes.noneDefined')}
      </Text>
    );
  }
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {active.map((def) => (
        <AttributeField
          key={def.key}
          definition={def}
          value={values[def.key] ?? null}
          onChange={(value) => onChange(def.key, value)}
          error={translateMessage(t, errors[def.key])}
        />
      ))}
    </SimpleGrid>
  );
}

/**
 * The values to send: every active definition, null for cleared ones (the API merges; null removes).
 * Values of inactive definitions are left out, since the API refuses to set them.
 */
export function attributesInput(definitions: readonly AttributeFieldDefinition[], values: AttributeValues) {
  const out: Record<string, unknown> = {};
  for (const def of definitions) {
    if (def.active === false) continue;
    const value = values[def.key];
    out[def.key] = isEmptyValue(value) ? null : value;
  }
  return out;
}

/** i18n keys of attribute errors by key, or null when all are fine; `previous` is the stored record's values. */
export function attributeErrors(
  definitions: readonly AttributeFieldDefinition[],
  values: AttributeValues,
  previous?: AttributeValues,
): Record<string, string> | null {
  const result = validateAttributeValues(
    definitions.map(toAttributeDef),
    attributesInput(definitions, values),
    previous,
  );
  if (result.ok) return null;
  return Object.fromEntries(result.issues.map((i) => [i.key, i.message]));
}

/** Initial form values: the stored ones, and `false` for required yes/no fields (a checkbox has no "unset"). */
export function initialAttributeValues(
  definitions: readonly AttributeFieldDefinition[],
  stored: unknown,
): AttributeValues {
  const values: AttributeValues = stored && typeof stored === 'object' ? { ...(stored as AttributeValues) } : {};
  for (const def of definitions) {
    if (def.type === 'BOOLEAN' && def.required && values[def.key] === undefined) values[def.key] = false;
  }
  return values;
}

/** react-hook-form's nested errors under `attributes` as message (i18n key) by attribute key. */
export function attributeFieldErrors(errors: unknown): Record<string, string | undefined> {
  if (!errors || typeof errors !== 'object') return {};
  return Object.fromEntries(
    Object.entries(errors as Record<string, { message?: unknown } | undefined>)
      .filter(([, e]) => e && typeof e === 'object' && typeof e.message === 'string')
      .map(([key, e]) => [key, e!.message as string]),
  );
}
