// POST /export/person-data: the GDPR export as a JSON or PDF download (the same checks as exportPersonData).
import type { Response } from 'express';
import { PersonDataExportInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { parseInput } from '../../graphql/errors.ts';
import { personDataPdf } from './gdpr-pdf.ts';
import { exportPersonData } from './gdpr.service.ts';

export async function exportPersonDataFile(ctx: Context, body: unknown, res: Response): Promise<void> {
  const viewer = requirePermission(ctx, 'persons.gdpr');
  const input = parseInput(PersonDataExportInput, body);
  const data = await exportPersonData(ctx, { personId: input.personId });
  const stamp = new Date().toISOString().slice(0, 10);
  const file =
    input.format === 'pdf'
      ? await personDataPdf(data, viewer.user.locale)
      : Buffer.from(JSON.stringify(data, null, 2), 'utf8');
  res.setHeader('Content-Type', input.format === 'pdf' ? 'application/pdf' : 'application/json; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="person-data-${stamp}.${input.format}"`);
  res.end(file);
}
