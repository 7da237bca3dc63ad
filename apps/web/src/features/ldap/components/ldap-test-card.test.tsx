// The LDAP test card: sends the user name and password, lists each step with its result and the server's message.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { TestLdapSettingsMutation } from '../api/test-ldap-settings-mutation.ts';
import { LdapTestCard } from './ldap-test-card.tsx';

const step = (s: string, ok: boolean, extra: Record<string, unknown> = {}) => ({
  __typename: 'LdapTestStep',
  step: s,
  ok,
  code: ok ? 'OK' : 'INVALID_CREDENTIALS',
  message: ok ? 'OK' : 'Wrong password, or the account is disabled',
  detail: null,
  count: null,
  values: null,
  ...extra,
});

describe('ldap test card', { timeout: 20_000 }, () => {
  it('shows which step failed and why', async () => {
    const sent = vi.fn();
    const mock: MockLink.MockedResponse = {
      request: {
        query: TestLdapSettingsMutation,
        variables: (variables: Record<string, unknown>) => {
          sent(variables);
          return true;
        },
      },
      result: {
        data: {
          testLdapSettings: {
            __typename: 'LdapTestResult',
            ok: false,
            steps: [
              step('CONNECT', true, { detail: 'Active Directory' }),
              step('SERVICE_BIND', true),
              step('SEARCH', true, { count: 1, detail: 'CN=Jan Novak,OU=Staff,DC=example,DC=local' }),
              step('USER_BIND', false, { detail: '80090308: LdapErr: DSID-0C09044E, data 52e' }),
            ],
          },
        },
      },
    };
    renderWithProviders(<LdapTestCard />, { session: testSession(['users.manage']), mocks: [mock] });
    fireEvent.change(screen.getByRole('textbox', { name: 'User name' }), { target: { value: 'jnovak' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run the test' }));
    expect(await screen.findByText('A step failed.')).toBeTruthy();
    expect(sent).toHaveBeenCalledWith({ username: 'jnovak', password: 'wrong' });
    const list = screen.getByRole('list', { name: 'Test steps' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringMatching(/^OKConnectActive Directory$/),
      expect.stringMatching(/^OKService account bind$/),
      expect.stringMatching(/^OKSearch for the user \(1 found\)CN=Jan Novak/),
      expect.stringMatching(/^FailedBind as the userWrong password, or the account is disabled80090308/),
    ]);
  });
});
