// Account › API tokens: the caller's tokens, creating one (secret shown once) and revoking.
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Code, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminTable } from '../../../components/admin-table.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useFormatDateTime } from '../../../lib/format.ts';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError, notifySuccess } from '../../../lib/notify.ts';
import { RevokeApiTokenMutation } from '../api/revoke-api-token-mutation.ts';
import { useApiTokens, type ApiTokenRow } from '../hooks/use-api-tokens.ts';
import { CreateTokenModal } from './create-token-modal.tsx';
import { TokenSecretModal } from './token-secret-modal.tsx';

function TokenStatus({ token, now }: { token: ApiTokenRow; now: number }) {
  const { t } = useTranslation();
  if (token.revokedAt)
    return (
      <Badge color="red" variant="light">
        {t('apiTokens.status.revoked')}
      </Badge>
    );
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now)
    return (
      <Badge color="gray" variant="light">
        {t('apiTokens.status.expired')}
      </Badge>
    );
  return (
    <Badge color="teal" variant="light">
      {t('apiTokens.status.active')}
    </Badge>
  );
}

export default function ApiTokensPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { tokens, loading, error } = useApiTokens();
  // Fixed when the page opens: a token expiring while it is open shows as expired after a reload.
  const [now] = useState(() => Date.now());
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenRow | null>(null);
  const [revoke, { loading: revokingNow }] = useMutation(RevokeApiTokenMutation);

  const confirmRevoke = async () => {
    if (!revoking) return;
    try {
      await revoke({ variables: { id: revoking.id } });
      notifySuccess(t('apiTokens.revoked'));
    } catch (e) {
      notifyError(errorText(t, e));
    }
    setRevoking(null);
  };

  return (
    <>
      <PageHeader
        title={t('apiTokens.title')}
        description={t('apiTokens.description')}
        actions={<Button onClick={() => setCreating(true)}>{t('apiTokens.create')}</Button>}
      />
      <Card>
        <AdminTable
          label={t('apiTokens.tableLabel')}
          rows={tokens}
          rowKey={(token) => token.id}
          loading={loading}
          error={error}
          empty={t('apiTokens.empty')}
          minWidth={820}
          columns={[
            { header: t('apiTokens.fields.name'), cell: (token) => token.name },
            { header: t('apiTokens.fields.prefix'), cell: (token) => <Code>{token.prefix}…</Code> },
            {
              header: t('apiTokens.fields.createdAt'),
              cell: (token) => formatDateTime(token.createdAt),
              hideOnPhone: true,
            },
            {
              header: t('apiTokens.fields.expiresAt'),
              cell: (token) => (token.expiresAt ? formatDateTime(token.expiresAt) : t('apiTokens.never')),
            },
            {
              header: t('apiTokens.fields.lastUsedAt'),
              cell: (token) => (token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('apiTokens.neverUsed')),
            },
            {
              header: t('apiTokens.fields.status'),
              cell: (token) => (
                <>
                  <TokenStatus token={token} now={now} />
                  {token.revokedAt && (
                    <Text size="xs" c="dimmed">
                      {formatDateTime(token.revokedAt)}
                    </Text>
                  )}
                </>
              ),
            },
          ]}
          actions={[
            {
              label: t('apiTokens.revoke'),
              name: (token) => t('apiTokens.revokeNamed', { name: token.name }),
              color: 'red',
              onClick: setRevoking,
              hidden: (token) => token.revokedAt != null,
            },
          ]}
        />
      </Card>
      <CreateTokenModal opened={creating} onClose={() => setCreating(false)} onCreated={setSecret} />
      <TokenSecretModal secret={secret} onClose={() => setSecret(null)} />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('apiTokens.revokeTitle')}
        confirmLabel={t('apiTokens.revoke')}
        loading={revokingNow}
        onConfirm={() => void confirmRevoke()}
        onCancel={() => setRevoking(null)}
      >
        {t('apiTokens.revokeBody', { name: revoking?.name ?? '' })}
      </ConfirmDialog>
    </>
  );
}
