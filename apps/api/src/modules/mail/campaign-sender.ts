// The campaign sending service: claims a batch of recipients under a lease, re-checks consent and suppression,
// renders and sends each (one recipient per message, fixed Message-ID, RFC 8058 one-click unsubscribe headers inside
// the DKIM signature), then records the batch set-based. A sender killed mid-batch loses nobody: its lease expires
// and another sender re-sends at most that batch. What every batch of a campaign shares (settings, transport, sender
// values, files, the parsed template) is read once per run, and a few batches are in flight at once (`lanes`), so
// the relay connections are not idle while a batch's rows are claimed and recorded.
import fs from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import type { Config } from '../../config/env.ts';
import type { Transporter } from 'nodemailer';
import type { Db } from '../../db/prisma.ts';
import { fileStoreFor } from '../attachments/index.ts';
import { clientWhereIn } from '../clients/index.ts';
import { attachmentParts, campaignMime } from './campaign-mime.ts';
import { CampaignSendRepository, type ClaimedRecipient } from './campaign-send.repository.ts';
import { MailActivitiesRepository } from './mail-activities.repository.ts';
import { campaignFiles, EmailCampaignsRepository, type EmailCampaignRow } from './email-campaigns.repository.ts';
import { htmlToText } from './mail-html.ts';
import { MailRepository, type MailSettingsRow } from './mail.repository.ts';
import { classifySendError, transportFor } from './mail-transport.ts';
import { campaignRenderer } from './merge-fields.ts';
import { recipientValues, senderValues } from './merge-values.ts';
import { secretBoxFor } from '../../lib/secret-box.ts';
import { unsubscribeUrl } from './unsubscribe-url.ts';

export type SenderOptions = {
  /** Recipients per batch; default: `batchSizeFor` the relay's rate. */
  batchSize?: number;
  leaseSeconds?: number;
  retrySeconds?: number;
  /** Batches of one campaign in flight at once in this process (default 3). */
  lanes?: number;
};
const LANES = 3;
const LEASE_SECONDS = 120;
const MAX_BATCH = 200;
/** Messages rendered between two yields to the event loop. */
const RENDER_CHUNK = 20;

/**
 * The largest batch whose lanes, all in flight at the relay's rate, still finish within half the lease (so a lease
 * never runs out under a working sender and nobody else re-sends its batch), at most 200: per-batch statements are
 * paid per 200 messages instead of per 50 when the rate allows it (1 000/s: 200; 10/s: 200; 1/s: 20).
 */
export function batchSizeFor(ratePerSecond: number, leaseSeconds = LEASE_SECONDS, lanes = LANES): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor((ratePerSecond * leaseSeconds) / (2 * lanes))));
}

type FileRef = { filename: string; contentType: string; path: string };

/** What every batch of one campaign needs, read once per run of the sender. */
type Prepared = {
  settings: MailSettingsRow;
  transport: Transporter;
  base: Awaited<ReturnType<typeof senderValues>>;
  signatureText: string;
  files: FileRef[];
  /** The files as ready MIME parts, when they are small enough to hold in every message in flight; else null. */
  parts: string[] | null;
  typeId: string | null;
  render: ReturnType<typeof campaignRenderer>;
};

/** Files up to this size in all are encoded once and copied into each raw message (600 in flight: ≤ 400 MB). */
const INLINE_FILES_BYTES = 512 * 1024;

/** The campaign's files as paths in the file store. */
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

/** Small files as MIME parts made once; larger ones stay on disk and nodemailer streams them into every message. */
async function inlineParts(files: FileRef[]): Promise<string[] | null> {
  const sizes = await Promise.all(files.map(async (f) => (await fs.stat(f.path)).size));
  if (sizes.reduce((a, b) => a + b, 0) > INLINE_FILES_BYTES) return null;
  const contents = await Promise.all(files.map((f) => fs.readFile(f.path)));
  return attachmentParts(
    files.map((f, i) => ({ filename: f.filename, contentType: f.contentType, content: contents[i]! })),
  );
}

async function prepare(db: Db, config: Config, campaign: EmailCampaignRow): Promise<Prepared | null> {
  const settings = await new MailRepository(db).settings();
  if (!settings?.host || !settings.fromAddress) return null;
  const [author] = await new EmailCampaignsRepository(db).userNames([campaign.createdById]);
  const base = await senderValues(db, { id: campaign.createdById, name: author?.name ?? '' });
  const files = await fileRefs(config, campaign);
  return {
    settings,
    transport: transportFor(settings, secretBoxFor(config)),
    base,
    signatureText: base.signature ? htmlToText(base.signature) : '',
    files,
    parts: await inlineParts(files),
    typeId: await new MailActivitiesRepository(db).typeId(),
    render: campaignRenderer(htmlToText),
  };
}

