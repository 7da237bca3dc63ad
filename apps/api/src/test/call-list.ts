// Test fixture: puts clients on a user's open call list (an ACTIVE campaign, items PENDING), which is how an
// OWN-scoped agent (the seeded Agent) reads clients they do not manage (modules/visibility).
import type { Db } from '../db/prisma.ts';

export async function onCallList(db: Db, agentId: string, clientIds: readonly string[]): Promise<string> {
  const campaign = await db.campaign.create({
    data: { name: `Calls ${agentId.slice(-6)}`, agentId, status: 'ACTIVE' },
  });
  await db.campaignItem.createMany({
    data: clientIds.map((clientId, i) => ({ campaignId: campaign.id, clientId, position: i + 1 })),
  });
  return campaign.id;
}

/** Puts clients on the call list of every user holding the seeded Agent profile so far (shared test clients). */
export async function everyAgentCalls(db: Db, clientIds: readonly string[]): Promise<void> {
  const agents = await db.user.findMany({
    where: { profiles: { some: { profile: { systemKey: 'agent' } } } },
    select: { id: true },
  });
  for (const agent of agents) await onCallList(db, agent.id, clientIds);
}
