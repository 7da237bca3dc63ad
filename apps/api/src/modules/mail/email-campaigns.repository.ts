// Database access for e-mail campaigns: rows, guarded state changes (state + version in the WHERE), and history.
import type { Db, Prisma } from '../../db/prisma.ts';

export type CampaignState =
  'PREPARATION' | 'AWAITING_APPROVAL' | 'APPROVED' | 'SENDING' | 'PAUSED' | 'SENT' | 'CANCELLED';
export type EmailCampaignRow = NonNullable<Awaited<ReturnType<EmailCampaignsRepository['find']>>>;
/** A file kept on a campaign (a template's file when the campaign was saved), by the content hash of its bytes. */
export type CampaignFile = { name: string; sha256: string; mimeType: string };
type Content = {
  name: string;
  language: string;
  subject: string;
  bodyHtml: string;
  groupIds: string[];
  scheduledAt: Date | null;
  templateId: string | null;
  attachments: CampaignFile[];
};

/** The files stored on a campaign row (a JSON array written by this module only). */
export function campaignFiles(json: unknown): CampaignFile[] {
  return (Array.isArray(json) ? json : []) as CampaignFile[];
}

export class EmailCampaignsRepository {
  constructor(private readonly db: Db | Prisma.TransactionClient) {}

  find(id: string) {
    return this.db.emailCampaign.findUnique({ where: { id } });
  }

  page(states: CampaignState[] | null, limit: number, after: [string, string] | null) {
    return this.db.emailCampaign.findMany({
      where: {
        ...(states ? { state: { in: states } } : {}),
        ...(after
          ? { OR: [{ createdAt: { lt: new Date(after[0]) } }, { createdAt: new Date(after[0]), id: { lt: after[1] } }] }
          : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
    });
  }

  count(states: CampaignState[] | null) {
    return this.db.emailCampaign.count({ where: states ? { state: { in: states } } : {} });
  }

  create(data: Content & { createdById: string }) {
    return this.db.emailCampaign.create({ data });
  }

  /** Changes content and/or state only from one of `from` at `version`; false when someone else was first. */
  async change(
    id: string,
    version: number,
    from: CampaignState[],
    data: Partial<Content> & { state?: CampaignState; approvedById?: string | null; approvedAt?: Date | null },
  ): Promise<boolean> {
    const done = await this.db.emailCampaign.updateMany({
      where: { id, version, state: { in: from } },
      data: { ...data, version: { increment: 1 } },
    });
    return done.count === 1;
  }

  addEvent(data: {
    campaignId: string;
    fromState: CampaignState | null;
    toState: CampaignState;
    userId: string;
    note?: string | null;
  }) {
    return this.db.emailCampaignEvent.create({ data });
  }

  events(campaignIds: string[]) {
    return this.db.emailCampaignEvent.findMany({
      where: { campaignId: { in: campaignIds } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    });
  }

  userNames(ids: string[]) {
    return this.db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  }

  /** Recipient counts by state for a page of campaigns (one grouped query). */
  progress(campaignIds: string[]) {
    return this.db.emailCampaignRecipient.groupBy({
      by: ['campaignId', 'state'],
      where: { campaignId: { in: campaignIds } },
      _count: true,
    });
  }

  /** A page of FAILED recipients after recipient `afterId` (the campaign/state index, then by id). */
  failures(campaignId: string, limit: number, afterId: string | null) {
    return this.db.emailCampaignRecipient.findMany({
      where: { campaignId, state: 'FAILED', ...(afterId ? { id: { gt: afterId } } : {}) },
      orderBy: { id: 'asc' },
      take: limit,
      select: { id: true, address: true, lastError: true, attempts: true },
    });
  }

  failureCount(campaignId: string) {
    return this.db.emailCampaignRecipient.count({ where: { campaignId, state: 'FAILED' } });
  }

  liveGroupIds(ids: string[]) {
    return this.db.mailingGroup.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } });
  }
}
