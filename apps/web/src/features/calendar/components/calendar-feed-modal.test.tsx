// The subscription modal: the secret address is shown once after creating it; replacing one is confirmed first.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { MyCalendarFeedQuery } from '../api/my-calendar-feed-query.ts';
import { RegenerateCalendarFeedMutation } from '../api/regenerate-calendar-feed-mutation.ts';
import { CalendarFeedModal, webcalUrl } from './calendar-feed-modal.tsx';

const URL = 'https://crm.example.com/ical/s3cr3t-token.ics';
const feed = (active: boolean) => ({
  __typename: 'CalendarFeed' as const,
  active,
  createdAt: active ? '2026-11-20T09:00:00.000Z' : null,
  lastUsedAt: null,
});

describe('calendar subscription modal', () => {
  it('creates an address and shows it once, with copy and open-in-calendar', async () => {
    const mocks = [
      { request: { query: MyCalendarFeedQuery }, result: { data: { myCalendarFeed: feed(false) } } },
      {
        request: { query: RegenerateCalendarFeedMutation },
        result: {
          data: {
            regenerateCalendarFeed: { __typename: 'CalendarFeedSecret' as const, url: URL, feed: feed(true) },
          },
        },
      },
    ];
    renderWithProviders(<CalendarFeedModal opened onClose={() => {}} />, { mocks });
    expect(await screen.findByText('You have no subscription address yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create subscription address' }));
    expect(await screen.findByText(URL)).toBeTruthy();
    expect(screen.getByText('Copy the address now: it will not be shown again.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open in your calendar program' }).getAttribute('href')).toBe(
      'webcal://crm.example.com/ical/s3cr3t-token.ics',
    );
  });

  it('asks before replacing an address calendar programs may be using', async () => {
    const mocks = [{ request: { query: MyCalendarFeedQuery }, result: { data: { myCalendarFeed: feed(true) } } }];
    renderWithProviders(<CalendarFeedModal opened onClose={() => {}} />, { mocks });
    fireEvent.click(await screen.findByRole('button', { name: 'Create a new address' }));
    await waitFor(() => expect(screen.getByRole('alertdialog').textContent).toContain('replaces the current one'));
    expect(screen.queryByText(URL)).toBeNull();
  });

  it('turns http(s) addresses into webcal links', () => {
    expect(webcalUrl('http://localhost:4000/ical/x.ics')).toBe('webcal://localhost:4000/ical/x.ics');
    expect(webcalUrl('HTTPS://crm.example.com/ical/x.ics')).toBe('webcal://crm.example.com/ical/x.ics');
  });
});
