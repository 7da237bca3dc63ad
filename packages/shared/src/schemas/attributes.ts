// Input schemas for user-defined attribute definitions and the rules their choice lists follow over time.
import { z } from 'zod';
import { ATTRIBUTE_TYPES, type AttributeType } from '../attributes.ts';
import { LabelsInput } from '../labels.ts';
import { codeKey, positionInput } from './dictionaries.ts';

export const ATTRIBUTE_ENTITIES = ['CLIENT', 'PERSON', 'OPPORTUNITY', 'ACTIVITY'] as const;
export type AttributeEntity = (typeof ATTRIBUTE_ENTITIES)[number];

const MAX_CHOICES = 500;

const choiceInput = z.object({
  key: codeKey,
  labels: LabelsInput,
  active: z
    .boolean()
    .nullish()
    .transform((a) => a ?? true),
});

const choicesInput = z
  .array(choiceInput)
  .max(MAX_CHOICES, 'validation.tooMany')
  .superRefine((choices, ctx) => {
    const seen = new Set<string>();
    choices.forEach((c, i) => {
      if (seen.has(c.key)) ctx.addIssue({ code: 'custom', message: 'validation.duplicate', path: [i, 'key'] });
      seen.add(c.key);
    });
  });
export type AttributeChoiceInput = z.output<typeof choiceInput>;

export const isChoiceType = (type: AttributeType) => type === 'CHOICE' || type === 'MULTI_CHOICE';

/** CHOICE and MULTI_CHOICE need at least one choice; other types take none. Null when the list fits the type. */
export function attributeChoicesError(type: AttributeType, choices: readonly unknown[]): string | null {
  if (isChoiceType(type)) return choices.length > 0 ? null : 'validation.attribute.choicesRequired';
  return choices.length === 0 ? null : 'validation.attribute.choicesNotAllowed';
}

/** Choice keys in `previous` that `next` leaves out: stored values may use them, so they are deactivated instead. */
export function removedChoiceKeys(previous: readonly { key: string }[], next: readonly { key: string }[]): string[] {
  const kept = new Set(next.map((c) => c.key));
  return previous.map((c) => c.key).filter((k) => !kept.has(k));
}

export const CreateAttributeDefinitionInput = z
  .object({
    entity: z.enum(ATTRIBUTE_ENTITIES, 'validation.invalid'),
    key: codeKey,
    labels: LabelsInput,
    help: LabelsInput.nullish(),
    type: z.enum(ATTRIBUTE_TYPES, 'validation.invalid'),
    required: z
      .boolean()
      .nullish()
      .transform((r) => r ?? false),
    choices: choicesInput.nullish().transform((c) => c ?? []),
    position: positionInput.nullish(),
  })
  .superRefine((v, ctx) => {
    const error = attributeChoicesError(v.type, v.choices);
    if (error) ctx.addIssue({ code: 'custom', message: error, path: ['choices'] });
  });
export type CreateAttributeDefinitionInput = z.output<typeof CreateAttributeDefinitionInput>;

/** Left out or null: unchanged, except `help`, where null clears it. `choices` is the complete new list. */
export const UpdateAttributeDefinitionInput = z.object({
  labels: LabelsInput.nullish(),
  help: LabelsInput.nullish(),
  required: z.boolean().nullish(),
  active: z.boolean().nullish(),
  choices: choicesInput.nullish(),
  position: positionInput.nullish(),
});
export type UpdateAttributeDefinitionInput = z.output<typeof UpdateAttributeDefinitionInput>;
