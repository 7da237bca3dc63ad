// The detail page's actions: edit, print brief, copy address, delete (soft, confirmed) and restore.
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useCan } from '../../../lib/session.tsx';
import { useClientLifecycle } from '../hooks/use-client-lifecycle.ts';
import type { ClientDetail } from '../hooks/use-client-detail.ts';
import { CopyAddressButton } from './copy-address-button.tsx';

export function ClientDetailActions({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const can = useCan();
  const [confirming, setConfirming] = useState(false);
  const { deleteClient, restoreClient, busy } = useClientLifecycle(client.id);
  const deleted = Boolean(client.deletedAt);
  return (
    <>
      {!deleted && can('clients.write') && (
        <Button component={Link} to={`/clients/${client.id}/edit`}>
          {t('common.edit')}
        </Button>
      )}
      <Button component={Link} to={`/clients/${client.id}/brief`} variant="default">
        {t('client.printBrief')}
      </Button>
      <CopyAddressButton
        pageAction
        name={client.name}
        parts={{
          firm: client.name,
          street: client.street,
          postalCode: client.postalCode,
          city: client.city,
          country: client.country,
        }}
      />
      {can('clients.delete') &&
        (deleted ? (
          <Button variant="light" color="teal" loading={busy} onClick={() => void restoreClient()}>
            {t('client.restore')}
          </Button>
        ) : (
          <Button variant="light" color="red" onClick={() => setConfirming(true)}>
            {t('common.delete')}
          </Button>
        ))}
      <ConfirmDialog
        opened={confirming}
        title={t('client.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={busy}
        onConfirm={() => void deleteClient(client.version).then((ok) => ok && setConfirming(false))}
        onCancel={() => setConfirming(false)}
      >
        {t('client.deleteBody', { name: client.name })}
      </ConfirmDialog>
    </>
  );
}
