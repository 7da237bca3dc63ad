// Unread count kept live by the server's event stream, the notification list, and marking read.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { MarkNotificationsReadMutation } from '../api/mark-notifications-read-mutation.ts';
import { NotificationsQuery, UnreadNotificationCountQuery } from '../api/notifications-query.ts';

/** Opens GET /api/notifications/stream; each event refetches the count and the lists (the browser reconnects). */
export function useNotificationStream() {
  const client = useApolloClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/notifications/stream');
    const refresh = () => void client.refetchQueries({ include: [UnreadNotificationCountQuery, NotificationsQuery] });
    source.addEventListener('notification', refresh);
    return () => source.close();
  }, [client]);
}

export function useUnreadCount() {
  // The stream brings changes at once; the slow poll only covers a proxy that buffers the stream.
  const { data } = useQuery(UnreadNotificationCountQuery, { pollInterval: 120_000 });
  return data?.unreadNotificationCount ?? 0;
}

type Data = ResultOf<typeof NotificationsQuery>;
const select = (data: Data) => data.notifications;

export function useNotificationList(unreadOnly: boolean, first = 30) {
  const { rows, ...list } = useKeysetConnection(NotificationsQuery, {
    variables: { unreadOnly, first },
    select,
  });
  return { ...list, notifications: rows };
}

export type NotificationRow = ReturnType<typeof useNotificationList>['notifications'][number];

export function useMarkRead() {
  const [mutate] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: [UnreadNotificationCountQuery, NotificationsQuery],
  });
  return useCallback(
    (ids: string[] | 'all') => mutate({ variables: ids === 'all' ? { all: true } : { ids } }),
    [mutate],
  );
}
