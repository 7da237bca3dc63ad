// Templates: merge-field whitelist enforced on save, CSS inlined and HTML sanitised, preview for a real person with
// the stored or suggested vocative salutation, permissions and versions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../test/api.ts';
import { globalId } from '../../graphql/ids.ts';
import { onCallList } from '../../test/call-list.ts';

let api: TestApi;
let manager: string;
let agent: string;
let personId: string;
let clientId: string;

const CREATE = `mutation($input: EmailTemplateInput!) { createEmailTemplate(input: $input) { id name language subject bodyHtml version } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateEmailTemplateInput!) { updateEmailTemplate(id: $id, input: $input) { id subject version } }`;
const LIST = `query($after: String) { emailTemplates(first: 2, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
const PREVIEW = `query($input: PreviewEmailTemplateInput!) { previewEmailTemplate(input: $input) { subject html text salutation } }`;
const SALUTE = `mutation($p: ID!, $s: String) { setPersonSalutation(personId: $p, salutation: $s) { salutation suggestedSalutation(language: "cs") } }`;

type Template = { id: string; bodyHtml: string; version: number; subject: string };
const template = (extra: Record<string, unknown> = {}) => ({
  name: 'Offer',
  language: 'cs',
  subject: 'Nabídka pro {{client.name}}',
  bodyHtml: '<p>{{salutation}},</p><p>posíláme nabídku.</p>{{agent.signature}}',
  ...extra,
});

beforeAll(async () => {
  api = await startTestApi();
  const m = await api.createUser('manager', { name: 'Marek Manager' });
  const a = await api.createUser('agent');
  manager = await api.login(m.email, m.password);
  agent = await api.login(a.email, a.password);
  const client = await api.db.client.create({
    data: { kind: 'LEGAL', name: 'Novák & syn s.r.o.', accountManagerId: m.id },
  });
  const person = await api.db.person.create({
    data: { firstName: 'Jan', lastName: 'Novák', emails: ['jan@novak.test'] },
  });
  await api.db.clientPerson.create({ data: { clientId: client.id, personId: person.id, isPrimary: true } });
  // The agent calls this client (the seeded Agent reads managed clients and those on an open call list).
  await onCallList(api.db, a.id, [client.id]);
  personId = globalId('Person', person.id);
  clientId = globalId('Client', client.id);
});
afterAll(() => api.close());

describe('saving a template', () => {
  it('stores the body sanitised with CSS inlined', async () => {
    const res = await api.gql<{ createEmailTemplate: Template }>(
      CREATE,
      {
        input: template({
          bodyHtml:
            '<style>p { color: #123456; }</style><p onclick="x()">{{salutation}},</p><script>alert(1)</script><a href="javascript:alert(1)">x</a>',
        }),
      },
      { cookie: manager },
    );
    expect(res.errors).toBeUndefined();
    const body = res.data!.createEmailTemplate.bodyHtml;
    expect(body).toContain('<p style="color:#123456">{{salutation}},</p>');
    expect(body).not.toMatch(/script|onclick|javascript|<style/);
  });

  it.each([
    ['bodyHtml', '<p>{{{person.firstName}}}</p>', 'mail.template.unescaped', '{{{person.firstName}}}'],
    ['bodyHtml', '<p>{{> footer}}</p>', 'mail.template.partial', '{{> footer}}'],
    ['bodyHtml', '<p>{{person.emails}}</p>', 'mail.template.unknownField', '{{person.emails}}'],
    ['bodyHtml', '{{#users}}{{password}}{{/users}}', 'mail.template.unknownField', '{{#users}}'],
    [
      'bodyHtml',
      '{{constructor.constructor("return process")()}}',
      'mail.template.unknownField',
      '{{constructor.constructor("return process")()}}',
    ],
    ['subject', 'Hi {{& client.name}}', 'mail.template.unescaped', '{{& client.name}}'],
  ])('refuses a %s with %s, naming the field and the tag', async (field, text, message, tag) => {
    const res = await api.gql(CREATE, { input: template({ [field]: text }) }, { cookie: manager });
    expect(res.errors?.[0]?.message).toBe(message);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `input.${field}`, tag });
  });

  it('refuses a subject with a line break', async () => {
    const res = await api.gql(
      CREATE,
      { input: template({ subject: 'Hi\r\nBcc: x@example.test' }) },
      { cookie: manager },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.subject' });
  });

  it('is for users with mail.templates only', async () => {
    expect(errorCode(await api.gql(CREATE, { input: template() }, { cookie: agent }))).toBe('FORBIDDEN');
  });

  it('updates with the current version and refuses a stale one', async () => {
    const created = (
      await api.gql<{ createEmailTemplate: Template }>(
        CREATE,
        { input: template({ name: 'Later' }) },
        { cookie: manager },
      )
    ).data!.createEmailTemplate;
    const input = { ...template({ name: 'Later', subject: 'Changed' }), version: created.version };
    const res = await api.gql<{ updateEmailTemplate: Template }>(
      UPDATE,
      { id: created.id, input },
      { cookie: manager },
    );
    expect(res.data!.updateEmailTemplate).toMatchObject({ subject: 'Changed', version: 2 });
    expect(errorCode(await api.gql(UPDATE, { id: created.id, input }, { cookie: manager }))).toBe('CONFLICT');
  });

  it('lists templates by name, a page at a time', async () => {
    await api.gql(CREATE, { input: template({ name: 'Zeta' }) }, { cookie: manager });
    type Page = {
      emailTemplates: { totalCount: number; edges: { node: { name: string } }[]; pageInfo: { endCursor: string } };
    };
    const first = (await api.gql<Page>(LIST, {}, { cookie: agent })).data!.emailTemplates;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e) => e.node.name)).toEqual(['Later', 'Offer']);
    const next = (await api.gql<Page>(LIST, { after: first.pageInfo.endCursor }, { cookie: agent })).data!
      .emailTemplates;
    expect(next.edges.map((e) => e.node.name)).toEqual(['Zeta']);
  });
});

describe('preview and salutation', () => {
  type Preview = { previewEmailTemplate: { subject: string; html: string; text: string; salutation: string } };

  it('renders for a real person with the suggested Czech vocative, escaped values and the plain-text part', async () => {
    const res = await api.gql<Preview>(
      PREVIEW,
      { input: { ...template(), name: undefined, personId } },
      { cookie: agent },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.previewEmailTemplate).toMatchObject({
      subject: 'Nabídka pro Novák & syn s.r.o.',
      salutation: 'Vážený pane Nováku',
    });
    expect(res.data!.previewEmailTemplate.html).toContain('<p>Vážený pane Nováku,</p>');
    expect(res.data!.previewEmailTemplate.text).toContain('Vážený pane Nováku,\n\nposíláme nabídku.');
  });

  it('uses the stored salutation once set, and the suggestion again when cleared', async () => {
    // Changing a person needs one of their clients in the edit scope: the account manager may, the calling agent not.
    const refused = await api.gql(SALUTE, { p: personId, s: 'Milý Honzo' }, { cookie: agent });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const set = await api.gql(SALUTE, { p: personId, s: 'Milý Honzo' }, { cookie: manager });
    expect(set.data).toEqual({
      setPersonSalutation: { salutation: 'Milý Honzo', suggestedSalutation: 'Vážený pane Nováku' },
    });
    const res = await api.gql<Preview>(
      PREVIEW,
      { input: { ...template(), name: undefined, personId, clientId } },
      { cookie: agent },
    );
    expect(res.data!.previewEmailTemplate.salutation).toBe('Milý Honzo');
    const cleared = await api.gql(SALUTE, { p: personId, s: '' }, { cookie: manager });
    expect(cleared.data).toEqual({
      setPersonSalutation: { salutation: null, suggestedSalutation: 'Vážený pane Nováku' },
    });
  });

  it('refuses a salutation with a line break and an unknown person', async () => {
    const bad = await api.gql(SALUTE, { p: personId, s: 'Hi\nBcc: x' }, { cookie: agent });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'salutation' });
    const unknown = await api.gql(
      PREVIEW,
      {
        input: { ...template(), name: undefined, personId: globalId('Person', '0190c5a4-0000-7000-8000-000000000000') },
      },
      { cookie: agent },
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.personId' });
  });
});
