// A secret shown once (an API token, a calendar subscription address): its label, the value and a copy button.
import { Button, Code, CopyButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** `labelId` names the value for assistive technology (and tests) via `aria-labelledby`. */
export function SecretValue({ label, labelId, value }: { label: string; labelId: string; value: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" align="center">
        <Code block aria-labelledby={labelId} style={{ flex: 1, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {value}
        </Code>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'filled' : 'light'} color={copied ? 'teal' : undefined} onClick={copy}>
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </>
  );
}
