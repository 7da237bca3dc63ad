// The mailings pages on a 390 × 844 phone in Czech and Croatian (long words, long names): the campaign list, the
// campaign editor, a campaign awaiting approval with its actions, the group list and a group, the templates and the
// template editor. Nothing may make the page (or a full-screen dialog) scroll sideways, and no button or link may lie
// beyond the screen's right edge. Each view is screenshotted into test-results/e2e/screenshots/.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { createUser, gql } from './fixtures/api.ts';
import { ADMIN_STATE, login, snapshot } from './fixtures/app.ts';
import { expectFits } from './fixtures/page-walk.ts';

const run = Date.now();
const PHONE = { width: 390, height: 844 };

/** A group with a long-named member and a campaign to it awaiting approval (by the administrator, for another). */
async function fixtures(request: APIRequestContext, tag: string) {
  const { createClient: client } = await gql<{ createClient: { id: string } }>(
    request,
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
    { input: { kind: 'LEGAL', name: `Velkoobchodní společnost s ručením omezeným ${tag}`, country: 'CZ' } },
  );
  const { createPerson: person } = await gql<{ createPerson: { id: string } }>(
    request,
    'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    {
      input: {
        firstName: 'Bohuslava',
        lastName: 'Nepomucká-Šťastná',
        emails: [`bohuslava.nepomucka-stastna.obchodni.oddeleni.${tag}@velkoobchodni-spolecnost.example.test`],
        marketingConsent: true,
        clients: [{ clientId: client.id }],
      },
    },
  );
  const { createMailingGroup: group } = await gql<{ createMailingGroup: { id: string } }>(
    request,
    'mutation($input: CreateMailingGroupInput!) { createMailingGroup(input: $input) { id } }',
    { input: { name: `Zpravodaj pro velkoobchodní partnery ${tag}`, category: 'Pravidelné zpravodaje' } },
  );
  await gql(
    request,
    'mutation($input: AddMailingGroupMembersInput!) { addMailingGroupMembers(input: $input) { added } }',
    {
      input: { groupId: group.id, personIds: [person.id] },
    },
  );
  const { createEmailCampaign: campaign } = await gql<{ createEmailCampaign: { id: string; version: number } }>(
    request,
    'mutation($input: EmailCampaignInput!) { createEmailCampaign(input: $input) { id version } }',
    {
      input: {
        name: `Podzimní nabídka pro velkoobchodní partnery ${tag}`,
        language: 'cs',
        subject: 'Podzimní nabídka: nejvýhodnější podmínky pro {{client.name}}',
        bodyHtml: '<p>{{salutation}}, posíláme Vám podzimní nabídku.</p>',
        groupIds: [group.id],
      },
    },
  );
  await gql(request, 'mutation($input: EmailCampaignTransitionInput!) { submitEmailCampaign(input: $input) { id } }', {
    input: { id: campaign.id, version: campaign.version },
  });
  return { groupId: group.id, campaignId: campaign.id };
}

test.describe('mailings on a phone in Czech and Croatian', () => {
  test.use({ storageState: ADMIN_STATE });

  for (const locale of ['cs', 'hr'] as const) {
    test(`list, editor, approval, groups and templates fit 390 px (${locale})`, async ({ page, browser }, testInfo) => {
      test.setTimeout(180_000);
      const tag = `${run}-${locale}`;
      const ids = await fixtures(page.request, tag);
      const user = {
        email: `mail-${locale}-${run}@example.com`,
        name: 'Květoslava Dlouhá',
        password: `Heslo-${run}-x`,
      };
      await createUser(page.request, { ...user, locale }, ['Administrator']);
      const context = await browser.newContext({
        storageState: { cookies: [], origins: [] },
        viewport: PHONE,
        hasTouch: true,
      });
      const phone = await context.newPage();
      await login(phone, user.email, user.password);
      await expect(phone.getByRole('banner')).toBeVisible();
      const shot = (name: string) => snapshot(phone, testInfo, `mailings-${locale}-phone-${name}`);

      await phone.goto('/email-campaigns');
      await expect(phone.getByRole('link', { name: new RegExp(`Podzimní nabídka.*${tag}`) })).toBeVisible();
      await expectFits(phone);
      await shot('campaigns');
      await phone.getByRole('button', { name: locale === 'cs' ? 'Nová kampaň' : 'Nova kampanja' }).click();
      const editor = phone.getByRole('dialog');
      await expect(editor.getByRole('textbox').first()).toBeVisible();
      await expectFits(phone, editor.locator('.mantine-Modal-body'));
      await shot('campaign-editor');
      await phone.keyboard.press('Escape');
      await expect(editor).toBeHidden();

      await phone.goto(`/email-campaigns/${ids.campaignId}`);
      await expect(phone.getByRole('heading', { name: new RegExp(`Podzimní nabídka.*${tag}`) })).toBeVisible();
      await expectFits(phone);
      await shot('campaign-approval');

      await phone.goto('/mailing-groups');
      await expect(phone.getByText(`Zpravodaj pro velkoobchodní partnery ${tag}`).first()).toBeVisible();
      await expectFits(phone);
      await shot('groups');
      await phone.goto(`/mailing-groups/${ids.groupId}`);
      await expect(phone.getByText(/Nepomucká-Šťastná/).first()).toBeVisible();
      await expectFits(phone);
      await shot('group');

      await phone.goto('/mail/templates');
      await expectFits(phone);
      await shot('templates');
      await phone.getByRole('button', { name: locale === 'cs' ? 'Nová šablona' : 'Novi predložak' }).click();
      const template = phone.getByRole('dialog');
      await expect(template.getByRole('textbox').first()).toBeVisible();
      await expectFits(phone, template.locator('.mantine-Modal-body'));
      await shot('template-editor');
      await context.close();
    });
  }
});
