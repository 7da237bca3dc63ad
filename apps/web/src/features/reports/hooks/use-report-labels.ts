// Translated names for the builder: subjects, groupings, measures, statuses, charts and column headers.
import type { ReportResult } from '../lib/report-result.ts';
import { useTranslation } from 'react-i18next';

export function useReportLabels() {
  const { t } = useTranslation();
  const measure = (m: string) => {
    const [fn, field] = m.split(':');
    return field
      ? `${t(`reportBuilder.fns.${fn}`)} · ${t(`reportBuilder.fields.${field}`)}`
      : t(`reportBuilder.fns.${fn}`);
  };
  const dimension = (d: string) => t(`reportBuilder.dimensions.${d}`);
  const headers = (columns: ReportResult['columns']) =>
    columns.map((c) =>
      c.kind === 'GROUP' ? dimension(c.dimension ?? '') : measure(c.field ? `${c.fn}:${c.field}` : (c.fn ?? '')),
    );
  return { t, measure, dimension, headers };
}
