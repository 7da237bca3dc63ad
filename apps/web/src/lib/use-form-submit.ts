// The save workflow every edit modal shares: submit, success notice, stale-version conflict, server field errors.
import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { applyApiErrors } from './form-errors.ts';
import { hasErrorCode } from './graphql-errors.ts';
import { notifySuccess } from './notify.ts';

export function useFormSubmit<TValues extends FieldValues, TOutput>(options: {
  form: UseFormReturn<TValues, unknown, TOutput>;
  fields: readonly Path<TValues>[];
  save: (input: TOutput) => Promise<void>;
  successMessage: string;
  onClose: () => void;
  /** Extra mapping of server errors (e.g. attribute values) after the field errors. */
  onServerError?: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const close = () => {
    setFormError(null);
    setConflict(false);
    options.onClose();
  };
  const onSubmit = options.form.handleSubmit(async (input) => {
    setFormError(null);
    try {
      await options.save(input);
      notifySuccess(options.successMessage);
      close();
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) return setConflict(true);
      setFormError(applyApiErrors(t, error, options.form.setError, options.fields));
      options.onServerError?.(error);
    }
  });
  return { formError, conflict, setConflict, close, onSubmit };
}
