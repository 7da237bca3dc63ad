// The records behind a report cell (lib/report-links.ts), with the dictionary keys the client filter needs.
import type { ReportDefinition } from '@veza/shared';
import { useCallback, useMemo } from 'react';
import { useFilterOptions } from '../../../components/filter-builder/index.ts';
import { groupCellHref, type LinkGroup } from '../lib/report-links.ts';

export type GroupCellHref = (groups: readonly LinkGroup[], depth: number) => string | null;

export function useGroupLinks(definition: ReportDefinition): GroupCellHref {
  const { options } = useFilterOptions();
  const keys = useMemo(() => {
    const map = new Map<string, string>();
    for (const values of Object.values(options.dictionaries))
      for (const v of values ?? []) if (v.id) map.set(v.id, v.key);
    return map;
  }, [options.dictionaries]);
  return useCallback(
    (groups, depth) => groupCellHref(definition, groups, depth, (id) => keys.get(id)),
    [definition, keys],
  );
}
