// The compose dialog's form: nothing is sent without a recipient; a picked template fills subject and the rich-text
// body (tiptap, loaded lazily) and is sent along with the opportunity it is written from; a server refusal of the
// body lands under the body.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { SendEmailMutation } from '../api/send-email-mutation.ts';
import { ComposeEmailForm, type ComposeOptions, type ComposeValues } from './compose-email-form.tsx';

const options: ComposeOptions = {
  persons: [
    { id: 'p1', fullName: 'Jan Novák', emails: ['jan@example.test'] },
    { id: 'p2', fullName: 'No Address', emails: [] },
  ],
  templates: [
    {
      id: 't1',
      name: 'Offer',
      language: 'cs',
      subject: 'Nabídka pro {{client.name}}',
      bodyHtml: '<p>{{salutation}},</p><p>posíláme nabídku.</p>',
    },
  ],
  files: [{ id: 'f1', name: 'price-list.pdf' }],
};

const blank: ComposeValues = {
  personIds: [],
  templateId: null,
  language: 'en',
  subject: '',
  bodyHtml: '',
  attachmentIds: [],
};

function renderForm(initial: ComposeValues, result?: MockLink.MockedResponse['result']) {
  const sent = vi.fn();
  const onClose = vi.fn();
  const mock: MockLink.MockedResponse = {
    request: {
      query: SendEmailMutation,
      variables: (variables: Record<string, unknown>) => {
        sent(variables);
        return true;
      },
    },
    result: result ?? {
      data: { sendEmail: [{ __typename: 'EmailMessage', id: 'm1', to: 'jan@example.test', state: 'QUEUED' }] },
    },
  };
  const source = { clientId: 'c1', opportunityId: 'o1' };
  renderWithProviders(<ComposeEmailForm source={source} options={options} initial={initial} onClose={onClose} />, {
    session: testSession(['mail.send', 'clients.write']),
    mocks: [mock],
  });
  return { sent, onClose };
}

const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

describe('compose e-mail form', { timeout: 20_000 }, () => {
  it('offers only persons with an address and sends nothing without a recipient', async () => {
    const { sent } = renderForm({ ...blank, bodyHtml: '<p>Text</p>' });
    expect(screen.getByText('Persons without an e-mail address (not offered): 1')).toBeTruthy();
    fireEvent.change(textbox('Subject'), { target: { value: 'Hello' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Choose at least one recipient.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
  });

  it('fills the subject and the rich-text body from a template and sends it with the template and the source', async () => {
    const { sent, onClose } = renderForm({ ...blank, personIds: ['p1'], attachmentIds: ['f1'] });
    const body = await screen.findByRole('textbox', { name: 'Message' }, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('combobox', { name: 'Template' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Offer', hidden: true }));
    await waitFor(() => expect(textbox('Subject').value).toBe('Nabídka pro {{client.name}}'), { timeout: 10_000 });
    await waitFor(() => expect(body.textContent).toContain('posíláme nabídku.'), { timeout: 10_000 });
    expect(body.querySelectorAll('p')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 10_000 });
    expect(sent.mock.calls[0]![0]).toEqual({
      input: {
        clientId: 'c1',
        opportunityId: 'o1',
        templateId: 't1',
        personIds: ['p1'],
        language: 'cs',
        subject: 'Nabídka pro {{client.name}}',
        bodyHtml: '<p>{{salutation}},</p><p>posíláme nabídku.</p>',
        attachmentIds: ['f1'],
      },
    });
  });

  it('puts a server refusal of the body under the body', async () => {
    const { onClose } = renderForm(
      { ...blank, personIds: ['p1'], subject: 'Hi', bodyHtml: '<p>{{person.password}}</p>' },
      {
        errors: [
          new GraphQLError('mail.template.unknownField', {
            extensions: { code: 'BAD_USER_INPUT', field: 'input.bodyHtml', tag: 'person.password' },
          }),
        ],
      },
    );
    await screen.findByRole('textbox', { name: 'Message' }, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(
      await screen.findByText(
        'This merge field does not exist. Use one of the offered fields.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('inserts a merge field at the cursor from the menu', async () => {
    renderForm({ ...blank, personIds: ['p1'], bodyHtml: '<p>Hello</p>' });
    const body = await screen.findByRole('textbox', { name: 'Message' }, { timeout: 10_000 });
    fireEvent.click(await screen.findByRole('button', { name: 'Insert a merge field into Message' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /Client name/ }));
    await waitFor(() => expect(body.textContent).toContain('{{client.name}}'), { timeout: 10_000 });
  });
});
