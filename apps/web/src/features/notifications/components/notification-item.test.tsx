// A notification whose e-mail failed shows why in the reader's language (the relay's raw English text is not shown),
// with the SMTP reply code kept as the detail.
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import pl from '../../../i18n/locales/pl.json';
import { renderWithProviders } from '../../../test/render.tsx';
import { i18n } from '../../../test/setup.ts';
import type { NotificationRow } from '../hooks/use-notifications.ts';
import { NotificationItem } from './notification-item.tsx';

const row = (error: string, state = 'FAILED') =>
  ({
    id: 'n1',
    kind: 'IMPORT_FINISHED',
    text: 'Import „a.csv” zakończony: 1',
    link: null,
    read: false,
    createdAt: '2026-12-07T09:00:00.000Z',
    email: { state, sentAt: null, error },
  }) as NotificationRow;

describe('NotificationItem e-mail state', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('translates a refused recipient and keeps the SMTP code (Polish)', async () => {
    i18n.addResourceBundle('pl', 'translation', pl, true, true);
    await i18n.changeLanguage('pl');
    renderWithProviders(
      <NotificationItem notification={row('550 5.1.1 <x@example.test>: Recipient address rejected: User unknown')} />,
    );
    const line = await screen.findByText(/Nie wysłano e-maila/);
    expect(line.textContent).toContain('Skrzynka odbiorcy nie istnieje lub nie przyjmuje poczty. (SMTP 550)');
    expect(line.textContent).not.toContain('User unknown');
  });

  it('says in English that the relay is down while a retry waits', async () => {
    renderWithProviders(<NotificationItem notification={row('connect ECONNREFUSED 127.0.0.1:2525', 'PENDING')} />);
    expect(await screen.findByText(/The mail server could not be reached\./)).toBeTruthy();
    expect(screen.queryByText(/ECONNREFUSED/)).toBeNull();
  });
});
