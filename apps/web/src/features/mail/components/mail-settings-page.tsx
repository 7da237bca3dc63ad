// Administration → E-mail: the SMTP relay settings and a test e-mail (permission mail.settings).
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { MailSettingsQuery } from '../api/mail-settings-query.ts';
import { SendTestEmailMutation } from '../api/send-test-email-mutation.ts';
import { MailSettingsForm } from './mail-settings-form.tsx';

function TestEmailCard({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const [to, setTo] = useState('');
  const [send, { loading }] = useMutation(SendTestEmailMutation);
  const run = async () => {
    try {
      await send({ variables: { to } });
      notifySuccess(t('mail.settings.testQueued', { to }));
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
    </Card>
  );
}

export default function MailSettingsPage() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(MailSettingsQuery, { fetchPolicy: 'network-only' });
  const s = data?.mailSettings;
  if (!s) return <PageLoader />;
  const initial = {
    host: s.host ?? '',
    port: s.port,
    security: s.security,
    username: s.username ?? '',
    password: '',
    fromAddress: s.fromAddress ?? '',
    fromName: s.fromName ?? '',
    ratePerSecond: s.ratePerSecond,
    dkimDomain: s.dkimDomain ?? '',
    dkimSelector: s.dkimSelector ?? '',
    dkimPrivateKey: '',
    allowSelfApproval: s.allowSelfApproval,
    tlsCaCert: s.tlsCaCert ?? '',
    version: s.version,
  };
  return (
    <Stack maw={900}>
      <Title order={1}>{t('mail.settings.title')}</Title>
      <Card withBorder>
        <MailSettingsForm
          key={s.version}
          initial={initial}
          passwordSet={s.passwordSet}
          dkimKeySet={s.dkimKeySet}
          onReload={() => void refetch()}
        />
      </Card>
      <TestEmailCard disabled={!s.configured} />
    </Stack>
  );
}
