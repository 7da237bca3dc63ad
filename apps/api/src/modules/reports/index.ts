// The reports module's public surface: the engine (plan + run) for exports and other modules.
export { executeReport, planReport, runReport, type ReportPlan } from './reports.service.ts';
export type { ReportResult } from './report-result.ts';
