// GDPR export request (POST /export/person-data).
import { z } from 'zod';

export const PersonDataExportInput = z.object({
  personId: z.string().min(1).max(200),
  format: z.enum(['json', 'pdf']),
});
export type PersonDataExportInput = z.infer<typeof PersonDataExportInput>;
