// A campaign's sender suppresses an address kept only as an erased person's SHA-256 hash (the GDPR erasure's
// suppression), whatever its case or surrounding spaces, and still sends to the others.
import crypto from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { CampaignSendRepository } from './campaign-send.repository.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

it('sets a recipient whose address hash is suppressed SUPPRESSED and leaves the others leased', async () => {
  const user = await api.createUser('administrator');
  const erased = 'ana.horvat@alfa.test';
  await api.db.emailSuppressionHash.create({
    data: { hash: crypto.createHash('sha256').update(erased).digest('hex'), reason: 'ERASED' },
  });
  const persons = await Promise.all(
    ['Ana', 'Eva'].map((firstName) =>
      api.db.person.create({ data: { firstName, lastName: 'Test', marketingConsent: true } }),
    ),
  );
  const campaign = await api.db.emailCampaign.create({
    data: { name: 'Spring', subject: 's', bodyHtml: 'b', createdById: user.id, state: 'SENDING' },
  });
  const addresses = [' Ana.Horvat@Alfa.test', 'eva@alfa.test'];
  await api.db.emailCampaignRecipient.createMany({
    data: persons.map((p, i) => ({
      campaignId: campaign.id,
      personId: p.id,
      address: addresses[i]!,
      messageId: `<${crypto.randomUUID()}@x>`,
      unsubscribeToken: crypto.randomUUID(),
    })),
  });
  const repo = new CampaignSendRepository(api.db);
  const claimed = await repo.claim(campaign.id, 'me', 10, 60);
  expect(claimed).toHaveLength(2);
  const suppressed = await repo.suppress(
    claimed.map((c) => c.id),
    'me',
  );
  const rows = await api.db.emailCampaignRecipient.findMany({ where: { campaignId: campaign.id } });
  const state = Object.fromEntries(rows.map((r) => [r.address, r.state]));
  expect(state).toEqual({ ' Ana.Horvat@Alfa.test': 'SUPPRESSED', 'eva@alfa.test': 'SENDING' });
  expect(suppressed.size).toBe(1);
});
