// Administration → E-mail: send a test e-mail through the saved settings and follow it until the relay takes or
// refuses it. A refusal is said in the user's language (lib/mail-error.ts, with the SMTP code); the server's own
// words are only a detail under it.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/graphql-errors.ts';
import { mailErrorText } from '../../../lib/mail-error.ts';
import { notifyError } from '../../../lib/notify.ts';
import { SendTestEmailMutation } from '../api/send-test-email-mutation.ts';
import { TestEmailStateQuery } from '../api/test-email-state-query.ts';

const POLL_MS = 1000;

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

export function TestEmailCard({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [sent, setSent] = useState<{ id: string; to: string } | null>(null);
  const [send, { loading }] = useMutation(SendTestEmailMutation);
  const run = async () => {
    try {
      const res = await send({ variables: { to } });
      if (res.data) setSent({ id: res.data.sendTestEmail.id, to });
    } catch (e) {
      notifyError(errorText(t, e));
    }
  };
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('mail.settings.testTitle')}
      </Title>
      <Group align="end">
        <TextInput
          label={t('mail.settings.testTo')}
          type="email"
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        <Button onClick={() => void run()} loading={loading} disabled={disabled || !to}>
          {t('mail.settings.testSend')}
        </Button>
      </Group>
      {sent && (
        <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
          <TestEmailOutcome key={sent.id} id={sent.id} to={sent.to} />
        </div>
      )}
    </Card>
  );
}
