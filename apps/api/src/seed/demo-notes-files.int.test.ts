// Demo notes and files: stored through the file store and readable over the download route; demo e-mail.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/api.ts';
import { ensureDefaultDictionaries } from '../modules/dictionaries/index.ts';
import { seedDemoMailing } from './demo-mailing.ts';
import { seedDemoNotesAndFiles } from './demo-notes-files.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

it('adds notes (one pinned) and a PDF to the first demo clients; the PDF downloads', async () => {
  const agent = await api.createUser('agent', { email: 'agent@veza.local' });
  await api.db.client.createMany({
    data: ['A', 'B', 'C'].map((name) => ({ kind: 'LEGAL' as const, name, accountManagerId: agent.id })),
  });
  await seedDemoNotesAndFiles(api.db, api.config);
  expect(await api.db.note.count()).toBe(3 + 2 + 1);
  expect(await api.db.note.count({ where: { pinned: true } })).toBe(3);
  const pdf = await api.db.attachment.findFirstOrThrow({ where: { name: 'Ponuda 2026.pdf' } });
  const cookie = await api.login(agent.email, agent.password);
  const res = await api.raw(`/api/attachments/${pdf.id}/content`, { headers: { cookie } });
  expect(res.headers.get('content-type')).toBe('application/pdf');
  expect(
    Buffer.from(await res.arrayBuffer())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
});

it('seeds a mailing group, a Polish template and a SENT campaign with its history and mailing activities', async () => {
  await api.createUser('manager', { email: 'manager@veza.local' });
  await api.createUser('administrator', { email: 'admin@veza.local' });
  await ensureDefaultDictionaries(api.db);
  const client = await api.db.client.findFirstOrThrow({ where: { name: 'A' } });
  const persons = await Promise.all(
    [true, true, false].map((consent, i) =>
      api.db.person.create({
        data: {
          firstName: 'Anna',
          lastName: `Nowak${i}`,
          emails: [`anna${i}@example.test`],
          marketingConsent: consent,
        },
      }),
    ),
  );
  await api.db.clientPerson.createMany({ data: persons.map((p) => ({ clientId: client.id, personId: p.id })) });
  await seedDemoMailing(api.db);
  expect(await api.db.emailTemplate.count({ where: { language: 'pl' } })).toBe(1);
  const group = await api.db.mailingGroup.findFirstOrThrow();
  expect(await api.db.mailingGroupMember.count({ where: { groupId: group.id } })).toBe(2);
  const campaign = await api.db.emailCampaign.findFirstOrThrow({ where: { state: 'SENT' } });
  expect(await api.db.emailCampaignEvent.count({ where: { campaignId: campaign.id } })).toBe(5);
  expect(await api.db.emailCampaignRecipient.count({ where: { campaignId: campaign.id, state: 'SENT' } })).toBe(2);
  expect(await api.db.activity.count({ where: { clientId: client.id, subject: campaign.name, status: 'DONE' } })).toBe(
    2,
  );
});
