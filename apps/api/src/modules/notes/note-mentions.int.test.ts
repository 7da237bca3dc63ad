// `@Name` mentions in notes over GraphQL: the mentioned colleague gets one MENTION notification in their language
// linking to the record; not the author, not users who may not read clients, not inactive users; an edit notifies
// only the names it added; a person's note links to the person's client.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { onCallList } from '../../test/call-list.ts';

let api: TestApi;
let author: { id: string; cookie: string };
const ids: Record<string, string> = {};
let clientRowId: string;

const CREATE = `mutation($input: CreateNoteInput!) { createNote(input: $input) { id version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateNoteInput!) { updateNote(id: $id, version: $v, input: $input) { id version } }`;

async function note(ownerId: string, text: string) {
  const res = await api.gql<{ createNote: { id: string; version: number } }>(
    CREATE,
    { input: { ownerId, text } },
    { cookie: author.cookie },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createNote;
}

const mentions = async (who: string) =>
  api.db.notification.findMany({ where: { recipientId: ids[who], kind: 'MENTION' }, orderBy: { createdAt: 'asc' } });

beforeAll(async () => {
  api = await startTestApi();
  const a = await api.createUser('agent', { name: 'Ana Author' });
  author = { id: a.id, cookie: await api.login(a.email, a.password) };
  ids.author = a.id;
  ids.marko = (await api.createUser('agent', { name: 'Marko Marić' })).id;
  ids.markoShort = (await api.createUser('agent', { name: 'Marko' })).id;
  ids.petra = (await api.createUser('manager', { name: 'Petra Perić' })).id;
  ids.gone = (await api.createUser('agent', { name: 'Gone Away' })).id;
  ids.olga = (await api.createUser('agent', { name: 'Olga Outside' })).id;
  ids.rita = (await api.createUser('manager', { name: 'Rita Reader' })).id;
  await api.db.user.update({ where: { id: ids.gone }, data: { active: false } });
  await api.db.user.update({ where: { id: ids.marko }, data: { locale: 'pl' } });
  const hidden = await api.createUser('agent', { name: 'Nina Hidden' });
  ids.nina = hidden.id;
  const profile = await api.db.permissionProfile.create({
    data: { name: 'No clients', permissions: ['activities.read'] },
  });
  await api.db.userProfile.deleteMany({ where: { userId: hidden.id } });
  await api.db.userProfile.create({ data: { userId: hidden.id, profileId: profile.id } });
  // The author manages the client; the mentioned agents call it (the seeded Agent reads own clients).
  clientRowId = (await api.db.client.create({ data: { kind: 'LEGAL', name: 'Mention Ltd', accountManagerId: a.id } }))
    .id;
  await onCallList(api.db, ids.marko, [clientRowId]);
  await onCallList(api.db, ids.markoShort, [clientRowId]);
});
afterAll(() => api.close());

describe('mentions in notes', () => {
  it('notifies the mentioned colleagues who may see the record, in their language, with a link', async () => {
    await note(
      toGlobalId('Client', clientRowId),
      'Call them with @marko marić today; ask @Nina Hidden, @Gone Away and me (@Ana Author). Mail x@Petra Perić',
    );
    const [marko] = await mentions('marko');
    expect(marko).toMatchObject({
      text: 'Ana Author wspomniał(a) o Tobie: Call them with @marko marić today; ask @Nina Hidden, @Gone Away and me (@Ana Author). Mail x@Petra Perić',
      link: `/clients/${toGlobalId('Client', clientRowId)}`,
    });
    // The longest name wins: "@marko marić" is Marko Marić, not Marko.
    for (const who of ['markoShort', 'nina', 'gone', 'author', 'petra']) expect(await mentions(who)).toEqual([]);
  });

  it('does not tell a colleague with the permission but without the record in their scope (the text quotes the note)', async () => {
    await note(toGlobalId('Client', clientRowId), 'Secret terms: ask @Olga Outside and @Rita Reader');
    expect(await mentions('olga')).toEqual([]);
    // A manager reads every client (ALL scope): told.
    expect((await mentions('rita')).map((n) => n.text)).toEqual([
      'Ana Author mentioned you: Secret terms: ask @Olga Outside and @Rita Reader',
    ]);
  });

  it('notifies on an edit only the names it added, once', async () => {
    const n = await note(toGlobalId('Client', clientRowId), 'For @Marko only');
    expect(await mentions('markoShort')).toHaveLength(1);
    const edited = await api.gql<{ updateNote: { version: number } }>(
      UPDATE,
      { id: n.id, v: n.version, input: { text: 'For @Marko only, and @Petra Perić too' } },
      { cookie: author.cookie },
    );
    expect(edited.errors).toBeUndefined();
    await api.gql(
      UPDATE,
      { id: n.id, v: edited.data!.updateNote.version, input: { pinned: true } },
      { cookie: author.cookie },
    );
    expect(await mentions('markoShort')).toHaveLength(1);
    expect((await mentions('petra')).map((m) => m.text)).toEqual([
      'Ana Author mentioned you: For @Marko only, and @Petra Perić too',
    ]);
  });

  it('links a person’s note to the person’s client', async () => {
    const person = await api.db.person.create({ data: { firstName: 'Iva', lastName: 'Ivić' } });
    await api.db.clientPerson.create({ data: { clientId: clientRowId, personId: person.id, isPrimary: true } });
    await note(toGlobalId('Person', person.id), 'Birthday gift? @Petra Perić');
    const last = (await mentions('petra')).at(-1)!;
    expect(last.link).toBe(`/clients/${toGlobalId('Client', clientRowId)}`);
  });
});
