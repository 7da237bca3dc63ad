// A contact person's mail actions on the client page: edit the salutation, write them an e-mail. Plugged into the
// person card by the app.
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../lib/session.tsx';
import { ComposeEmailModal } from './compose-email-modal.tsx';
import { PersonSalutationModal } from './person-salutation-modal.tsx';

export function PersonMailActions(props: {
  personId: string;
  personName: string;
  clientId: string;
  canWrite: boolean;
  hasEmail: boolean;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const [open, setOpen] = useState<'salutation' | 'compose' | null>(null);
  if (!props.canWrite) return null;
  const close = () => setOpen(null);
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        onClick={() => setOpen('salutation')}
        aria-label={t('mail.salutation.open', { name: props.personName })}
      >
        {t('mail.salutation.button')}
      </Button>
      {props.hasEmail && can('mail.send') && (
        <Button
          size="xs"
          variant="subtle"
          onClick={() => setOpen('compose')}
          aria-label={t('mail.compose.openFor', { name: props.personName })}
        >
          {t('mail.compose.short')}
        </Button>
      )}
      <PersonSalutationModal
        personId={props.personId}
        personName={props.personName}
        opened={open === 'salutation'}
        onClose={close}
      />
      <ComposeEmailModal
        clientId={props.clientId}
        personIds={[props.personId]}
        opened={open === 'compose'}
        onClose={close}
      />
    </>
  );
}
