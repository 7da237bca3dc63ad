// The viewer's iCalendar subscription: its state, a new secret URL (shown once) and switching it off.
import { useMutation, useQuery } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import type { CalendarFeedFieldsFragment } from '../api/calendar-feed-fields.ts';
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { MyCalendarFeedQuery } from '../api/my-calendar-feed-query.ts';
import { RegenerateCalendarFeedMutation } from '../api/regenerate-calendar-feed-mutation.ts';
import { RevokeCalendarFeedMutation } from '../api/revoke-calendar-feed-mutation.ts';

// The feed has no id, so Apollo cannot merge a mutation result into the query by itself.
function storeFeed(cache: ApolloCache, feed: ResultOf<typeof CalendarFeedFieldsFragment> | undefined) {
  if (feed) cache.writeQuery({ query: MyCalendarFeedQuery, data: { myCalendarFeed: feed } });
}

export function useCalendarFeed(opened: boolean) {
  const { data, loading, error } = useQuery(MyCalendarFeedQuery, { skip: !opened, fetchPolicy: 'network-only' });
  const [regenerate, regenerating] = useMutation(RegenerateCalendarFeedMutation, {
    update: (cache, { data: d }) => storeFeed(cache, d?.regenerateCalendarFeed.feed),
  });
  const [revoke, revoking] = useMutation(RevokeCalendarFeedMutation, {
    update: (cache, { data: d }) => storeFeed(cache, d?.revokeCalendarFeed),
  });
  return {
    feed: data?.myCalendarFeed ?? null,
    loading: loading && !data,
    error,
    regenerate: async () => (await regenerate()).data?.regenerateCalendarFeed.url ?? null,
    revoke: async () => {
      await revoke();
    },
    busy: regenerating.loading || revoking.loading,
  };
}
