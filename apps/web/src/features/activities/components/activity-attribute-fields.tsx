// The activity form's user-defined attributes (shown only when an administrator defined some).
import { Controller, type UseFormReturn } from 'react-hook-form';
import type { AttributeFieldDefinition } from '../../../components/attribute-field/attribute-definition.ts';
import { AttributeFields, attributeFieldErrors } from '../../../components/attribute-field/attribute-fields.tsx';
import type { ActivityFormValues } from '../lib/activity-form.ts';

interface Props<Output> {
  form: UseFormReturn<ActivityFormValues, unknown, Output>;
  definitions: readonly AttributeFieldDefinition[];
}

export function ActivityAttributeFields<Output>({ form, definitions }: Props<Output>) {
  if (!definitions.some((d) => d.active !== false)) return null;
  return (
    <Controller
      control={form.control}
      name="attributes"
      render={({ field }) => (
        <AttributeFields
          definitions={definitions}
          values={field.value}
          onChange={(key, value) => field.onChange({ ...field.value, [key]: value })}
          errors={attributeFieldErrors(form.formState.errors.attributes)}
        />
      )}
    />
  );
}
