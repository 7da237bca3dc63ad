// The users list for a search text, a page at a time (cursor pagination merged by the cache policy).
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { UsersQuery } from '../api/users-query.ts';

export const USERS_PAGE_SIZE = 25;

export function useUsers(search: string) {
  const [loadingMore, setLoadingMore] = useState(false);
  const trimmed = search.trim();
  const { data, loading, error, fetchMore } = useQuery(UsersQuery, {
    variables: { filter: trimmed ? { search: trimmed } : null, first: USERS_PAGE_SIZE },
  });
  const connection = data?.users;
  const users = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = async () => {
    if (!connection?.pageInfo.hasNextPage) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return {
    users,
    totalCount: connection?.totalCount ?? 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !data,
    loadingMore,
    error,
    loadMore,
  };
}

export type UserRow = ReturnType<typeof useUsers>['users'][number];
