// The records behind a report cell (lib/report-links.ts), with the dictionary keys the filters need and the viewer's
// time zone (date groups).
import { useQuery } from '@apollo/client/react';
import type { ReportDefinition } from '@veza/shared';
import { useCallback, useMemo } from 'react';
import { useFilterOptions } from '../../../components/filter-builder/index.ts';
import { useSession } from '../../../lib/session.tsx';
import { ReportActivityTypesQuery } from '../api/report-activity-types-query.ts';
import { groupCellHref, type LinkGroup } from '../lib/report-links.ts';

export type GroupCellHref = (groups: readonly LinkGroup[], depth: number) => string | null;

export function useGroupLinks(definition: ReportDefinition): GroupCellHref {
  const { options } = useFilterOptions();
  const { user } = useSession();
  const types = useQuery(ReportActivityTypesQuery, { skip: definition.subject !== 'ACTIVITIES' });
  const keys = useMemo(() => {
    const map = new Map<string, string>();
    for (const v of types.data?.dictionary ?? []) map.set(v.id, v.key);
    for (const values of Object.values(options.dictionaries))
      for (const v of values ?? []) if (v.id) map.set(v.id, v.key);
    return map;
  }, [options.dictionaries, types.data]);
  return useCallback(
    (groups, depth) => groupCellHref(definition, groups, depth, (id) => keys.get(id), user.timeZone),
    [definition, keys, user.timeZone],
  );
}
