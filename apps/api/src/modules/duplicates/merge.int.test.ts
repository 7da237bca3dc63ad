// Merging clients and persons: nothing is lost (counts before and after), the survivor keeps its own values and
// gains what it lacked, the merged records are soft-deleted and point to it; permissions and bad input.
import { toGlobalId } from '@veza/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { ensureDefaultDictionaries } from '../dictionaries/index.ts';

let api: TestApi;
let manager: { cookie: string; id: string };
let agentCookie: string;
let typeId: string;
let stageId: string;

const MERGE_CLIENTS = `mutation($k: ID!, $m: [ID!]!) { mergeClients(keepId: $k, mergeIds: $m) { id city taxId emails phones attributes version } }`;
const MERGE_PERSONS = `mutation($k: ID!, $m: [ID!]!) { mergePersons(keepId: $k, mergeIds: $m) { id emails jobTitle } }`;

async function activity(clientId: string, subject: string, extra: Record<string, unknown> = {}) {
  return api.db.activity.create({ data: { typeId, clientId, subject, ownerId: manager.id, ...extra } });
}

async function fileOn(ownerType: string, ownerId: string, name: string) {
  const file = await api.db.storedFile.create({
    data: { sha256: 'a'.repeat(64), size: 1n, mimeType: 'text/plain', originalName: name, uploadedById: manager.id },
  });
  await api.db.attachment.create({ data: { fileId: file.id, ownerType, ownerId, name } });
}

async function opportunity(clientId: string, name: string) {
  return api.db.opportunity.create({
    data: { clientId, name, ownerId: manager.id, stageId, amount: 1000, currency: 'EUR', probability: 10 },
  });
}

async function countsFor(clientId: string) {
  const [persons, activities, items, opportunities, attachments, notes] = await Promise.all([
    api.db.clientPerson.count({ where: { clientId } }),
    api.db.activity.count({ where: { clientId } }),
    api.db.campaignItem.count({ where: { clientId } }),
    api.db.opportunity.count({ where: { clientId } }),
    api.db.attachment.count({ where: { ownerType: 'Client', ownerId: clientId } }),
    api.db.note.count({ where: { ownerType: 'Client', ownerId: clientId } }),
  ]);
  return { persons, activities, items, opportunities, attachments, notes };
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureDefaultDictionaries(api.db);
  const m = await api.createUser('manager');
  manager = { cookie: await api.login(m.email, m.password), id: m.id };
  const a = await api.createUser('agent');
  agentCookie = await api.login(a.email, a.password);
  typeId = (await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'ACTIVITY_TYPE' } })).id;
  stageId = (await api.db.dictionaryValue.findFirstOrThrow({ where: { kind: 'OPPORTUNITY_STAGE' } })).id;
});
afterAll(() => api.close());

