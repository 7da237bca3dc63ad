// The activity form's footer links: the .ics invitation only for types that may be sent to Outlook, and the link to
// the whole thread only for an activity that has one.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { decodeActivityFilter } from '../../../lib/record-list-links.ts';
import { ActivityDetailLinks, maySendToOutlook } from './activity-detail-links.tsx';

const activity = (meta: unknown, thread: boolean) => ({
  id: 'QWN0aXZpdHk6MQ==',
  icsUrl: '/ics/activities/QWN0aXZpdHk6MQ==',
  type: { meta },
  parent: thread ? { id: 'QWN0aXZpdHk6MA==' } : null,
  children: [],
});

describe('ActivityDetailLinks', () => {
  it('offers the invitation for a type that may be sent, and no thread link for a lone activity', () => {
    renderWithProviders(<ActivityDetailLinks activity={activity({ sendToOutlook: true }, false)} />);
    expect(screen.getByRole('link', { name: 'Download .ics invitation' }).getAttribute('href')).toBe(
      '/ics/activities/QWN0aXZpdHk6MQ==',
    );
    expect(screen.queryByRole('link', { name: 'Show whole thread' })).toBeNull();
  });

  it('says why there is no invitation when the type may not be sent to Outlook', () => {
    renderWithProviders(<ActivityDetailLinks activity={activity({ sendToOutlook: false }, true)} />);
    expect(screen.queryByRole('link', { name: 'Download .ics invitation' })).toBeNull();
    expect(screen.getByText('This type is not sent to Outlook')).toBeTruthy();
  });

  it('links the whole thread as an activity list filter', () => {
    renderWithProviders(<ActivityDetailLinks activity={activity({}, true)} />);
    const href = screen.getByRole('link', { name: 'Show whole thread' }).getAttribute('href')!;
    const url = new URL(href, 'http://x');
    expect(url.pathname).toBe('/activities');
    expect(decodeActivityFilter(url.searchParams.get('filter')).filter).toEqual({ threadOf: 'QWN0aXZpdHk6MQ==' });
  });

  it.each([
    [{}, true],
    [null, true],
    [{ sendToOutlook: true }, true],
    [{ sendToOutlook: false }, false],
  ])('reads meta %j as sendable %s', (meta, expected) => {
    expect(maySendToOutlook(meta)).toBe(expected);
  });
});
