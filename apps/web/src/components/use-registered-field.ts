// The plumbing a custom input needs to act like a native one for react-hook-form: `register()` reads and writes the
// handle's `value` and focuses it on an error, `onChange` gets a native-like event, and the field also works
// controlled (`value` given). Used by the date and date-time inputs.
import { useImperativeHandle, useRef, useState, type ForwardedRef } from 'react';

export type FieldChangeEvent = {
  type: 'change';
  target: { name?: string; value: string };
  currentTarget: { value: string };
};

/** What `register()` sees as the field: it reads and writes `value` and focuses it on an error. */
export interface FieldHandle {
  name?: string;
  value: string;
  focus: () => void;
}

export function useRegisteredField(
  ref: ForwardedRef<FieldHandle>,
  name: string | undefined,
  value: string | null | undefined,
  onChange: ((event: FieldChangeEvent) => unknown) | undefined,
) {
  const [own, setOwn] = useState('');
  const current = value === undefined ? own : (value ?? '');
  const input = useRef<HTMLInputElement>(null);
  useImperativeHandle(
    ref,
    () => ({
      name,
      get value() {
        return current;
      },
      set value(next: string) {
        setOwn(next ?? '');
      },
      focus: () => input.current?.focus(),
    }),
    [name, current],
  );
  /** Keeps `next` (uncontrolled) and reports it as a native change event. */
  const emit = (next: string) => {
    setOwn(next);
    onChange?.({ type: 'change', target: { name, value: next }, currentTarget: { value: next } });
  };
  return { current, input, emit };
}
