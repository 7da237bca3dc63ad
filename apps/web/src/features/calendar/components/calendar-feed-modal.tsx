// "Subscribe (Outlook / iCalendar)": explains the secret feed URL, creates a new one (shown once), switches it off.
import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { SecretValue } from '../../../components/secret-value.tsx';
import { useFormatDateTime } from '../../../lib/format.ts';
import { errorText } from '../../../lib/graphql-errors.ts';
import { useCalendarFeed } from '../hooks/use-calendar-feed.ts';

/** Calendar programs open `webcal:` links as a subscription (Outlook desktop, Apple Calendar). */
export function webcalUrl(url: string): string {
  return url.replace(/^https?:\/\//i, 'webcal://');
}

function FeedUrl({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Alert color="yellow" variant="light">
        {t('calendar.feed.shownOnce')}
      </Alert>
      <SecretValue label={t('calendar.feed.urlLabel')} labelId="calendar-feed-url-label" value={url} />
      <Anchor href={webcalUrl(url)} size="sm">
        {t('calendar.feed.openInApp')}
      </Anchor>
    </Stack>
  );
}

type Confirming = 'regenerate' | 'revoke' | null;

export function CalendarFeedModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { feed, loading, error, regenerate, revoke, busy } = useCalendarFeed(opened);
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  const close = () => {
    setUrl(null);
    setConfirming(null);
    setActionError(null);
    onClose();
  };
  const run = async (action: 'regenerate' | 'revoke') => {
    setActionError(null);
    try {
      if (action === 'regenerate') setUrl(await regenerate());
      else {
        await revoke();
        setUrl(null);
      }
    } catch (e) {
      setActionError(errorText(t, e));
    }
    setConfirming(null);
  };
  const active = feed?.active ?? false;

  return (
    <Modal opened={opened} onClose={close} title={t('calendar.feed.title')} size="lg">
      <Stack>
        <Text size="sm">{t('calendar.feed.intro')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('calendar.feed.howOutlook')}</List.Item>
          <List.Item>{t('calendar.feed.howGoogle')}</List.Item>
          <List.Item>{t('calendar.feed.howApple')}</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          {t('calendar.feed.secret')}
        </Text>
        <ErrorAlert error={error} message={actionError} />
        {loading ? (
          <PageLoader />
        ) : url ? (
          <FeedUrl url={url} />
        ) : (
          feed && (
            <Text size="sm" fw={500} data-testid="calendar-feed-status">
              {active
                ? t('calendar.feed.activeSince', {
                    date: formatDateTime(feed.createdAt),
                    used: feed.lastUsedAt ? formatDateTime(feed.lastUsedAt) : t('calendar.feed.neverUsed'),
                  })
                : t('calendar.feed.inactive')}
            </Text>
          )
        )}
        {confirming && (
          <Alert color={confirming === 'revoke' ? 'red' : 'orange'} variant="light" role="alertdialog">
            <Stack gap="xs">
              <Text size="sm">{t(`calendar.feed.confirm.${confirming}`)}</Text>
              <Group gap="xs">
                <Button
                  size="xs"
                  color={confirming === 'revoke' ? 'red' : 'orange'}
                  loading={busy}
                  onClick={() => void run(confirming)}
                >
                  {t(`calendar.feed.${confirming}`)}
                </Button>
                <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <Group justify="space-between">
          <Group gap="xs">
            {!loading && feed && !confirming && (
              <>
                <Button
                  loading={busy}
                  variant={active ? 'default' : 'filled'}
                  onClick={() => (active ? setConfirming('regenerate') : void run('regenerate'))}
                >
                  {active ? t('calendar.feed.regenerate') : t('calendar.feed.create')}
                </Button>
                {active && (
                  <Button variant="subtle" color="red" onClick={() => setConfirming('revoke')}>
                    {t('calendar.feed.revoke')}
                  </Button>
                )}
              </>
            )}
          </Group>
          <Button variant={url ? 'filled' : 'default'} onClick={close}>
            {url ? t('calendar.feed.done') : t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
