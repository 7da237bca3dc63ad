// Renaming an attachment in place (form kit): a name with a slash stays on the field and sends nothing; a stale
// version shows the reload notice instead of closing the field.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { RecordAttachmentsQuery } from './api/record-attachments-query.ts';
import { RenameAttachmentMutation } from './api/rename-attachment-mutation.ts';
import { AttachmentsPanel } from './attachments-panel.tsx';

const node = {
  __typename: 'Attachment',
  id: 'a1',
  name: 'offer.pdf',
  size: 2048,
  mimeType: 'application/pdf',
  previewable: true,
  url: '/files/a1',
  version: 3,
  createdAt: '2026-12-01T10:00:00Z',
  createdBy: { __typename: 'User', id: 'u1', name: 'Ana Horvat' },
};
const list: MockLink.MockedResponse = {
  request: { query: RecordAttachmentsQuery, variables: { ownerId: 'c1', first: 50 } },
  result: {
    data: {
      attachments: {
        __typename: 'AttachmentConnection',
        totalCount: 1,
        edges: [{ __typename: 'AttachmentEdge', node }],
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
  maxUsageCount: 5,
};

async function openRename(rename: MockLink.MockedResponse['result']) {
  const sent = vi.fn();
  const mock: MockLink.MockedResponse = {
    request: {
      query: RenameAttachmentMutation,
      variables: (variables: Record<string, unknown>) => {
        sent(variables);
        return true;
      },
    },
    result: rename,
  };
  renderWithProviders(<AttachmentsPanel ownerId="c1" canWrite />, { mocks: [list, mock] });
  fireEvent.click(await screen.findByRole('button', { name: 'Actions for offer.pdf' }));
  fireEvent.click(await screen.findByRole('menuitem', { name: 'Rename', hidden: true }));
  return { sent, field: await screen.findByRole('textbox', { name: 'New name' }) };
}

describe('attachment rename', { timeout: 20_000 }, () => {
  it('keeps a name with a slash on the field', async () => {
    const { sent, field } = await openRename({ data: null });
    fireEvent.change(field, { target: { value: 'a/b.pdf' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('A file name cannot contain slashes, line breaks or control characters.'),
    ).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
  });

  it('offers a reload when the attachment changed meanwhile', async () => {
    const { sent, field } = await openRename({
      errors: [new GraphQLError('stale', { extensions: { code: 'CONFLICT' } })],
    });
    fireEvent.change(field, { target: { value: 'signed offer.pdf' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(sent.mock.calls[0]![0]).toEqual({ id: 'a1', version: 3, name: 'signed offer.pdf' });
  });
});
