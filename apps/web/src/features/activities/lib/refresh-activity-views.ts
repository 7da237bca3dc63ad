// After an activity changes, every visible view of activities (lists, agenda, calendar, a client's history and
// last-contact date) fetches again; other queries stay cached.
import type { ApolloClient } from '@apollo/client';

const ACTIVITY_VIEWS = /^(Activity|MyAgenda|Calendar|ClientDetail)/;

export function refreshActivityViews(apollo: ApolloClient) {
  return apollo.refetchQueries({
    include: 'active',
    onQueryUpdated: (query) => (ACTIVITY_VIEWS.test(query.queryName ?? '') ? query.refetch() : false),
  });
}
