// GDPR actions on a person: hidden without persons.gdpr; erasing needs the person's name typed exactly, then sends
// erasePerson; the API's refusal shows in the dialog.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { ErasePersonMutation } from '../api/erase-person-mutation.ts';
import { PersonGdprActions } from './person-gdpr-actions.tsx';

function renderActions(permissions: string[], result: object) {
  const sent = vi.fn();
  const mocks = [
    {
      request: {
        query: ErasePersonMutation,
        variables: (v: Record<string, unknown>) => {
          sent(v);
          return true;
        },
      },
      result,
    },
  ];
  renderWithProviders(<PersonGdprActions personId="P1" personName="Ana Horvat" />, {
    session: testSession(permissions),
    mocks,
  });
  return sent;
}

const ok = {
  data: { erasePerson: { __typename: 'PersonErasure', personId: 'P1', erasedAt: '2026-12-07T04:00:00.000Z' } },
};

describe('person GDPR actions', () => {
  it('are hidden without the permission', () => {
    renderActions(['clients.read'], ok);
    expect(screen.queryByRole('button', { name: 'Erase Ana Horvat for good' })).toBeNull();
  });

  it('erase only once the name is typed exactly', async () => {
    const sent = renderActions(['persons.gdpr'], ok);
    expect(screen.getByRole('button', { name: 'Export all data of Ana Horvat as PDF' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Erase Ana Horvat for good' }));
    const field = await screen.findByLabelText('Type “Ana Horvat” to confirm');
    const erase = screen.getByRole('button', { name: 'Erase person' });
    expect((erase as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(field, { target: { value: 'Ana Horva' } });
    expect((erase as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(field, { target: { value: 'Ana Horvat' } });
    expect((erase as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(erase);
    await waitFor(() => expect(sent).toHaveBeenCalledWith({ personId: 'P1' }));
    await waitFor(() => expect(screen.queryByLabelText('Type “Ana Horvat” to confirm')).toBeNull());
  });

  it('shows the refusal in the dialog', async () => {
    renderActions(['persons.gdpr'], {
      errors: [new GraphQLError('Person not found', { extensions: { code: 'NOT_FOUND' } })],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Erase Ana Horvat for good' }));
    fireEvent.change(await screen.findByLabelText('Type “Ana Horvat” to confirm'), {
      target: { value: 'Ana Horvat' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Erase person' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
