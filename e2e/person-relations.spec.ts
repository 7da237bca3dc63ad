// Persons at several firms (seeds 002, 003): link an existing person to another client from its persons tab, see
// the other firm and add/remove a relation, copy the letter address, open the printable card; then the same pages,
// the activity thread filter and the person card in Polish at desktop and phone width (screenshots).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ADMIN_STATE, login, snapshot } from './fixtures/app.ts';
import { createUser, gql } from './fixtures/api.ts';

test.use({ storageState: ADMIN_STATE });
// Two cores shared by many runs: the waits, not the app, set the pace here.
test.describe.configure({ timeout: 180_000 });

const stamp = Date.now();
const PL = { email: `pl.manager.${stamp}@veza.local`, password: 'pl-manager-pass', name: 'Piotr Kierownik' };

async function seed(request: APIRequestContext) {
  const client = async (name: string, city: string) =>
    (
      await gql<{ createClient: { id: string } }>(
        request,
        `mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`,
        { input: { kind: 'LEGAL', name, street: 'Ilica 1', postalCode: '10000', city, country: 'HR' } },
      )
    ).createClient.id;
  const person = async (firstName: string, lastName: string, clientId: string, role: string) =>
    (
      await gql<{ createPerson: { id: string } }>(
        request,
        `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
        { input: { firstName, lastName, emails: [`${firstName}.${stamp}@example.hr`], clients: [{ clientId, role }] } },
      )
    ).createPerson.id;
  const alfa = await client(`Alfa ${stamp} d.o.o.`, 'Zagreb');
  const beta = await client(`Beta ${stamp} d.o.o.`, 'Split');
  await person('Ivana', `Horvat${stamp}`, alfa, 'Nabava');
  await person('Marko', `Marić${stamp}`, beta, 'Direktor');
  await client(`Gama ${stamp} d.o.o.`, 'Rijeka');
  return { alfa, beta };
}

/** Types into a searchable select of a dialog and picks the first option that matches. */
async function pickPerson(page: Page, dialogName: string, label: string, search: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('combobox', { name: label }).fill(search);
  await page
    .getByRole('option', { name: new RegExp(search) })
    .first()
    .click();
  return dialog;
}

test('link an existing person to another client, relate persons, copy the address and print the card', async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { beta } = await seed(page.request);
  await page.goto(`/clients/${beta}?tab=persons`);
  await page.getByRole('button', { name: 'Link existing person' }).click();
  const link = await pickPerson(page, 'Link an existing person', 'Person', `Horvat${stamp}`);
  await link.getByRole('textbox', { name: 'Function' }).fill('Konzultantka');
  await link.getByRole('button', { name: 'Link person' }).click();
  await expect(link).toBeHidden();
  const ivana = page.getByRole('article', { name: `Ivana Horvat${stamp}` });
  await expect(ivana.getByText('Konzultantka')).toBeVisible();

  // Her other firm and a relation to Marko, added and removed.
  await ivana.getByRole('button', { name: `Relations of Ivana Horvat${stamp}` }).click();
  const relations = ivana.getByRole('group', { name: `Relations of Ivana Horvat${stamp}` });
  await expect(relations.getByRole('link', { name: `Alfa ${stamp} d.o.o.` })).toBeVisible();
  await relations.getByRole('button', { name: 'Add relation' }).click();
  const rel = await pickPerson(page, `Relation of Ivana Horvat${stamp}`, 'Related person', `Marić${stamp}`);
  await rel.getByRole('textbox', { name: 'Relation' }).fill('reports to');
  await rel.getByRole('button', { name: 'Add relation' }).click();
  await expect(rel).toBeHidden();
  await expect(relations.getByText(`Marko Marić${stamp}`)).toBeVisible();
  await snapshot(page, testInfo, 'person-relations-en');
  await relations.getByRole('button', { name: `Remove relation reports to: Marko Marić${stamp}` }).click();
  await expect(relations.getByText('No relations.')).toBeVisible();

  // And a third firm, from her card.
  await relations.getByRole('button', { name: 'Add to another firm' }).click();
  const firm = await pickPerson(page, `Another firm of Ivana Horvat${stamp}`, 'Firm', `Gama ${stamp}`);
  await firm.getByRole('textbox', { name: 'Function' }).fill('Savjetnica');
  await firm.getByRole('button', { name: 'Add to another firm' }).click();
  await expect(firm).toBeHidden();
  await expect(relations.getByRole('link', { name: `Gama ${stamp} d.o.o.` })).toBeVisible();
  await expect(relations.getByText('Savjetnica')).toBeVisible();

  // The letter address at this client, country in the reader's language.
  await ivana.getByRole('button', { name: `Copy the address of Ivana Horvat${stamp}` }).click();
  await expect(page.getByText('Address copied to the clipboard.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    [`Ivana Horvat${stamp}`, 'Konzultantka', `Beta ${stamp} d.o.o.`, 'Ilica 1', '10000 Split', 'Croatia'].join('\n'),
  );

  await ivana.getByRole('link', { name: `Print the card of Ivana Horvat${stamp}` }).click();
  await expect(page.getByRole('heading', { name: `Ivana Horvat${stamp}` })).toBeVisible();
  const firms = page.getByRole('table', { name: 'Firms' });
  await expect(firms.getByRole('rowheader', { name: `Alfa ${stamp} d.o.o.` })).toBeVisible();
  await expect(firms.getByRole('rowheader', { name: `Beta ${stamp} d.o.o.` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Address for a letter' })).toContainText('10000 Split');
});

test('in Polish at desktop and phone width: persons tab, link dialog, person card, activity thread', async ({
  browser,
  page,
}, testInfo) => {
  const { beta } = await seed(page.request);
  await createUser(page.request, { ...PL, locale: 'pl' }, ['Manager']);
  const types = await gql<{ dictionary: { id: string; key: string }[] }>(
    page.request,
    '{ dictionary(kind: ACTIVITY_TYPE) { id key } }',
  );
  const call = types.dictionary.find((t) => t.key === 'call')!.id;
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ storageState: undefined, viewport: { width, height: 900 } });
    const pl = await context.newPage();
    await login(pl, PL.email, PL.password);
    await expect(pl.getByRole('navigation').first()).toBeVisible();
    const create = async (subject: string, parentId: string | null) =>
      (
        await gql<{ createActivity: { id: string } }>(
          pl.request,
          `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
          {
            input: {
              clientId: beta,
              typeId: call,
              subject,
              parentId,
              startsAt: new Date(Date.now() + 86_400_000).toISOString(),
            },
          },
        )
      ).createActivity.id;
    const main = await create(`Wątek ${width} — zadanie główne`, null);
    const sub = await create(`Wątek ${width} — podzadanie`, main);
    await create(`Wątek ${width} — kontakt`, sub);
    await create(`Poza wątkiem ${width}`, null);

    await pl.goto(`/clients/${beta}?tab=persons`);
    const marko = pl.getByRole('article', { name: `Marko Marić${stamp}` });
    await marko.getByRole('button', { name: `Powiązania: Marko Marić${stamp}` }).click();
    await snapshot(pl, testInfo, `person-relations-pl-${width}`);
    await pl.getByRole('button', { name: 'Przypisz istniejącą osobę' }).click();
    await pl
      .getByRole('dialog', { name: 'Przypisz istniejącą osobę' })
      .getByRole('combobox', { name: 'Osoba' })
      .fill(`Horvat${stamp}`);
    await expect(pl.getByRole('option', { name: new RegExp(`Horvat${stamp}`) }).first()).toBeVisible();
    await snapshot(pl, testInfo, `person-link-dialog-pl-${width}`);
    await pl.keyboard.press('Escape'); // the open option list first
    await pl.getByRole('dialog', { name: 'Przypisz istniejącą osobę' }).getByRole('button', { name: 'Anuluj' }).click();
    await marko.getByRole('link', { name: `Drukuj kartę: Marko Marić${stamp}` }).click();
    await expect(pl.getByText('Karta osoby')).toBeVisible();
    await snapshot(pl, testInfo, `person-card-pl-${width}`);

    await pl.goto(`/activities/${sub}`);
    await expect(pl.getByRole('link', { name: 'Pokaż cały wątek' })).toBeVisible({ timeout: 60_000 });
    await snapshot(pl, testInfo, `activity-form-thread-pl-${width}`);
    await pl.getByRole('link', { name: 'Pokaż cały wątek' }).click();
    await expect(pl.getByText(`Wątek ${width} — kontakt`)).toBeVisible();
    await expect(pl.getByText(`Wątek ${width} — zadanie główne`)).toBeVisible();
    await expect(pl.getByText(`Poza wątkiem ${width}`)).toBeHidden();
    await snapshot(pl, testInfo, `activity-thread-pl-${width}`);

    // A manager may add a dictionary value on the spot ("+" next to the field, dictionaries.addValue).
    await pl.goto('/clients/new');
    await expect(pl.getByRole('button', { name: /Dodaj nową wartość/ }).first()).toBeVisible();
    await snapshot(pl, testInfo, `client-form-plus-pl-${width}`);
    await context.close();
  }
});
