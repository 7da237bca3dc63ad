// Wizard step 2: the agents (one campaign each) and how the clients are split among them.
import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { CAMPAIGN_STRATEGIES } from '@veza/shared';
import { useTranslation } from 'react-i18next';
import type { CampaignStrategyValue } from '../../hooks/use-generation-preview.ts';
import { AgentSelect } from '../agent-select.tsx';
import { WizardSection } from './wizard-section.tsx';

interface Props {
  agentIds: string[];
  onAgentsChange: (ids: string[]) => void;
  agentsError?: string;
  strategy: CampaignStrategyValue;
  onStrategyChange: (strategy: CampaignStrategyValue) => void;
}

export function WizardAgentsStep({ agentIds, onAgentsChange, agentsError, strategy, onStrategyChange }: Props) {
  const { t } = useTranslation();
  return (
    <WizardSection step={2} title={t('campaigns.wizard.agentsTitle')} description={t('campaigns.wizard.agentsHint')}>
      <AgentSelect
        multiple
        label={t('campaigns.wizard.agents')}
        value={agentIds}
        onChange={onAgentsChange}
        error={agentsError}
      />
      <Radio.Group
        label={t('campaigns.wizard.strategy')}
        value={strategy}
        onChange={(value) => onStrategyChange(value as CampaignStrategyValue)}
      >
        <SimpleGrid cols={{ base: 1, md: 3 }} mt="xs">
          {CAMPAIGN_STRATEGIES.map((s) => (
            <Radio.Card key={s} value={s} p="sm" radius="md" aria-label={t(`campaigns.strategy.${s}`)}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Radio.Indicator mt={2} />
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {t(`campaigns.strategy.${s}`)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`campaigns.strategyHint.${s}`)}
                  </Text>
                </Stack>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
    </WizardSection>
  );
}
