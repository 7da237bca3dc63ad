// Sales opportunities in a real browser: created from a client's tab, dragged across two stages on the board (once
// with the mouse, once with the keyboard), lost with a reason, reopened and won; the client's tab and the board's
// column totals follow. Screenshots at desktop and phone size.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ADMIN_STATE, snapshot } from './fixtures/app.ts';
import { gql } from './fixtures/api.ts';

const run = Date.now();

const column = (page: Page, stage: string) => page.getByRole('region', { name: stage, exact: true });

/** Drags with real mouse events in small steps (dnd-kit starts a drag after 5 px). */
async function drag(page: Page, card: Locator, target: Locator) {
  const from = (await card.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 20);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 30, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 15 });
  await page.mouse.up();
}

test.describe('sales opportunities', () => {
  test.use({ storageState: ADMIN_STATE });

  test('from the client to the board: move, lose with a reason, reopen, win', async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const name = `Fleet renewal ${run}`;
    const { createClient } = await gql<{ createClient: { id: string } }>(
      page.request,
      'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
      { input: { kind: 'LEGAL', name: `Transport Horvat ${run}`, city: 'Rijeka', country: 'HR' } },
    );

    // Created from the client's Opportunities tab.
    await page.goto(`/clients/${createClient.id}?tab=opportunities`);
    await page.getByRole('button', { name: 'New opportunity' }).click();
    const dialog = page.getByRole('dialog', { name: 'New opportunity' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('textbox', { name: 'Amount' }).fill('1234,50');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    const tabRow = page.getByRole('row').filter({ hasText: name });
    await expect(tabRow).toContainText('Qualification');
    await expect(tabRow).toContainText('€1,234.50');

    // On the board, filtered to this client.
    await page.getByRole('link', { name: 'Show on the board' }).click();
    await expect(page.getByRole('heading', { name: 'Sales pipeline' })).toBeVisible();
    const card = page.locator('[data-opportunity-id]').filter({ hasText: name });
    await expect(column(page, 'Qualification').locator('[data-opportunity-id]')).toHaveCount(1);
    await expect(column(page, 'Qualification')).toContainText('Total: €1,234.50');

    // Mouse: Qualification → Needs analysis.
    await drag(page, card, column(page, 'Needs analysis'));
    await expect(column(page, 'Needs analysis').locator('[data-opportunity-id]')).toHaveCount(1);
    await expect(column(page, 'Needs analysis')).toContainText('Total: €1,234.50');
    await expect(column(page, 'Needs analysis')).toContainText('Weighted: €308.63');
    await expect(column(page, 'Qualification')).toContainText('Total: €0.00');

    // Keyboard: Needs analysis → Proposal with the arrow key, announced to screen readers, focus kept.
    await card.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('status').filter({ hasText: 'to Proposal, position 1' })).toBeAttached();
    await expect(column(page, 'Proposal').locator('[data-opportunity-id]')).toHaveCount(1);
    await expect(card).toBeFocused();
    await expect(column(page, 'Proposal')).toContainText('Weighted: €617.25');
    await snapshot(page, testInfo, 'opportunities-board');

    // Dropped on Lost: the dialog asks for the reason first.
    await drag(page, card, column(page, 'Lost'));
    const lost = page.getByRole('dialog', { name: 'Mark as lost' });
    await lost.getByRole('button', { name: 'Mark as lost' }).click();
    await expect(lost.getByText('This field is required.')).toBeVisible();
    await lost.getByLabel('Reason').click();
    await page.getByRole('option', { name: 'Price' }).click();
    await lost.getByRole('textbox', { name: 'Note' }).fill('Went with a cheaper offer');
    await lost.getByRole('button', { name: 'Mark as lost' }).click();
    await expect(lost).toBeHidden();
    await expect(column(page, 'Lost').locator('[data-opportunity-id]')).toHaveCount(1);
    await expect(column(page, 'Lost')).toContainText('Total: €1,234.50');
    await expect(column(page, 'Proposal')).toContainText('Total: €0.00');

    // Reopen and win on the detail page; the history keeps every step.
    // (The card's own link; followed by its address because the board keeps re-measuring cards after a drop.)
    await page.goto((await card.getByRole('link', { name }).getAttribute('href'))!);
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await page.getByRole('button', { name: 'Reopen' }).click();
    await expect(page.getByRole('button', { name: 'Won' })).toBeVisible();
    await page.getByRole('button', { name: 'Won' }).click();
    await page.getByRole('dialog', { name: 'Mark as won' }).getByRole('button', { name: 'Mark as won' }).click();
    await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
    // A follow-up call created from here is linked to the opportunity.
    await page.getByRole('button', { name: 'New activity' }).click();
    const activity = page.getByRole('dialog', { name: 'New activity' });
    await expect(activity.getByRole('combobox', { name: 'Sales opportunity' })).toHaveValue(name);
    await activity.getByRole('textbox', { name: 'Subject' }).fill('Delivery planning call');
    await activity.getByRole('textbox', { name: 'Start' }).fill('2030-01-15T10:00');
    await activity.getByTestId('activity-save').click();
    await expect(activity).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Activities (1)' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Delivery planning call' })).toBeVisible();
    const history = page.getByRole('table', { name: 'Stage history' });
    await expect(history.getByRole('row')).toHaveCount(7);
    await snapshot(page, testInfo, 'opportunity-detail');

    // The client's tab and the board follow.
    await page.goto(`/clients/${createClient.id}?tab=opportunities`);
    await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Won');
    await page.goto(`/opportunities?client=${encodeURIComponent(createClient.id)}`);
    await expect(column(page, 'Won')).toContainText('Total: €1,234.50');
    await expect(column(page, 'Lost')).toContainText('Total: €0.00');
    await snapshot(page, testInfo, 'opportunities-board-won');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(column(page, 'Won')).toContainText('Total: €1,234.50');
    await snapshot(page, testInfo, 'opportunities-board-phone');
    await page.goto(`/clients/${createClient.id}?tab=opportunities`);
    await snapshot(page, testInfo, 'opportunities-client-tab-phone');
  });
});
