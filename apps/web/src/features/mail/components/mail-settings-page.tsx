// Administration → E-mail: the SMTP relay settings and a test e-mail (permission mail.settings).
import { useQuery } from '@apollo/client/react';
import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../components/page-loader.tsx';
import { MailSettingsQuery } from '../api/mail-settings-query.ts';
import { MailSettingsForm } from './mail-settings-form.tsx';
import { TestEmailCard } from './test-email-card.tsx';

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
