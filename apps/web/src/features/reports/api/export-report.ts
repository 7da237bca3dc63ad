// Downloads a report as XLSX, CSV or PDF from POST /export/report (same definition as runReport).
import { downloadExport } from '../../../components/data-table/download-export.ts';

export type ReportExportFormat = 'xlsx' | 'csv' | 'pdf';

export interface ReportExportRequest {
  format: ReportExportFormat;
  definition: unknown;
  title: string;
  headers: string[];
  totalLabel: string;
}

export function exportReport(request: ReportExportRequest): Promise<void> {
  return downloadExport('/export/report', request);
}
