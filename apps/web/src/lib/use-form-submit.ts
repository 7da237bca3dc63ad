// Form kit: the save workflow every form shares — submit, success notice, stale-version conflict, server field errors
// onto their fields and the rest above the buttons. A form resets by being mounted again (`recordKey`), so nothing
// here clears state for the next record.
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyApiErrors } from './form-errors.ts';
import { hasErrorCode } from './graphql-errors.ts';
import { notifySuccess } from './notify.ts';

export function useFormSubmit<TValues extends FieldValues, TOutput>(options: {
  form: UseFormReturn<TValues, unknown, TOutput>;
  /** Form fields a server BAD_USER_INPUT may name (`extensions.field`). */
  fields: readonly Path<TValues>[];
  save: (input: TOutput) => Promise<unknown>;
  /** Shown as a notification after a successful save. */
  successMessage?: string;
  /** For Cancel (`close`), and after a successful save unless `onSaved` is given. */
  onClose: () => void;
  /** After a successful save (e.g. navigate to the new record), instead of `onClose`. */
  onSaved?: () => void;
  /** Asked before saving (e.g. "disable this user?"): return false to hold the input for `confirm`. */
  proceed?: (input: TOutput) => boolean;
  /** Extra mapping of server errors (e.g. attribute values) after the field errors. */
  onServerError?: (error: unknown) => void;
  /** A form's own text for an error (e.g. login's one message for a wrong e-mail or password), else the default. */
  errorMessage?: (error: unknown) => string | null;
}) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [held, setHeld] = useState<{ input: TOutput } | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (input: TOutput) => {
    setFormError(null);
    setHeld(null);
    setSaving(true);
    try {
      await options.save(input);
      if (options.successMessage) notifySuccess(options.successMessage);
      (options.onSaved ?? options.onClose)();
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) return setConflict(true);
      const own = options.errorMessage?.(error);
      setFormError(own ?? applyApiErrors(t, error, options.form.setError, options.fields));
      options.onServerError?.(error);
    } finally {
      setSaving(false);
    }
  };
  const onSubmit = options.form.handleSubmit((input) => {
    if (options.proceed && !options.proceed(input)) setHeld({ input });
    else return submit(input);
  });
  return {
    formError,
    conflict,
    setConflict,
    saving,
    onSubmit,
    close: options.onClose,
    /** The input `proceed` held back, until `confirm` or `cancelHeld`. */
    held: held !== null,
    confirm: () => (held ? submit(held.input) : Promise.resolve()),
    cancelHeld: () => setHeld(null),
  };
}
