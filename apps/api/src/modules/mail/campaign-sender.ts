// The campaign sending service: claims a batch of recipients under a lease, re-checks consent and suppression,
// renders and sends each (one recipient per message, fixed Message-ID, RFC 8058 one-click unsubscribe headers inside
// the DKIM signature), then records the batch set-based. A sender killed mid-batch loses nobody: its lease expires
// and another sender re-sends at most that batch.
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import { fileStoreFor } from '../attachments/index.ts';
import { clientWhereIn } from '../clients/index.ts';
import { CampaignSendRepository, type ClaimedRecipient } from './campaign-send.repository.ts';
import { MailActivitiesRepository } from './mail-activities.repository.ts';
import { campaignFiles, EmailCampaignsRepository, type EmailCampaignRow } from './email-campaigns.repository.ts';
import { htmlToText } from './mail-html.ts';
import { MailRepository, type MailSettingsRow } from './mail.repository.ts';
import { classifySendError, transportFor } from './mail-transport.ts';
import { renderHtml, renderSubject } from './merge-fields.ts';
import { recipientValues, senderValues } from './merge-values.ts';
import { secretBoxFor } from '../../lib/secret-box.ts';
import { unsubscribeUrl } from './unsubscribe-url.ts';

export type SenderOptions = { batchSize?: number; leaseSeconds?: number; retrySeconds?: number };

type FileRef = { filename: string; contentType: string; path: string };

/** The campaign's files as paths in the file store: nodemailer streams each from disk into every message. */
async function fileRefs(config: Config, campaign: EmailCampaignRow): Promise<FileRef[]> {
  const store = fileStoreFor(config);
  return Promise.all(
    campaignFiles(campaign.attachments).map(async (f) => ({
      filename: f.name,
      contentType: f.mimeType,
      path: await store.localPath(f.sha256),
    })),
  );
}

function message(
  config: Config,
  settings: MailSettingsRow,
  campaign: EmailCampaignRow & { files: FileRef[] },
  r: ClaimedRecipient,
  base: Awaited<ReturnType<typeof senderValues>>,
) {
  const url = unsubscribeUrl(config, r.unsubscribe_token);
  const values = recipientValues(base, campaign.language, r, url);
  const html = renderHtml(campaign.bodyHtml, values);
  return {
    from: { name: values['agent.name'], address: settings.fromAddress! },
    to: r.address,
    subject: renderSubject(campaign.subject, values),
    html,
    text: htmlToText(html),
    messageId: r.message_id,
    list: { unsubscribe: { url, comment: 'Unsubscribe' } },
    headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    // A copy per message: nodemailer keeps state on the objects it is given.
    attachments: campaign.files.map((f) => ({ ...f })),
  };
}

/** Works one batch of one SENDING campaign; returns how many recipients it claimed (0 = nothing due). */
export async function sendCampaignBatch(
  db: Db,
  config: Config,
  me: string,
  campaignId: string,
  options: SenderOptions = {},
) {
  const repo = new CampaignSendRepository(db);
  const campaign = await new EmailCampaignsRepository(db).find(campaignId);
  const settings = await new MailRepository(db).settings();
  if (campaign?.state !== 'SENDING' || !settings?.host || !settings.fromAddress) return 0;
  const claimed = await repo.claim(campaignId, me, options.batchSize ?? 50, options.leaseSeconds ?? 120);
  if (!claimed.length) {
    await repo.finish(campaignId);
    return 0;
  }
  const suppressed = await repo.suppress(
    claimed.map((r) => r.id),
    me,
  );
  const transport = transportFor(settings, secretBoxFor(config));
  const [author] = await new EmailCampaignsRepository(db).userNames([campaign.createdById]);
  const base = await senderValues(db, { id: campaign.createdById, name: author?.name ?? '' });
  const withFiles = { ...campaign, files: await fileRefs(config, campaign) };
  const sent: string[] = [];
  await Promise.all(
    claimed
      .filter((r) => !suppressed.has(r.id))
      .map(async (r) => {
        try {
          await transport.sendMail(message(config, settings, withFiles, r, base));
          sent.push(r.id);
        } catch (error) {
          const failure = classifySendError(error);
          const delaySeconds = options.retrySeconds ?? 60;
          await repo.release(r.id, me, { failed: failure.permanent, error: failure.message, delaySeconds });
        }
      }),
  );
  const typeId = await new MailActivitiesRepository(db).typeId();
  if (sent.length && typeId)
    await repo.markSent(sent, me, { typeId, subject: campaign.name.slice(0, 250), ownerId: campaign.createdById });
  return claimed.length;
}

/** The compiled client filters of the campaign's dynamic groups, evaluated now (the system sees every client). */
async function dynamicWheres(repo: CampaignSendRepository, campaignId: string) {
  const filters = await repo.dynamicFilters(campaignId);
  return Promise.all(filters.map(async (f) => (await clientWhereIn(repo.db, f.time_zone, f.filter)).where));
}

/** Starts due approved campaigns and sends what is due until nothing is left or `stop()` says so. */
export async function runCampaignSender(
  db: Db,
  config: Config,
  me: string,
  options: SenderOptions & { stop?: () => boolean } = {},
) {
  const repo = new CampaignSendRepository(db);
  const settings = await new MailRepository(db).settings();
  const domain = settings?.fromAddress?.split('@')[1] ?? 'veza.invalid';
  for (const c of await repo.due()) {
    if (c.state === 'APPROVED') await repo.start(c.id, domain, await dynamicWheres(repo, c.id));
    while (!options.stop?.() && (await sendCampaignBatch(db, config, me, c.id, options)) > 0);
  }
}
