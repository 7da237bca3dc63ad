// A client's history tab: all contacts and tasks, newest thread first, each thread's replies and subtasks nested
// under their parent; "Log contact" records one that happened, "Plan activity" schedules one.
import { Box, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useCan } from '../../../lib/session.tsx';
import { useActivityConnection, type ActivityRow } from '../hooks/use-activity-connection.ts';
import { ActivityCard } from './activity-card.tsx';
import type { ComposeEmailSlot } from '../../../lib/compose-email.ts';
import { useActivityDialogs, type ActivityActions, type ActivityChangesSlot } from './use-activity-dialogs.tsx';

const PAGE_SIZE = 30;
/** Deeper replies line up under the third level instead of shrinking further. */
const MAX_INDENT = 3;

function ThreadChildren({ parentId, actions, depth }: { parentId: string; actions: ActivityActions; depth: number }) {
  const { t } = useTranslation();
  const list = useActivityConnection({
    filter: { parentId },
    orderBy: { field: 'STARTS_AT', direction: 'ASC' },
    first: PAGE_SIZE,
  });
  return (
    <Stack gap={6} data-testid="activity-thread">
      {list.loading && <PageLoader />}
      {list.rows.map((a) => (
        <HistoryItem key={a.id} activity={a} actions={actions} depth={depth} />
      ))}
      {list.hasMore && (
        <Button
          variant="subtle"
          size="compact-sm"
          loading={list.loadingMore}
          onClick={() => void list.loadMore()}
          w="fit-content"
        >
          {t('history.moreReplies')}
        </Button>
      )}
    </Stack>
  );
}

function HistoryItem({ activity, actions, depth }: { activity: ActivityRow; actions: ActivityActions; depth: number }) {
  const indent = depth < MAX_INDENT;
  return (
    <Stack gap={6}>
      <ActivityCard activity={activity} actions={actions} showClient={false} />
      {activity.children.length > 0 && (
        <Box
          pl={indent ? 'lg' : 0}
          ml={indent ? 'xs' : 0}
          style={indent ? { borderLeft: '2px solid var(--mantine-color-default-border)' } : undefined}
        >
          <ThreadChildren parentId={activity.id} actions={actions} depth={depth + 1} />
        </Box>
      )}
    </Stack>
  );
}

export function ClientHistory({
  clientId,
  canWrite,
  composeEmail,
  changes,
}: {
  clientId: string;
  canWrite: boolean;
  /** The mail feature's compose dialog (plugged in by the app): an activity's menu writes an e-mail from it. */
  composeEmail?: ComposeEmailSlot;
  /** The audit feature's Changes view (plugged in by the app): an activity's menu shows its trail. */
  changes?: ActivityChangesSlot;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const list = useActivityConnection({
    filter: { clientIds: [clientId] },
    orderBy: { field: 'STARTS_AT', direction: 'DESC' },
    first: PAGE_SIZE,
  });
  const { actions, dialogs } = useActivityDialogs({ composeEmail, changes });
  // Replies and subtasks show under their parent; one whose parent the viewer cannot see stands on its own.
  const roots = list.rows.filter((a) => !a.parent);
  const writable = canWrite && can('activities.write');
  return (
    <Stack>
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          {t('history.count', { count: list.totalCount })}
        </Text>
        {writable && (
          <Group gap="xs">
            <Button variant="default" onClick={() => actions.create({ clientId })}>
              {t('history.plan')}
            </Button>
            <Button onClick={() => actions.create({ clientId, status: 'DONE', startsAt: new Date() })}>
              {t('history.log')}
            </Button>
          </Group>
        )}
      </Group>
      <ErrorAlert error={list.error} />
      {list.loading && <PageLoader />}
      {!list.loading && list.rows.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          {t('history.empty')}
        </Text>
      )}
      <Stack gap="sm" data-testid="client-history">
        {roots.map((a) => (
          <HistoryItem key={a.id} activity={a} actions={actions} depth={1} />
        ))}
      </Stack>
      {list.hasMore && (
        <Group justify="center">
          <Button variant="default" loading={list.loadingMore} onClick={() => void list.loadMore()}>
            {t('common.loadMore')}
          </Button>
        </Group>
      )}
      {dialogs}
    </Stack>
  );
}
