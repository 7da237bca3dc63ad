// The campaign's refused recipients, a keyset page at a time ("load more"): why, in the reader's language with the
// SMTP code (lib/mail-error.ts); the relay's own words only as a detail under each address.
// While the campaign sends, the page polls its counts and passes the refused count here: when it moves, the list is
// read again from its first page — at once while only that page is shown, else on the reader's click, so the rows
// they have paged to do not vanish under them.
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { mailErrorText } from '../../../lib/mail-error.ts';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { EmailCampaignFailuresQuery } from '../api/email-campaign-failures-query.ts';

const PAGE = 50;

/**
 * The refused count the list was read at: it follows the campaign's `failed` by itself until the reader pages on
 * ("load more"), then waits for `catchUp`, which reads the list again from its first page.
 */
function useFollowCount(failed: number, refetch: () => Promise<unknown>) {
  const [readAt, setReadAt] = useState(failed);
  const [pagedOn, setPagedOn] = useState(false);
  if (readAt !== failed && !pagedOn) setReadAt(failed);
  const asked = useRef(readAt);
  useEffect(() => {
    if (asked.current === readAt) return;
    asked.current = readAt;
    void refetch();
  }, [readAt, refetch]);
  const catchUp = () => {
    setPagedOn(false);
    setReadAt(failed);
  };
  return { newer: failed - readAt, catchUp, pagedOn: () => setPagedOn(true) };
}

export function CampaignFailures({ campaignId, failed }: { campaignId: string; failed: number }) {
  const { t } = useTranslation();
  const list = useKeysetConnection(EmailCampaignFailuresQuery, {
    variables: { id: campaignId, first: PAGE },
    select: (data) => data.emailCampaign?.failures,
  });
  const follow = useFollowCount(failed, list.refetch);
  const total = list.totalCount || failed;
  return (
    <Card withBorder component="section" aria-labelledby="campaign-failures-title">
      <Title order={2} size="h5" mb="xs" id="campaign-failures-title">
        {t('campaignFailures.title', { count: Math.max(failed, total) })}
      </Title>
      <ErrorAlert error={list.error} />
      {follow.newer > 0 && (
        <Group mb="xs" gap="xs" wrap="wrap">
          <Text size="sm">{t('campaignFailures.newer', { count: follow.newer })}</Text>
          <Button size="compact-sm" variant="light" onClick={follow.catchUp}>
            {t('campaignFailures.fromStart')}
          </Button>
        </Group>
      )}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.rows.map((node) => (
          <li key={node.address}>
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {node.address}
            </Text>
            <Text size="sm">{node.error ? mailErrorText(t, node.error) : t('mailErrors.unknown')}</Text>
            {node.error && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('campaignFailures.detail', { detail: node.error, attempts: node.attempts })}
              </Text>
            )}
          </li>
        ))}
      </Stack>
      {list.hasMore && (
        <Group mt="xs" gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('campaignFailures.more', { count: total - list.rows.length })}
          </Text>
          <Button
            variant="subtle"
            size="compact-sm"
            loading={list.loadingMore}
            onClick={() => {
              follow.pagedOn();
              void list.loadMore();
            }}
          >
            {t('mailings.loadMore')}
          </Button>
        </Group>
      )}
    </Card>
  );
}
