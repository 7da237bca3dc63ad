// "Test connection and test a user": runs the saved settings step by step and lists each step's result.
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, List, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/graphql-errors.ts';
import { notifyError } from '../../../lib/notify.ts';
import { TestLdapSettingsMutation } from '../api/test-ldap-settings-mutation.ts';

type Step = {
  step: string;
  ok: boolean;
  code: string;
  message: string;
  detail?: string | null;
  count?: number | null;
  values?: string[] | null;
};

function StepRow({ step }: { step: Step }) {
  const { t } = useTranslation();
  const skipped = step.code === 'SKIPPED';
  return (
    <List.Item>
      <Group gap="xs" wrap="nowrap" align="start">
        <Badge color={step.ok ? 'green' : skipped ? 'gray' : 'red'} variant="light" style={{ flexShrink: 0 }}>
          {step.ok ? t('ldap.test.ok') : skipped ? t('ldap.test.skipped') : t('ldap.test.failed')}
        </Badge>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={500}>
            {t(`ldap.test.steps.${step.step}`)}
            {step.count != null && step.count >= 0 ? ` (${t('ldap.test.count', { count: step.count })})` : ''}
          </Text>
          {!step.ok && <Text size="sm">{step.message}</Text>}
          {step.detail && (
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {step.detail}
            </Text>
          )}
          {step.values && step.values.length > 0 && (
            <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
              {step.values.join('; ')}
            </Text>
          )}
        </Stack>
      </Group>
    </List.Item>
  );
}

export function LdapTestCard() {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [run, { data, loading }] = useMutation(TestLdapSettingsMutation);
  const start = async () => {
    try {
      await run({ variables: { username: username || null, password: password || null } });
    } catch (e) {
      notifyError(errorText(t, e));
    }
  };
  const result = data?.testLdapSettings;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('ldap.test.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('ldap.test.hint')}
      </Text>
      <Group align="end" wrap="wrap">
        <TextInput
          style={{ flex: '1 1 12rem' }}
          label={t('ldap.test.username')}
          autoComplete="off"
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
        />
        <PasswordInput
          style={{ flex: '1 1 12rem' }}
          label={t('ldap.test.password')}
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <Button onClick={() => void start()} loading={loading}>
          {t('ldap.test.run')}
        </Button>
      </Group>
      {result && (
        <Stack mt="md" gap="xs" aria-live="polite">
          <Text fw={600} c={result.ok ? 'green' : 'red'}>
            {result.ok ? t('ldap.test.allOk') : t('ldap.test.someFailed')}
          </Text>
          <List listStyleType="none" spacing="xs" aria-label={t('ldap.test.results')}>
            {result.steps.map((s) => (
              <StepRow key={s.step} step={s} />
            ))}
          </List>
        </Stack>
      )}
    </Card>
  );
}
