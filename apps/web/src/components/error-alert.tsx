// A translated error box for a failed query or mutation.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/graphql-errors.ts';

export function ErrorAlert({ error, message }: { error?: unknown; message?: string | null }) {
  const { t } = useTranslation();
  const text = message ?? (error ? errorText(t, error) : null);
  if (!text) return null;
  return (
    <Alert color="red" variant="light" title={t('common.errorTitle')} role="alert">
      {text}
    </Alert>
  );
}
