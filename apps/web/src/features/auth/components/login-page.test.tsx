import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { LoginMutation } from '../api/login-mutation.ts';
import { LoginPage } from './login-page.tsx';

function fillAndSubmit(email: string, password: string) {
  fireEvent.input(screen.getByLabelText('E-mail or user name'), { target: { value: email } });
  fireEvent.input(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('login page', () => {
  it('asks for the e-mail and password when they are empty', async () => {
    renderWithProviders(<LoginPage />, { session: null });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findAllByText('This field is required.')).toHaveLength(2);
  });

  it('shows one generic message for a wrong e-mail or password', async () => {
    const mocks = [
      {
        request: { query: LoginMutation, variables: { email: 'ana@example.com', password: 'nope' } },
        result: { errors: [new GraphQLError('Invalid credentials', { extensions: { code: 'UNAUTHENTICATED' } })] },
      },
    ];
    renderWithProviders(<LoginPage />, { session: null, mocks });
    fillAndSubmit(' Ana@Example.com ', 'nope');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Wrong e-mail or password.'));
  });

  it('says the company directory is unavailable when LDAP cannot be reached', async () => {
    const mocks = [
      {
        request: { query: LoginMutation, variables: { email: 'jnovak', password: 'secret' } },
        result: {
          errors: [new GraphQLError('Directory down', { extensions: { code: 'DIRECTORY_UNAVAILABLE' } })],
        },
      },
    ];
    renderWithProviders(<LoginPage />, { session: null, mocks });
    fillAndSubmit('jnovak', 'secret');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(/company directory \(LDAP\) cannot be reached/),
    );
  });

  it('offers the UI languages in a labelled select', () => {
    renderWithProviders(<LoginPage />, { session: null });
    const select = screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['en', 'pl', 'hr', 'cs']);
  });
});
