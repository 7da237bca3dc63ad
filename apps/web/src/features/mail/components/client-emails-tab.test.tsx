// The client page's E-mails tab: each sent mail with its subject, recipient and delivery state (a failure shows the
// relay's reply); "write an e-mail" only with write access, opening the compose dialog with the client's persons.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { RecordEmailMessagesQuery } from '../api/record-email-messages-query.ts';
import { ComposeEmailOptionsQuery } from '../api/compose-email-options-query.ts';
import { SendEmailMutation } from '../api/send-email-mutation.ts';
import { ClientEmailsTab } from './client-emails-tab.tsx';

const message = (id: string, subject: string, state: string, error: string | null) => ({
  __typename: 'EmailMessageEdge',
  node: {
    __typename: 'EmailMessage',
    id,
    to: 'jan@example.test',
    subject,
    state,
    error,
    createdAt: '2026-12-01T09:00:00.000Z',
    sentAt: state === 'SENT' ? '2026-12-01T09:00:05.000Z' : null,
  },
});

const messagesResult = (edges: ReturnType<typeof message>[]) => ({
  data: {
    node: {
      __typename: 'Client',
      id: 'c1',
      emailMessages: {
        __typename: 'EmailMessageConnection',
        totalCount: edges.length,
        edges,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
});

const earlier = [
  message('m2', 'Price list', 'FAILED', '550 mailbox unavailable'),
  message('m1', 'Offer for Acme', 'SENT', null),
];

const messagesMock: MockLink.MockedResponse = {
  request: { query: RecordEmailMessagesQuery, variables: { id: 'c1', first: 25 } },
  result: messagesResult(earlier),
};

// After a send the list is read again and shows the new, queued message.
const afterSendMock: MockLink.MockedResponse = {
  request: { query: RecordEmailMessagesQuery, variables: { id: 'c1', first: 25 } },
  result: messagesResult([message('m3', 'Hello again', 'QUEUED', null), ...earlier]),
};

const sent = vi.fn();
const sendMock: MockLink.MockedResponse = {
  request: {
    query: SendEmailMutation,
    variables: (variables: Record<string, unknown>) => {
      sent(variables);
      return true;
    },
  },
  result: { data: { sendEmail: [{ __typename: 'EmailMessage', id: 'm3', to: 'jan@example.test', state: 'QUEUED' }] } },
};

const optionsMock: MockLink.MockedResponse = {
  request: { query: ComposeEmailOptionsQuery, variables: { clientId: 'c1', activityId: 'c1', withActivity: false } },
  result: {
    data: {
      node: {
        __typename: 'Client',
        id: 'c1',
        persons: [
          {
            __typename: 'ClientPersonLink',
            person: { __typename: 'Person', id: 'p1', fullName: 'Jan Novák', emails: ['jan@example.test'] },
          },
        ],
      },
      emailTemplates: { __typename: 'EmailTemplateConnection', edges: [] },
      attachments: { __typename: 'AttachmentConnection', edges: [] },
    },
  },
};

function renderTab(canWrite: boolean) {
  renderWithProviders(<ClientEmailsTab clientId="c1" canWrite={canWrite} />, {
    session: testSession(['mail.send', 'clients.write']),
    mocks: [messagesMock, optionsMock, sendMock, afterSendMock],
  });
}

describe('client e-mails tab', { timeout: 20_000 }, () => {
  it('lists the sent mail with recipient and delivery state', async () => {
    renderTab(true);
    const failed = await screen.findByRole('listitem', { name: 'Price list' });
    expect(within(failed).getByText('Failed')).toBeTruthy();
    expect(
      within(failed).getByText('The recipient’s mailbox does not exist or does not accept mail. (SMTP 550)'),
    ).toBeTruthy();
    expect(within(failed).getByText(/To jan@example\.test/)).toBeTruthy();
    const sent = screen.getByRole('listitem', { name: 'Offer for Acme' });
    expect(within(sent).getByText('Sent')).toBeTruthy();
    expect(screen.getByText('E-mails: 2')).toBeTruthy();
  });

  it('opens the compose dialog with the client’s persons', async () => {
    renderTab(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Write an e-mail' }));
    const dialog = await screen.findByRole('dialog', { name: 'New e-mail' });
    expect(await within(dialog).findByRole('combobox', { name: 'Recipients' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Send' })).toBeTruthy();
  });

  it('sends to a chosen person and shows the new message as queued', async () => {
    renderTab(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Write an e-mail' }));
    const dialog = await screen.findByRole('dialog', { name: 'New e-mail' });
    fireEvent.click(await within(dialog).findByRole('combobox', { name: 'Recipients' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Jan Novák <jan@example.test>', hidden: true }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Subject' }), { target: { value: 'Hello again' } });
    // The rich-text body: jsdom cannot type into it, the merge-field menu writes into it.
    await within(dialog).findByRole('textbox', { name: 'Message' }, { timeout: 10_000 });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Insert a merge field into Message' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /Salutation/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send' }));
    const queued = await screen.findByRole('listitem', { name: 'Hello again' }, { timeout: 10_000 });
    expect(within(queued).getByText('Queued')).toBeTruthy();
    expect(sent.mock.calls[0]![0]).toMatchObject({
      input: { clientId: 'c1', personIds: ['p1'], bodyHtml: '<p>{{salutation}}</p>' },
    });
  });

  it('offers no compose button without write access', async () => {
    renderTab(false);
    await screen.findByRole('listitem', { name: 'Price list' });
    expect(screen.queryByRole('button', { name: 'Write an e-mail' })).toBeNull();
  });
});
