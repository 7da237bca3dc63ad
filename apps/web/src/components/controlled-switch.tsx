// A Mantine Switch bound to a react-hook-form field. Registered with `register`, Mantine's Switch keeps its own
// checked state and opened stored `true` values as off (so saving the form switched them off).
import { Switch } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

interface Props<T extends FieldValues> {
  control: Control<T, unknown, unknown>;
  name: Path<T>;
  label: string;
  description?: string;
}

export function ControlledSwitch<T extends FieldValues>({ control, name, label, description }: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Switch
          label={label}
          description={description}
          checked={Boolean(field.value)}
          onChange={(e) => field.onChange(e.currentTarget.checked)}
        />
      )}
    />
  );
}
