// Administration → E-mail: send a test e-mail through the saved settings and follow it until the relay takes or
// refuses it. A refusal is said in the user's language (lib/mail-error.ts, with the SMTP code); the server's own
// words are only a detail under it.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SendTestEmailInput } from '@veza/shared';
import { useForm, useWatch } from 'react-hook-form';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { fieldError } from '../../../lib/form-errors.ts';
import { mailErrorText } from '../../../lib/mail-error.ts';
import { schemaResolver } from '../../../lib/shaped-resolver.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { SendTestEmailMutation } from '../api/send-test-email-mutation.ts';
import { TestEmailStateQuery } from '../api/test-email-state-query.ts';

const POLL_MS = 1000;
const resolver = schemaResolver(SendTestEmailInput);

function TestEmailOutcome({ id, to }: { id: string; to: string }) {
  const { t } = useTranslation();
  const { data, stopPolling } = useQuery(TestEmailStateQuery, { variables: { id }, pollInterval: POLL_MS });
  const message = data?.emailMessage;
  const state = message?.state ?? 'QUEUED';
  const done = state === 'SENT' || state === 'FAILED';
  useEffect(() => {
    if (done) stopPolling();
  }, [done, stopPolling]);
  if (state === 'SENT') return <Alert color="green">{t('mailTest.sent', { to })}</Alert>;
  if (state === 'QUEUED') return <Alert color="blue">{t('mailTest.waiting', { to })}</Alert>;
  const failed = state === 'FAILED';
  return (
    <Alert color={failed ? 'red' : 'yellow'} title={t(failed ? 'mailTest.failed' : 'mailTest.retrying', { to })}>
      {message?.error && (
        <>
          <Text size="sm">{mailErrorText(t, message.error)}</Text>
          <Text size="xs" c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
            {t('mailTest.detail', { detail: message.error })}
          </Text>
        </>
      )}
    </Alert>
  );
}

type TestEmailValues = { to: string };

export function TestEmailCard({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<{ id: string; to: string } | null>(null);
  const [send] = useMutation(SendTestEmailMutation);
  const form = useForm<TestEmailValues, unknown, SendTestEmailInput>({ defaultValues: { to: '' }, resolver });
  // A bad address (the shared schema here, BAD_USER_INPUT `to` from the API) shows under the field.
  const submit = useFormSubmit({
    form,
    fields: ['to'],
    save: async (input) => {
      const res = await send({ variables: input });
      if (res.data) setSent({ id: res.data.sendTestEmail.id, to: input.to });
    },
    onClose: () => undefined,
  });
  const to = useWatch({ control: form.control, name: 'to' });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('mail.settings.testTitle')}
      </Title>
      <form onSubmit={(event) => void submit.onSubmit(event)} noValidate aria-label={t('mail.settings.testTitle')}>
        <ErrorAlert message={submit.formError} />
        {/* The button beside the input, inside the field: the label above and the error under both, on a phone too. */}
        <TextInput
          label={t('mail.settings.testTo')}
          type="email"
          autoComplete="email"
          maw="32rem"
          {...form.register('to')}
          error={fieldError(t, form.formState.errors.to)}
          inputContainer={(input) => (
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <div style={{ flex: 1, minWidth: 0 }}>{input}</div>
              <Button type="submit" loading={submit.saving} disabled={disabled || !to.trim()} style={{ flexShrink: 0 }}>
                {t('mail.settings.testSend')}
              </Button>
            </Group>
          )}
        />
      </form>
      {sent && (
        <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
          <TestEmailOutcome key={sent.id} id={sent.id} to={sent.to} />
        </div>
      )}
    </Card>
  );
}
