// The records behind a report cell (lib/report-links.ts), with the dictionary keys the filters need, the viewer's
// time zone (date groups) and what the viewer's report scope covers (their own records without reports.read).
import { useQuery } from '@apollo/client/react';
import type { ReportDefinition } from '@veza/shared';
import { useCallback, useMemo } from 'react';
import { useFilterOptions } from '../../../components/filter-builder/index.ts';
import { hasPermission, useSession } from '../../../lib/session.tsx';
import { ReportActivityTypesQuery } from '../api/report-activity-types-query.ts';
import { cellHref, type DrillContext, type DrillGroup } from '../lib/report-links.ts';

export type GroupCellHref = (groups: readonly DrillGroup[], depth: number) => string | null;

export function useGroupLinks(definition: ReportDefinition): GroupCellHref {
  const { options } = useFilterOptions();
  const session = useSession();
  const types = useQuery(ReportActivityTypesQuery, { skip: definition.subject !== 'ACTIVITIES' });
  const context = useMemo((): DrillContext => {
    const keys = new Map<string, string>();
    for (const v of types.data?.dictionary ?? []) keys.set(v.id, v.key);
    for (const values of Object.values(options.dictionaries))
      for (const v of values ?? []) if (v.id) keys.set(v.id, v.key);
    return {
      timeZone: session.user.timeZone,
      viewerId: session.user.id,
      reportsAll: hasPermission(session, 'reports.read'),
      activitiesAll: (session.scopes?.find((s) => s.kind === 'ACTIVITIES')?.read ?? 'OWN') !== 'OWN',
      campaignsAll: hasPermission(session, 'campaigns.manage'),
      keyOf: (id) => keys.get(id),
      allowApproximate: true,
    };
  }, [options.dictionaries, types.data, session]);
  return useCallback((groups, depth) => cellHref(definition, groups, depth, context), [definition, context]);
}
