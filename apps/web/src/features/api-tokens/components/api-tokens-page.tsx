// Account › API tokens: the caller's tokens, creating one (secret shown once) and revoking.
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Code, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
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
        <ErrorAlert error={error} />
        {loading ? (
          <PageLoader />
        ) : tokens.length === 0 ? (
          !error && (
            <Text c="dimmed" ta="center" py="xl">
              {t('apiTokens.empty')}
            </Text>
          )
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table striped verticalSpacing="sm" aria-label={t('apiTokens.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('apiTokens.fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('apiTokens.fields.prefix')}</Table.Th>
                  <Table.Th scope="col">{t('apiTokens.fields.createdAt')}</Table.Th>
                  <Table.Th scope="col">{t('apiTokens.fields.expiresAt')}</Table.Th>
                  <Table.Th scope="col">{t('apiTokens.fields.lastUsedAt')}</Table.Th>
                  <Table.Th scope="col">{t('apiTokens.fields.status')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Th scope="row" fw={500}>
                      {token.name}
                    </Table.Th>
                    <Table.Td>
                      <Code>{token.prefix}…</Code>
                    </Table.Td>
                    <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
                    <Table.Td>{token.expiresAt ? formatDateTime(token.expiresAt) : t('apiTokens.never')}</Table.Td>
                    <Table.Td>
                      {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('apiTokens.neverUsed')}
                    </Table.Td>
                    <Table.Td>
                      <TokenStatus token={token} now={now} />
                      {token.revokedAt && (
                        <Text size="xs" c="dimmed">
                          {formatDateTime(token.revokedAt)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {!token.revokedAt && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setRevoking(token)}
                          aria-label={t('apiTokens.revokeNamed', { name: token.name })}
                        >
                          {t('apiTokens.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
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