/** One recipient's message: raw MIME text (campaign-mime.ts), or nodemailer's composer when the files are large. */
function message(config: Config, campaign: EmailCampaignRow, p: Prepared, r: ClaimedRecipient) {
  const url = unsubscribeUrl(config, r.unsubscribe_token);
  const values = recipientValues(p.base, campaign.language, r, url);
  const mail = {
    fromName: values['agent.name'],
    fromAddress: p.settings.fromAddress!,
    to: r.address,
    subject: p.render.subject(campaign.subject, values),
    html: p.render.html(campaign.bodyHtml, values),
    text: p.render.text(campaign.bodyHtml, values, p.signatureText),
    messageId: r.message_id,
    unsubscribeUrl: url,
  };
  if (p.parts)
    return {
      envelope: { from: mail.fromAddress, to: [r.address] },
      raw: campaignMime({ ...mail, attachments: p.parts }),
    };
  return {
    from: { name: mail.fromName, address: mail.fromAddress },
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    messageId: mail.messageId,
    list: { unsubscribe: { url, comment: 'Unsubscribe' } },
    headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    // A copy per message: nodemailer keeps state on the objects it is given.
    attachments: p.files.map((f) => ({ ...f })),
  };
}

/** Sends each claimed row; a failure releases its row (retry later, or FAILED on 5xx). Returns the ids sent. */
async function sendEach(
  repo: CampaignSendRepository,
  config: Config,
  me: string,
  campaign: EmailCampaignRow,
  p: Prepared,
  rows: ClaimedRecipient[],
  retrySeconds: number,
): Promise<string[]> {
  const sent: string[] = [];
  const one = async (r: ClaimedRecipient, mail: ReturnType<typeof message>) => {
    try {
      await p.transport.sendMail(mail);
      sent.push(r.id);
    } catch (error) {
      const failure = classifySendError(error);
      await repo.release(r.id, me, { failed: failure.permanent, error: failure.message, delaySeconds: retrySeconds });
    }
  };
  const pending: Promise<void>[] = [];
  for (let i = 0; i < rows.length; i += RENDER_CHUNK) {
    // Rendering is synchronous: a batch of 200 at once would hold the event loop (and the API's requests) ~20 ms.
    if (i) await setImmediate();
    for (const r of rows.slice(i, i + RENDER_CHUNK)) pending.push(one(r, message(config, campaign, p, r)));
  }
  await Promise.all(pending);
  return sent;
}

/**
 * Works one batch of one SENDING campaign; returns how many recipients it claimed (0 = nothing due). `prepared`:
 * what the campaign's batches share, from the caller's run (read here when absent).
 */
export async function sendCampaignBatch(
  db: Db,
  config: Config,
  me: string,
  campaignId: string,
  options: SenderOptions = {},
  prepared?: Prepared | null,
) {
  const repo = new CampaignSendRepository(db);
  const campaign = await new EmailCampaignsRepository(db).find(campaignId);
  if (campaign?.state !== 'SENDING') return 0;
  const p = prepared ?? (await prepare(db, config, campaign));
  if (!p) return 0;
  const lease = options.leaseSeconds ?? LEASE_SECONDS;
  const size = options.batchSize ?? batchSizeFor(p.settings.ratePerSecond, lease, options.lanes ?? LANES);
  const claimed = await repo.claim(campaignId, me, size, lease);
  if (!claimed.length) {
    await repo.finish(campaignId);
    return 0;
  }
  const suppressed = await repo.suppress(
    claimed.map((r) => r.id),
    me,
  );
  const due = claimed.filter((r) => !suppressed.has(r.id));
  const sent = await sendEach(repo, config, me, campaign, p, due, options.retrySeconds ?? 60);
  if (sent.length && p.typeId)
    await repo.markSent(sent, me, {
      typeId: p.typeId,
      subject: campaign.name.slice(0, 250),
      ownerId: campaign.createdById,
    });
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
    const campaign = await new EmailCampaignsRepository(db).find(c.id);
    const p = campaign?.state === 'SENDING' ? await prepare(db, config, campaign) : null;
    if (!p) continue;
    const lane = async () => {
      while (!options.stop?.() && (await sendCampaignBatch(db, config, me, c.id, options, p)) > 0);
    };
    await Promise.all(Array.from({ length: options.lanes ?? LANES }, lane));
  }
}