describe('mergeClients', () => {
  it('moves persons, activities, campaign items, opportunities, attachments, notes and missing values; nothing is lost', async () => {
    const keep = await api.db.client.create({
      data: { kind: 'LEGAL', name: 'Mlinar d.o.o.', emails: ['a@mlinar.hr'], attributes: { tier: 'gold' } },
    });
    const dup = await api.db.client.create({
      data: {
        kind: 'LEGAL',
        name: 'MLINAR d.o.o., Zagreb',
        city: 'Zagreb',
        taxId: '69435151530',
        emails: ['a@mlinar.hr', 'b@mlinar.hr'],
        phones: ['+385 1 222'],
        attributes: { tier: 'silver', employees: 40 },
        lastContactAt: new Date('2026-01-01T00:00:00Z'),
      },
    });
    const shared = await api.db.person.create({ data: { firstName: 'Ana', lastName: 'Kos' } });
    const only = await api.db.person.create({ data: { firstName: 'Ivo', lastName: 'Perić' } });
    await api.db.clientPerson.createMany({
      data: [
        { clientId: keep.id, personId: shared.id },
        { clientId: dup.id, personId: shared.id },
        { clientId: dup.id, personId: only.id },
      ],
    });
    await activity(keep.id, 'Keep call');
    await activity(dup.id, 'Dup call 1');
    await activity(dup.id, 'Dup call 2');
    const both = await api.db.campaign.create({ data: { name: 'Both', agentId: manager.id } });
    const one = await api.db.campaign.create({ data: { name: 'Dup only', agentId: manager.id } });
    await api.db.campaignItem.create({ data: { campaignId: both.id, clientId: keep.id, position: 1 } });
    const dupItem = await api.db.campaignItem.create({ data: { campaignId: both.id, clientId: dup.id, position: 2 } });
    await api.db.campaignItem.create({ data: { campaignId: one.id, clientId: dup.id, position: 1 } });
    const call = await activity(dup.id, 'Campaign call', { campaignItemId: dupItem.id });
    await fileOn('Client', keep.id, 'keep.pdf');
    await fileOn('Client', dup.id, 'dup.pdf');
    await api.db.note.createMany({
      data: [
        { ownerType: 'Client', ownerId: keep.id, text: 'keep note' },
        { ownerType: 'Client', ownerId: dup.id, text: 'dup note' },
      ],
    });
    await opportunity(keep.id, 'Keep deal');
    const dupDeal = await opportunity(dup.id, 'Dup deal');
    await api.db.opportunityPerson.create({ data: { opportunityId: dupDeal.id, personId: only.id } });
    const linked = await activity(dup.id, 'Deal call', { opportunityId: dupDeal.id });
    const activitiesBefore = await api.db.activity.count();
    const opportunitiesBefore = await api.db.opportunity.count();

    const res = await api.gql<{ mergeClients: Record<string, unknown> }>(
      MERGE_CLIENTS,
      { k: toGlobalId('Client', keep.id), m: [toGlobalId('Client', dup.id)] },
      { cookie: manager.cookie },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    expect(res.data!.mergeClients).toMatchObject({
      city: 'Zagreb',
      taxId: '69435151530',
      emails: ['a@mlinar.hr', 'b@mlinar.hr'],
      phones: ['+385 1 222'],
      attributes: { tier: 'gold', employees: 40 },
      version: 2,
    });
    expect(await countsFor(keep.id)).toEqual({
      persons: 2,
      activities: 5,
      items: 2,
      opportunities: 2,
      attachments: 2,
      notes: 2,
    });
    expect(await countsFor(dup.id)).toEqual({
      persons: 0,
      activities: 0,
      items: 0,
      opportunities: 0,
      attachments: 0,
      notes: 0,
    });
    expect(await api.db.activity.count()).toBe(activitiesBefore);
    expect(await api.db.opportunity.count()).toBe(opportunitiesBefore);
    // The moved opportunity keeps its persons and its activity.
    const moved = await api.db.opportunity.findUniqueOrThrow({ where: { id: dupDeal.id }, include: { persons: true } });
    expect([moved.clientId, moved.version, moved.persons.map((p) => p.personId)]).toEqual([keep.id, 2, [only.id]]);
    expect(await api.db.activity.findUniqueOrThrow({ where: { id: linked.id } })).toMatchObject({
      clientId: keep.id,
      opportunityId: dupDeal.id,
    });
    // The campaign both were on keeps the survivor's item, which now carries the merged client's call.
    const keptItem = await api.db.campaignItem.findFirstOrThrow({ where: { campaignId: both.id } });
    expect((await api.db.activity.findUniqueOrThrow({ where: { id: call.id } })).campaignItemId).toBe(keptItem.id);
    const merged = await api.db.client.findUniqueOrThrow({ where: { id: dup.id } });
    expect(merged.deletedAt).toBeInstanceOf(Date);
    expect(merged.mergedIntoId).toBe(keep.id);
    expect((await api.db.client.findUniqueOrThrow({ where: { id: keep.id } })).lastContactAt).toEqual(
      new Date('2026-01-01T00:00:00Z'),
    );
    const pointer = await api.gql<{ client: { mergedInto: { id: string } } }>(
      `query($id: ID!) { client(id: $id) { mergedInto { id } } }`,
      { id: toGlobalId('Client', dup.id) },
      { cookie: manager.cookie },
    );
    expect(pointer.data!.client.mergedInto.id).toBe(toGlobalId('Client', keep.id));
  });

  it('refuses an agent (merging deletes), a record merged into itself, and deleted or unknown records', async () => {
    const a = await api.db.client.create({ data: { kind: 'LEGAL', name: 'A' } });
    const b = await api.db.client.create({ data: { kind: 'LEGAL', name: 'B', deletedAt: new Date() } });
    const [ga, gb] = [toGlobalId('Client', a.id), toGlobalId('Client', b.id)];
    expect(errorCode(await api.gql(MERGE_CLIENTS, { k: ga, m: [gb] }, { cookie: agentCookie }))).toBe('FORBIDDEN');
    const self = await api.gql(MERGE_CLIENTS, { k: ga, m: [ga] }, { cookie: manager.cookie });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mergeIds' });
    expect(errorCode(await api.gql(MERGE_CLIENTS, { k: ga, m: [gb] }, { cookie: manager.cookie }))).toBe('NOT_FOUND');
    const none = await api.gql(MERGE_CLIENTS, { k: ga, m: [] }, { cookie: manager.cookie });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mergeIds' });
  });
});

describe('mergePersons', () => {
  it('moves client links, activities, participations, relations and notes; nothing is lost', async () => {
    const c1 = await api.db.client.create({ data: { kind: 'LEGAL', name: 'C1' } });
    const c2 = await api.db.client.create({ data: { kind: 'LEGAL', name: 'C2' } });
    const keep = await api.db.person.create({ data: { firstName: 'Ana', lastName: 'Kos', emails: ['ana@x.hr'] } });
    const dup = await api.db.person.create({
      data: { firstName: 'Ana', lastName: 'Kos', emails: ['ana@y.hr'], jobTitle: 'Direktorica' },
    });
    const friend = await api.db.person.create({ data: { firstName: 'Ivo', lastName: 'B' } });
    await api.db.clientPerson.createMany({
      data: [
        { clientId: c1.id, personId: keep.id },
        { clientId: c1.id, personId: dup.id },
        { clientId: c2.id, personId: dup.id },
      ],
    });
    const act = await activity(c1.id, 'Meeting', { contactPersonId: dup.id });
    await api.db.activityParticipant.createMany({
      data: [
        { activityId: act.id, personId: dup.id },
        { activityId: act.id, personId: keep.id },
      ],
    });
    await api.db.personRelation.createMany({
      data: [
        { personId: dup.id, relatedPersonId: friend.id, kind: 'colleague' },
        { personId: dup.id, relatedPersonId: keep.id, kind: 'same person' },
      ],
    });
    await api.db.note.create({ data: { ownerType: 'Person', ownerId: dup.id, text: 'likes coffee' } });
    await fileOn('Person', dup.id, 'cv.pdf');
    const res = await api.gql<{ mergePersons: Record<string, unknown> }>(
      MERGE_PERSONS,
      { k: toGlobalId('Person', keep.id), m: [toGlobalId('Person', dup.id)] },
      { cookie: manager.cookie },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    expect(res.data!.mergePersons).toMatchObject({ emails: ['ana@x.hr', 'ana@y.hr'], jobTitle: 'Direktorica' });
    expect(await api.db.clientPerson.count({ where: { personId: keep.id } })).toBe(2);
    expect((await api.db.activity.findUniqueOrThrow({ where: { id: act.id } })).contactPersonId).toBe(keep.id);
    expect(await api.db.activityParticipant.count({ where: { activityId: act.id } })).toBe(1);
    expect(await api.db.personRelation.findMany({ where: { personId: keep.id }, select: { kind: true } })).toEqual([
      { kind: 'colleague' },
    ]);
    expect(await api.db.note.count({ where: { ownerType: 'Person', ownerId: keep.id } })).toBe(1);
    expect(await api.db.attachment.count({ where: { ownerType: 'Person', ownerId: keep.id } })).toBe(1);
    const merged = await api.db.person.findUniqueOrThrow({ where: { id: dup.id } });
    expect([merged.deletedAt instanceof Date, merged.mergedIntoId]).toEqual([true, keep.id]);
  });
});

describe('mail history', () => {
  it('moves sent e-mail of merged clients and persons and their group memberships (one per group)', async () => {
    const keepC = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Mail keep' } });
    const dupC = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Mail dup' } });
    const keepP = await api.db.person.create({ data: { firstName: 'Eva', lastName: 'M', emails: ['eva@x.cz'] } });
    const dupP = await api.db.person.create({ data: { firstName: 'Eva', lastName: 'M', emails: ['eva@y.cz'] } });
    const mail = (clientId: string, personId: string, n: number) =>
      api.db.$executeRaw`INSERT INTO email_messages (id, kind, message_id, from_address, to_address, subject, html,
        text, created_by_id, client_id, person_id)
        VALUES (gen_random_uuid(), 'ONE_OFF', ${`<m${n}-${dupC.id}@veza>`}, 'a@veza.test', 'eva@y.cz', 'Hi', '<p>Hi</p>',
        'Hi', ${manager.id}::uuid, ${clientId}::uuid, ${personId}::uuid)`;
    await mail(dupC.id, dupP.id, 1);
    await mail(dupC.id, dupP.id, 2);
    await mail(keepC.id, keepP.id, 3);
    const groups = [crypto.randomUUID(), crypto.randomUUID()];
    for (const g of groups)
      await api.db
        .$executeRaw`INSERT INTO mailing_groups (id, name, created_by_id) VALUES (${g}::uuid, ${g}, ${manager.id}::uuid)`;
    // Both are in the first group, only the merged one in the second.
    await api.db.$executeRaw`INSERT INTO mailing_group_members (group_id, person_id, added_by_id) VALUES
      (${groups[0]}::uuid, ${keepP.id}::uuid, ${manager.id}::uuid), (${groups[0]}::uuid, ${dupP.id}::uuid, ${manager.id}::uuid),
      (${groups[1]}::uuid, ${dupP.id}::uuid, ${manager.id}::uuid)`;
    for (const [query, type, keep, dup] of [
      [MERGE_CLIENTS, 'Client', keepC.id, dupC.id],
      [MERGE_PERSONS, 'Person', keepP.id, dupP.id],
    ] as const) {
      const res = await api.gql(
        query,
        { k: toGlobalId(type, keep), m: [toGlobalId(type, dup)] },
        { cookie: manager.cookie },
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
    const count = async (column: 'client_id' | 'person_id', id: string) =>
      Number(
        (
          await api.db.$queryRawUnsafe<{ n: bigint }[]>(
            `SELECT count(*) AS n FROM email_messages WHERE ${column} = $1::uuid`,
            id,
          )
        )[0]!.n,
      );
    expect([await count('client_id', keepC.id), await count('client_id', dupC.id)]).toEqual([3, 0]);
    expect([await count('person_id', keepP.id), await count('person_id', dupP.id)]).toEqual([3, 0]);
    const members = await api.db.$queryRaw<{ group_id: string; person_id: string }[]>`
      SELECT group_id::text, person_id::text FROM mailing_group_members WHERE group_id = ANY(${groups}::uuid[])
      ORDER BY group_id`;
    expect(members.map((m) => [m.group_id, m.person_id])).toEqual([...groups].sort().map((g) => [g, keepP.id]));
  });
});

describe('merging several records at once and again later', () => {
  it('moves opportunity roles and participations of two merged persons on the same records without a conflict', async () => {
    const c = await api.db.client.create({ data: { kind: 'LEGAL', name: 'Trio' } });
    const [keep, d1, d2] = await Promise.all(
      ['Jan', 'Jan', 'Jan'].map((firstName, i) =>
        api.db.person.create({ data: { firstName, lastName: 'Nowak', emails: [`jan${i}@x.pl`] } }),
      ),
    );
    const deal = await opportunity(c.id, 'Deal for three');
    const other = await opportunity(c.id, 'Deal for one');
    await api.db.opportunityPerson.createMany({
      data: [
        { opportunityId: deal.id, personId: d1.id },
        { opportunityId: deal.id, personId: d2.id },
        { opportunityId: other.id, personId: d2.id },
      ],
    });
    const act = await activity(c.id, 'Meeting of three');
    await api.db.activityParticipant.createMany({
      data: [
        { activityId: act.id, personId: d1.id },
        { activityId: act.id, personId: d2.id },
      ],
    });
    const res = await api.gql(
      MERGE_PERSONS,
      { k: toGlobalId('Person', keep.id), m: [toGlobalId('Person', d1.id), toGlobalId('Person', d2.id)] },
      { cookie: manager.cookie },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const roles = await api.db.opportunityPerson.findMany({ where: { personId: { in: [keep.id, d1.id, d2.id] } } });
    expect(roles.map((r) => [r.opportunityId, r.personId]).sort()).toEqual(
      [
        [deal.id, keep.id],
        [other.id, keep.id],
      ].sort(),
    );
    expect(
      await api.db.activityParticipant.findMany({ where: { activityId: act.id }, select: { personId: true } }),
    ).toEqual([{ personId: keep.id }]);
  });

  it('re-points an earlier merge into a record that is merged now (no pointer chains)', async () => {
    const [a, b, c] = await Promise.all(
      ['Kovač A', 'Kovač B', 'Kovač C'].map((name) => api.db.client.create({ data: { kind: 'LEGAL', name } })),
    );
    await activity(a.id, 'History of A');
    await activity(b.id, 'History of B');
    const merge = (keep: string, m: string) =>
      api.gql(
        MERGE_CLIENTS,
        { k: toGlobalId('Client', keep), m: [toGlobalId('Client', m)] },
        { cookie: manager.cookie },
      );
    expect((await merge(b.id, a.id)).errors).toBeUndefined();
    expect((await merge(c.id, b.id)).errors).toBeUndefined();
    const rows = await api.db.client.findMany({ where: { id: { in: [a.id, b.id] } }, select: { mergedIntoId: true } });
    expect(rows).toEqual([{ mergedIntoId: c.id }, { mergedIntoId: c.id }]);
    const subjects = await api.db.activity.findMany({ where: { clientId: c.id }, select: { subject: true } });
    expect(subjects.map((s) => s.subject).sort()).toEqual(['History of A', 'History of B']);
  });
});
