// Shown while the server creates the campaigns: an animated bar that cannot be dismissed half-way.
import { Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function GeneratingModal({ opened, clients, agents }: { opened: boolean; clients: number; agents: number }) {
  const { t, i18n } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={() => {}}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      title={t('campaigns.wizard.generatingTitle')}
    >
      <Stack gap="sm">
        <Text size="sm">
          {t('campaigns.wizard.generatingBody', {
            clients: new Intl.NumberFormat(i18n.language).format(clients),
            count: agents,
          })}
        </Text>
        <Progress
          value={100}
          animated
          size="lg"
          aria-label={t('campaigns.wizard.generatingTitle')}
          data-testid="generation-progress"
        />
      </Stack>
    </Modal>
  );
}
