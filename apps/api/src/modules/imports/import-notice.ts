// The "import finished" notification: the user who started an import (or a dry run) hears how it ended, with its
// counts, in their language, and a link back to the job. Keyed by the job, so a retried job notifies once.
import type { Db } from '../../db/prisma.ts';
import { globalId } from '../../graphql/ids.ts';
import { notify } from '../notifications/index.ts';
import { translate } from './import-texts.ts';
import { ImportsRepository, type ImportJobRow } from './imports.repository.ts';

const ENDED = ['DONE', 'FAILED', 'CANCELLED'];

/** "Dry run: 3 new, 1 updated…" / "cancelled: …" / "failed: <reason>" in the language. */
export function finishedSummary(job: ImportJobRow, locale: string): string {
  if (job.state === 'FAILED')
    return translate(locale, 'imports.notice.failed', {
      error: translate(locale, job.error ?? 'imports.unreadableFile'),
    });
  const counts = translate(locale, 'imports.notice.counts', {
    created: job.created,
    updated: job.updated,
    unchanged: job.unchanged,
    invalid: job.invalid,
  });
  const prefix = job.state === 'CANCELLED' ? 'imports.notice.cancelled' : job.dryRun ? 'imports.notice.dryRun' : null;
  return prefix ? translate(locale, prefix, { counts }) : counts;
}

/** Notifies the job's creator once it has ended (nothing for a job still queued or running). */
export async function notifyFinished(db: Db, jobId: string): Promise<void> {
  const repo = new ImportsRepository(db);
  const job = await repo.findJob(jobId);
  if (!job || !ENDED.includes(job.state)) return;
  const { locale, fileName } = await repo.noticeContext(job);
  await notify(db, {
    recipientIds: [job.createdById],
    kind: 'IMPORT_FINISHED',
    params: { name: fileName, summary: finishedSummary(job, locale) },
    link: `/imports?job=${globalId('ImportJob', job.id)}`,
    dedupeKey: `import:${job.id}`,
  });
}
