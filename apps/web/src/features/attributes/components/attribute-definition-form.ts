// The attribute definition form's values, conversion to API input, and resolvers built on the shared schemas.
import {
  CreateAttributeDefinitionInput,
  isChoiceType,
  UpdateAttributeDefinitionInput,
  type AttributeEntity,
  type AttributeType,
} from '@veza/shared';
import type { z } from 'zod';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import { EMPTY_LABELS, type LabelsDraft } from '../../../components/attribute-field/labels-inputs.tsx';
import { shapedResolver } from '../../../lib/shaped-resolver.ts';
import type { AttributeDefinitionRow } from '../hooks/use-attribute-definitions.ts';

export interface ChoiceDraft {
  key: string;
  labels: LabelsDraft;
  active: boolean;
  /** Stored already: its key is fixed and it can only be deactivated. */
  saved: boolean;
}

export interface AttributeDefinitionFormValues {
  key: string;
  labels: LabelsDraft;
  help: LabelsDraft;
  type: AttributeType;
  required: boolean;
  active: boolean;
  position: number | string;
  choices: ChoiceDraft[];
}

export type CreateAttributeDefinitionOutput = z.output<typeof CreateAttributeDefinitionInput>;
export type UpdateAttributeDefinitionOutput = z.output<typeof UpdateAttributeDefinitionInput>;

export const ATTRIBUTE_DEFINITION_FIELDS = [
  'key',
  'labels',
  'help',
  'type',
  'required',
  'active',
  'position',
  'choices',
] as const;

export function toAttributeFormValues(row: AttributeDefinitionRow | null): AttributeDefinitionFormValues {
  return {
    key: row?.key ?? '',
    labels: row ? { ...EMPTY_LABELS, ...row.labels } : EMPTY_LABELS,
    help: row?.help ? { ...EMPTY_LABELS, ...row.help } : EMPTY_LABELS,
    type: row?.type ?? 'TEXT',
    required: row?.required ?? false,
    active: row?.active ?? true,
    position: row?.position ?? '',
    choices: (row?.choices ?? []).map((c) => ({
      key: c.key,
      labels: { ...EMPTY_LABELS, ...c.labels },
      active: c.active,
      saved: true,
    })),
  };
}

/** Help texts are optional as a whole: all blank means none (on edit: remove them). */
const help = (h: LabelsDraft | undefined) => (h && Object.values(h).some((v) => v?.trim()) ? h : null);
const position = (p: number | string) => (p === '' || p === null ? null : Number(p));
const choices = (v: AttributeDefinitionFormValues) =>
  isChoiceType(v.type) ? v.choices.map(({ key, labels, active }) => ({ key, labels, active })) : [];

export function createAttributeResolver(entity: AttributeEntity) {
  return shapedResolver(CreateAttributeDefinitionInput, (v: AttributeDefinitionFormValues) => ({
    entity,
    key: v.key,
    labels: v.labels,
    help: help(v.help),
    type: v.type,
    required: v.required,
    choices: choices(v),
    position: position(v.position),
  }));
}

/** `choices` is the complete list; existing ones are always in it (deactivated, never removed). */
export function updateAttributeResolver(type: AttributeType) {
  return shapedResolver(UpdateAttributeDefinitionInput, (v: AttributeDefinitionFormValues) => ({
    labels: v.labels,
    help: help(v.help),
    required: v.required,
    active: v.active,
    choices: isChoiceType(type) ? choices(v) : undefined,
    position: position(v.position),
  }));
}

/** The draft as the attribute field will render it to users. */
export function previewDefinition(v: AttributeDefinitionFormValues): AttributeFieldDefinition {
  return {
    key: v.key || 'preview',
    type: v.type,
    required: v.required,
    labels: v.labels ?? {},
    help: help(v.help),
    choices: isChoiceType(v.type) ? (v.choices ?? []) : [],
  };
}
