// The E-mails list on an opportunity: the same list as the client's tab, read through the Opportunity node — each
// message with its recipient and delivery state (a failure with the relay's reply), and "Show more" for the next page.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { RecordEmailMessagesQuery } from '../api/record-email-messages-query.ts';
import { RecordEmailsList } from './record-emails-list.tsx';

const message = (id: string, subject: string, state: string, error: string | null) => ({
  __typename: 'EmailMessageEdge',
  node: {
    __typename: 'EmailMessage',
    id,
    to: 'ana@example.test',
    subject,
    state,
    error,
    createdAt: '2026-12-01T09:00:00.000Z',
    sentAt: state === 'SENT' ? '2026-12-01T09:00:05.000Z' : null,
  },
});

const page = (edges: ReturnType<typeof message>[], endCursor: string | null) => ({
  data: {
    node: {
      __typename: 'Opportunity',
      id: 'o1',
      emailMessages: {
        __typename: 'EmailMessageConnection',
        totalCount: 3,
        edges,
        pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
      },
    },
  },
});

const mocks: MockLink.MockedResponse[] = [
  {
    request: { query: RecordEmailMessagesQuery, variables: { id: 'o1', first: 25 } },
    result: page(
      [message('m3', 'Offer v2', 'SENT', null), message('m2', 'Offer', 'FAILED', '550 mailbox unavailable')],
      'c2',
    ),
  },
  {
    request: { query: RecordEmailMessagesQuery, variables: { id: 'o1', first: 25, after: 'c2' } },
    result: page([message('m1', 'First contact', 'RETRYING', '421 try later')], null),
  },
];

describe('record e-mails list on an opportunity', { timeout: 20_000 }, () => {
  it('shows each message’s delivery state and loads the next page', async () => {
    renderWithProviders(<RecordEmailsList recordId="o1" />, { session: testSession(['mail.send']), mocks });
    const failed = await screen.findByRole('listitem', { name: 'Offer' });
    expect(within(failed).getByText('Failed')).toBeTruthy();
    expect(
      within(failed).getByText('The recipient’s mailbox does not exist or does not accept mail. (SMTP 550)'),
    ).toBeTruthy();
    expect(within(screen.getByRole('listitem', { name: 'Offer v2' })).getByText('Sent')).toBeTruthy();
    expect(screen.getByText('E-mails: 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    const retrying = await screen.findByRole('listitem', { name: 'First contact' });
    expect(within(retrying).getByText('The mail server asked to try again later. (SMTP 421)')).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});
