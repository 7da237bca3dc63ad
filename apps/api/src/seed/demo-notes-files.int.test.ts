// Demo notes and files: stored through the file store and readable over the download route.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/api.ts';
import { seedDemoNotesAndFiles } from './demo-notes-files.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

it('adds notes (one pinned) and a PDF to the first demo clients; the PDF downloads', async () => {
  const agent = await api.createUser('agent', { email: 'agent@veza.local' });
  await api.db.client.createMany({ data: ['A', 'B', 'C'].map((name) => ({ kind: 'LEGAL' as const, name })) });
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
