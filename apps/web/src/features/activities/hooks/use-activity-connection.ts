// Activities for a filter, page by page (keyset cursors), with the pages appended to the first one.
import type { ResultOf } from '../../../lib/graphql-types.ts';
import { useKeysetConnection } from '../../../lib/use-keyset-connection.ts';
import { ActivityListQuery, type ActivityListVariables } from '../api/activity-list-query.ts';

type Data = ResultOf<typeof ActivityListQuery>;
const select = (data: Data) => data.activities;

export function useActivityConnection(
  variables: Omit<ActivityListVariables, 'after'>,
  options: { skip?: boolean } = {},
) {
  return useKeysetConnection(ActivityListQuery, { variables, skip: options.skip, select });
}

export type ActivityRow = ReturnType<typeof useActivityConnection>['rows'][number];
