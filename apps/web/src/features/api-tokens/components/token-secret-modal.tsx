// Shows a new token's secret once, with a copy button and an example request.
import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SecretValue } from '../../../components/secret-value.tsx';

function curlExample(secret: string): string {
  const endpoint = `${window.location.origin}/graphql`;
  return `curl -H "Authorization: Bearer ${secret}" -H "Content-Type: application/json" -d '{"query":"{ me { user { name } } }"}' ${endpoint}`;
}

export function TokenSecretModal({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={secret !== null}
      onClose={onClose}
      title={t('apiTokens.secretTitle')}
      size="lg"
      closeOnClickOutside={false}
    >
      {secret && (
        <Stack>
          <Alert color="yellow" variant="light">
            {t('apiTokens.secretOnce')}
          </Alert>
          <Stack gap={4}>
            <SecretValue label={t('apiTokens.secretLabel')} labelId="token-secret-label" value={secret} />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="token-curl-label">
              {t('apiTokens.exampleLabel')}
            </Text>
            <Code block aria-labelledby="token-curl-label" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {curlExample(secret)}
            </Code>
          </Stack>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('apiTokens.secretDone')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
