// Fixtures for the campaign integration tests: users by profile, clients inserted in bulk, and GraphQL helpers.
import { toGlobalId } from '@veza/shared';
import type { TestApi } from '../../test/api.ts';

export type TestUser = { cookie: string; id: string; rowId: string; name: string };

export const CAMPAIGN_FIELDS = `id name status version generationId strategy start end agent { id name }
  progress { total pending inProgress done skipped finished ratio }`;

const GENERATE = `mutation($input: GenerateCampaignsInput!) {
  generateCampaigns(input: $input) { generationId clientCount campaigns { ${CAMPAIGN_FIELDS} } } }`;

export type CampaignResult = {
  id: string;
  name: string;
  status: string;
  version: number;
  generationId: string;
  agent: { id: string; name: string };
  progress: { total: number; pending: number; inProgress: number; done: number; skipped: number };
};

export function kit(api: () => TestApi) {
  async function user(profile: 'agent' | 'manager' | 'administrator', name?: string): Promise<TestUser> {
    const u = await api().createUser(profile, name ? { name } : {});
    return { cookie: await api().login(u.email, u.password), id: toGlobalId('User', u.id), rowId: u.id, name: u.name };
  }

  /** `n` clients in `city` named "<prefix> 01".. (zero-padded so name order = number order); returns global ids. */
  async function clients(
    city: string,
    n: number,
    opts: { prefix?: string; managerOf?: (i: number) => string | null } = {},
  ) {
    const rows = Array.from({ length: n }, (_, i) => ({
      kind: 'LEGAL' as const,
      name: `${opts.prefix ?? city} ${String(i + 1).padStart(3, '0')}`,
      city,
      accountManagerId: opts.managerOf?.(i) ?? null,
    }));
    await api().db.client.createMany({ data: rows });
    const created = await api().db.client.findMany({
      where: { city },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      select: { id: true },
    });
    return created.map((c) => toGlobalId('Client', c.id));
  }

  const cityIs = (...cities: string[]) =>
    cities.length === 1
      ? { field: { field: 'CITY', op: 'EQ', value: cities[0] } }
      : { field: { field: 'CITY', op: 'IN', value: cities } };

  async function generate(cookie: string, input: Record<string, unknown>) {
    return api().gql<{
      generateCampaigns: { generationId: string; clientCount: number; campaigns: CampaignResult[] };
    }>(GENERATE, { input: { name: 'Calls', strategy: 'ROUND_ROBIN', ...input } }, { cookie });
  }

  /** Client ids (global) of each campaign, in list order. */
  async function clientsOf(campaignIds: string[]): Promise<string[][]> {
    return Promise.all(
      campaignIds.map(async (gid) => {
        const id = Buffer.from(gid, 'base64url').toString().split(':')[1]!;
        const items = await api().db.campaignItem.findMany({
          where: { campaignId: id },
          orderBy: { position: 'asc' },
          select: { clientId: true },
        });
        return items.map((i) => toGlobalId('Client', i.clientId));
      }),
    );
  }

  return { user, clients, cityIs, generate, clientsOf };
}

export const rowId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
