// The shipped templates read in the admin's language; saving the shown translation (e.g. enabling the rule in
// Polish) keeps the English original stored, while a text of the admin's own is stored and shown as written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/api.ts';
import { ensureAutomationTemplates } from './index.ts';

let api: TestApi;
const cookies: Record<string, string> = {};

type Rule = { id: string; name: string; description: string; templateKey: string | null; version: number };
const RULES = `{ automationRules { id name description templateKey version entity trigger triggerField offsetDays dailyAt
  timeZone condition actions enabled } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: AutomationRuleInput!) {
  updateAutomationRule(id: $id, version: $version, input: $input) { name enabled } }`;

async function offerRule(locale: string) {
  const res = await api.gql<{ automationRules: (Rule & Record<string, unknown>)[] }>(
    RULES,
    {},
    { cookie: cookies[locale] },
  );
  return res.data!.automationRules.find((r) => r.templateKey === 'offer-request-unanswered')!;
}

async function save(locale: string, rule: Rule & Record<string, unknown>, changes: Record<string, unknown>) {
  const { id, version, templateKey: _k, ...input } = rule;
  return api.gql<{ updateAutomationRule: { name: string } }>(
    UPDATE,
    { id, version, input: { ...input, ...changes } },
    { cookie: cookies[locale] },
  );
}

beforeAll(async () => {
  api = await startTestApi();
  await ensureAutomationTemplates(api.db);
  for (const locale of ['en', 'pl', 'cs']) {
    const u = await api.createUser('administrator');
    await api.db.user.update({ where: { id: u.id }, data: { locale } });
    cookies[locale] = await api.login(u.email, u.password);
  }
});
afterAll(() => api.close());

describe('automation template texts', () => {
  it('are shown in the admin’s language', async () => {
    expect((await offerRule('en')).name).toBe('Offer request unanswered for 3 days');
    expect((await offerRule('pl')).name).toBe('Zapytanie ofertowe bez odpowiedzi od 3 dni');
    expect((await offerRule('cs')).description).toMatch(/^Aktivita typu „Poptávka“/);
  });

  it('stay English in the database when saved as shown, and are kept as written once changed', async () => {
    const shown = await offerRule('pl');
    const enabled = await save('pl', shown, { enabled: true });
    expect(enabled.errors).toBeUndefined();
    expect(enabled.data!.updateAutomationRule.name).toBe('Zapytanie ofertowe bez odpowiedzi od 3 dni');
    const stored = await api.db.automationRule.findUniqueOrThrow({
      where: { templateKey: 'offer-request-unanswered' },
    });
    expect([stored.name, stored.enabled]).toEqual(['Offer request unanswered for 3 days', true]);
    expect((await offerRule('en')).name).toBe('Offer request unanswered for 3 days');

    await save('pl', await offerRule('pl'), { name: 'Oferty: 3 dni bez odpowiedzi' });
    expect((await offerRule('en')).name).toBe('Oferty: 3 dni bez odpowiedzi');
    expect((await offerRule('cs')).description).toMatch(/^Aktivita typu/);
  });
});
