// The mail sent from a record (a client's persons' mail, or an opportunity's), newest first, with each message's
// delivery state; a failure shows the relay's reply. Shown on the client page's E-mails tab and the opportunity page.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useFormatDateTime } from '../../../lib/format.ts';
import { mailErrorText } from '../../../lib/mail-error.ts';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { RecordEmailMessagesQuery } from '../api/record-email-messages-query.ts';

const STATE_COLORS: Record<string, string> = { QUEUED: 'gray', RETRYING: 'yellow', SENT: 'green', FAILED: 'red' };
/** While a shown message is still on its way, its state is asked again this often. */
const POLL_MS = 10_000;

type Data = ReturnType<typeof useConnection>['rows'][number];

function useMessages(recordId: string) {
  const list = useConnection(recordId);
  const pending = list.rows.some((m) => m.state === 'QUEUED' || m.state === 'RETRYING');
  const { refetch } = list;
  useEffect(() => {
    if (!pending) return;
    const timer = setInterval(() => void refetch(), POLL_MS);
    return () => clearInterval(timer);
  }, [pending, refetch]);
  return list;
}

function useConnection(recordId: string) {
  return useKeysetConnection(RecordEmailMessagesQuery, {
    variables: { id: recordId, first: 25 },
    select: (data) => (data.node && 'emailMessages' in data.node ? data.node.emailMessages : null),
  });
}

function MessageRow({ message }: { message: Data }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  return (
    <Paper withBorder p="sm" component="li" aria-label={message.subject}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
            {message.subject}
          </Text>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('mail.clientTab.to', { to: message.to })} · {format(message.sentAt ?? message.createdAt)}
          </Text>
          {message.error && (
            <Text size="sm" c="red" style={{ overflowWrap: 'anywhere' }}>
              {mailErrorText(t, message.error)}
            </Text>
          )}
        </Stack>
        <Badge color={STATE_COLORS[message.state] ?? 'gray'} variant="light" style={{ flexShrink: 0 }}>
          {t(`mail.state.${message.state}`)}
        </Badge>
      </Group>
    </Paper>
  );
}

/** `recordId`: a Client's or an Opportunity's global id; `actions` sit next to the count (e.g. "write an e-mail"). */
export function RecordEmailsList({ recordId, actions }: { recordId: string; actions?: ReactNode }) {
  const { t } = useTranslation();
  const list = useMessages(recordId);
  if (list.loading) return <PageLoader />;
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('mail.clientTab.count', { n: list.totalCount })}
        </Text>
        {actions}
      </Group>
      <ErrorAlert error={list.error} />
      {list.rows.length > 0 && (
        <Stack component="ul" gap="xs" aria-label={t('mail.clientTab.title')} style={{ listStyle: 'none', padding: 0 }}>
          {list.rows.map((message) => (
            <MessageRow key={message.id} message={message} />
          ))}
        </Stack>
      )}
      {list.hasMore && (
        <Button variant="subtle" onClick={() => void list.loadMore()} loading={list.loadingMore}>
          {t('mail.clientTab.more')}
        </Button>
      )}
    </Stack>
  );
}
