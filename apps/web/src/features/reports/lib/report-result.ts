// The result shape of RunReport, as the builder's components read it.
import type { ResultOf } from '../../../lib/graphql-types.ts';
import type { RunReportQuery } from '../api/run-report-query.ts';

export type ReportResult = ResultOf<typeof RunReportQuery>['runReport'];
