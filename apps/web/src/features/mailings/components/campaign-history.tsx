// The campaign's state changes, oldest first: from → to, who, when, and the note.
import { Card, Timeline, Text, Title } from '@mantine/core';
import type { EmailCampaignState } from '@veza/shared/graphql-types';
import { useTranslation } from 'react-i18next';

type Event = {
  fromState?: EmailCampaignState | null;
  toState: EmailCampaignState;
  userName: string;
  note?: string | null;
  at: string;
  outcome?: { sent: number; failed: number; suppressed: number } | null;
};

export function CampaignHistory({ history }: { history: readonly Event[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder>
      <Title order={2} size="h5" mb="sm">
        {t('mailings.campaigns.history')}
      </Title>
      <Timeline bulletSize={12} lineWidth={2}>
        {history.map((e, i) => (
          <Timeline.Item key={i} title={t(`mailings.states.${e.toState}`)}>
            <Text size="sm">
              {e.userName} · {new Date(e.at).toLocaleString(i18n.language)}
            </Text>
            {e.outcome && (
              <Text size="sm" c={e.outcome.failed > 0 ? 'red' : 'dimmed'}>
                {t(e.outcome.failed > 0 ? 'mailingsExtra.outcome.partly' : 'mailingsExtra.outcome.all', e.outcome)}
              </Text>
            )}
            {e.note && (
              <Text size="sm" c="dimmed">
                {e.note}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
