// The merge fields the API accepts (the whitelist in apps/api/src/modules/mail/merge-fields.ts), in menu order.
export const MERGE_FIELD_NAMES = [
  'salutation',
  'person.firstName',
  'person.lastName',
  'client.name',
  'agent.name',
  'agent.signature',
  'unsubscribeUrl',
] as const;

export type MergeFieldName = (typeof MERGE_FIELD_NAMES)[number];

/** The tag as written in a template: `{{client.name}}`. */
export const mergeTag = (name: MergeFieldName) => `{{${name}}}`;

/** The i18n key of a field's label (dots are path separators for i18next). */
export const mergeFieldLabelKey = (name: MergeFieldName) => `mailEditor.fields.${name.replace('.', '_')}`;
