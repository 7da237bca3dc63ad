// The client page's E-mails tab: the mail sent to the client's persons (the shared record list) and "write an
// e-mail" (the compose dialog). Plugged into the client page by the app.
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposeEmailModal } from './compose-email-modal.tsx';
import { RecordEmailsList } from './record-emails-list.tsx';

export function ClientEmailsTab({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const [composing, setComposing] = useState(false);
  const compose = canWrite && <Button onClick={() => setComposing(true)}>{t('mail.compose.open')}</Button>;
  return (
    <>
      <RecordEmailsList recordId={clientId} actions={compose} />
      <ComposeEmailModal clientId={clientId} opened={composing} onClose={() => setComposing(false)} />
    </>
  );
}
