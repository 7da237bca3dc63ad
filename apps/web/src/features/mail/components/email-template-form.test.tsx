// The template editor: the rich-text body (tiptap, loaded lazily) takes merge fields from the menu and is saved as
// HTML; the server's refusal of triple braces lands under the body; a preview for a real person shows the rendered
// subject and plain-text part, and a preview refusal (an unknown field) lands under the subject.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { CreateEmailTemplateMutation } from '../api/create-email-template-mutation.ts';
import { PreviewEmailTemplateQuery } from '../api/preview-email-template-query.ts';
import { PreviewPersonOptionsQuery } from '../api/preview-person-options-query.ts';
import { EmailTemplateForm } from './email-template-form.tsx';

const persons: MockLink.MockedResponse = {
  request: { query: PreviewPersonOptionsQuery, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      clients: {
        __typename: 'ClientConnection',
        edges: [
          {
            __typename: 'ClientEdge',
            node: {
              __typename: 'Client',
              id: 'c1',
              name: 'Kowalski SA',
              persons: [
                {
                  __typename: 'ClientPerson',
                  person: { __typename: 'Person', id: 'p1', fullName: 'Anna Nowak', emails: ['anna@example.test'] },
                },
              ],
            },
          },
        ],
      },
    },
  },
};

function render(mocks: MockLink.MockedResponse[]) {
  const onClose = vi.fn();
  renderWithProviders(<EmailTemplateForm template={null} onClose={onClose} onReload={() => {}} />, {
    session: testSession(['mail.templates', 'mail.send']),
    mocks: [persons, ...mocks],
  });
  return { onClose };
}

async function writeBody() {
  await screen.findByRole('textbox', { name: 'Message' }, { timeout: 10_000 });
  fireEvent.click(screen.getByRole('button', { name: 'Insert a merge field into Message' }));
  fireEvent.click(await screen.findByRole('menuitem', { name: /Salutation/ }));
}

const created = vi.fn();
const createMock = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: {
    query: CreateEmailTemplateMutation,
    variables: (v: Record<string, unknown>) => {
      created(v);
      return true;
    },
  },
  result,
});

describe('e-mail template editor', { timeout: 20_000 }, () => {
  it('saves the rich-text body with a merge field from the menu as HTML', async () => {
    const template = { id: 't1', name: 'Oferta', language: 'pl', subject: 'Oferta', version: 1, updatedAt: '' };
    const { onClose } = render([
      createMock({
        data: { createEmailTemplate: { __typename: 'EmailTemplate', ...template, bodyHtml: '<p>{{salutation}}</p>' } },
      }),
    ]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Oferta' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Subject' }), { target: { value: 'Oferta dla ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Insert a merge field into Subject' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /Client name/ }));
    await writeBody();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 10_000 });
    expect(created.mock.calls.at(-1)![0]).toEqual({
      input: {
        name: 'Oferta',
        language: 'en',
        subject: 'Oferta dla {{client.name}}',
        bodyHtml: '<p>{{salutation}}</p>',
      },
    });
  });

  it('puts the server’s refusal of triple braces under the body', async () => {
    const { onClose } = render([
      createMock({
        errors: [
          new GraphQLError('mail.template.unescaped', {
            extensions: { code: 'BAD_USER_INPUT', field: 'input.bodyHtml', tag: '{{{person.firstName}}}' },
          }),
        ],
      }),
    ]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'X' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Subject' }), { target: { value: 'X' } });
    await writeBody();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(
        'Unescaped merge fields (three braces or an ampersand) are not allowed.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('previews for a real person, and shows a preview refusal under the subject', async () => {
    const preview = vi.fn();
    const rendered: MockLink.MockedResponse = {
      request: {
        query: PreviewEmailTemplateQuery,
        variables: (v: Record<string, unknown>) => {
          preview(v);
          return true;
        },
      },
      result: {
        data: {
          previewEmailTemplate: {
            __typename: 'EmailPreview',
            subject: 'Oferta dla Kowalski SA',
            html: '<p>Szanowna Pani Anno</p>',
            text: 'Szanowna Pani Anno',
            salutation: 'Szanowna Pani Anno',
          },
        },
      },
    };
    const refused: MockLink.MockedResponse = {
      request: { query: PreviewEmailTemplateQuery, variables: () => true },
      result: {
        errors: [
          new GraphQLError('mail.template.unknownField', {
            extensions: { code: 'BAD_USER_INPUT', field: 'input.subject', tag: 'person.password' },
          }),
        ],
      },
    };
    render([rendered, refused]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Subject' }), {
      target: { value: 'Oferta dla {{client.name}}' },
    });
    await writeBody();
    fireEvent.click(screen.getByRole('combobox', { name: 'Preview for' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Anna Nowak · Kowalski SA', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByText('Oferta dla Kowalski SA', {}, { timeout: 10_000 })).toBeTruthy();
    expect(preview.mock.calls[0]![0]).toMatchObject({
      input: {
        personId: 'p1',
        clientId: 'c1',
        subject: 'Oferta dla {{client.name}}',
        bodyHtml: '<p>{{salutation}}</p>',
      },
    });
    fireEvent.click(screen.getByRole('tab', { name: 'Plain text' }));
    expect(screen.getByRole('tabpanel', { name: 'Plain text' }).textContent).toBe('Szanowna Pani Anno');

    fireEvent.change(screen.getByRole('textbox', { name: 'Subject' }), { target: { value: '{{person.password}}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(
      await screen.findByText(
        'This merge field does not exist. Use one of the offered fields.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Subject' }).getAttribute('aria-invalid')).toBe('true');
  });
});
