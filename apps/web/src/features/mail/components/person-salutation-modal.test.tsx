// The salutation dialog: the suggestion for the language is the placeholder, a stored one is the value; blank saves
// null (back to the suggestion); a server refusal lands on the field.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { PersonSalutationQuery } from '../api/person-salutation-query.ts';
import { SetPersonSalutationMutation } from '../api/set-person-salutation-mutation.ts';
import { PersonSalutationModal } from './person-salutation-modal.tsx';

function renderModal(stored: string | null, result?: MockLink.MockedResponse['result']) {
  const sent = vi.fn();
  const onClose = vi.fn();
  const mocks: MockLink.MockedResponse[] = [
    {
      request: { query: PersonSalutationQuery, variables: { personId: 'p1', language: 'en' } },
      result: {
        data: {
          node: { __typename: 'Person', id: 'p1', salutation: stored, suggestedSalutation: 'Dear Mr Novák' },
        },
      },
    },
    {
      request: {
        query: SetPersonSalutationMutation,
        variables: (variables: Record<string, unknown>) => {
          sent(variables);
          return true;
        },
      },
      result: result ?? { data: { setPersonSalutation: { __typename: 'Person', id: 'p1', salutation: null } } },
    },
  ];
  renderWithProviders(<PersonSalutationModal personId="p1" personName="Jan Novák" opened onClose={onClose} />, {
    session: testSession(['clients.write', 'mail.send']),
    mocks,
  });
  return { sent, onClose };
}

const field = () => screen.findByRole('textbox', { name: 'Salutation in e-mails' }) as Promise<HTMLInputElement>;

describe('person salutation dialog', { timeout: 20_000 }, () => {
  it('shows the suggestion as placeholder and saves a cleared field as null', async () => {
    const { sent, onClose } = renderModal('Milý Honzo');
    const input = await field();
    expect(input.placeholder).toBe('Dear Mr Novák');
    expect(input.value).toBe('Milý Honzo');
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent.mock.calls[0]![0]).toEqual({ personId: 'p1', salutation: null });
  });

  it('puts a server refusal on the field', async () => {
    const { onClose } = renderModal(null, {
      errors: [
        new GraphQLError('mail.validation.lineBreak', {
          extensions: { code: 'BAD_USER_INPUT', field: 'salutation' },
        }),
      ],
    });
    fireEvent.change(await field(), { target: { value: 'Dear Jan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Line breaks are not allowed here.')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });
});
