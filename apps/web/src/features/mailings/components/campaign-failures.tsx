// The campaign's refused recipients: why, in the reader's language with the SMTP code (lib/mail-error.ts); the
// relay's own words only as a detail under each address.
import { useQuery } from '@apollo/client/react';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { mailErrorText } from '../../../lib/mail-error.ts';
import { EmailCampaignFailuresQuery } from '../api/email-campaign-failures-query.ts';

const SHOWN = 50;

/** `failed`: the campaign's current count, so the list is fetched again when it grows. */
export function CampaignFailures({ campaignId, failed }: { campaignId: string; failed: number }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(EmailCampaignFailuresQuery, {
    variables: { id: campaignId, first: SHOWN },
    fetchPolicy: failed ? 'cache-and-network' : 'cache-first',
  });
  const failures = data?.emailCampaign?.failures;
  return (
    <Card withBorder>
      <Title order={2} size="h5" mb="xs">
        {t('campaignFailures.title', { count: failures?.totalCount ?? failed })}
      </Title>
      <ErrorAlert error={error} />
      <Stack gap="xs">
        {failures?.edges.map(({ cursor, node }) => (
          <div key={cursor}>
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {node.address}
            </Text>
            <Text size="sm">{node.error ? mailErrorText(t, node.error) : t('mailErrors.unknown')}</Text>
            {node.error && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('campaignFailures.detail', { detail: node.error, attempts: node.attempts })}
              </Text>
            )}
          </div>
        ))}
      </Stack>
      {failures && failures.totalCount > failures.edges.length && (
        <Text size="sm" c="dimmed" mt="xs">
          {t('campaignFailures.more', { count: failures.totalCount - failures.edges.length })}
        </Text>
      )}
    </Card>
  );
}
