// The user form's manager field: choosing a user sends their id as input.managerId, clearing sends null, and the
// API's refusal (a cycle) shows translated on the field.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { ManagerOptionsQuery } from '../api/manager-options-query.ts';
import { ProfileOptionsQuery } from '../api/profile-options-query.ts';
import { UpdateUserMutation } from '../api/update-user-mutation.ts';
import type { UserRow } from '../hooks/use-users.ts';
import { EditUserModal } from './edit-user-modal.tsx';

const profile = { __typename: 'PermissionProfile' as const, id: 'PP1', name: 'Agent' };
const user: UserRow = {
  id: 'U1',
  name: 'Ana Agent',
  email: 'ana@veza.local',
  locale: 'en',
  timeZone: 'Europe/Zagreb',
  active: true,
  version: 3,
  profiles: [profile],
  manager: null,
};
const option = (id: string, name: string) => ({
  __typename: 'UserEdge' as const,
  node: { __typename: 'User' as const, id, name, email: `${id}@veza.local` },
});

function renderModal(result: MockLink.MockedResponse['result']) {
  const sent = vi.fn();
  const mocks = [
    { request: { query: ProfileOptionsQuery }, result: { data: { permissionProfiles: [profile] } }, maxUsageCount: 9 },
    {
      request: { query: ManagerOptionsQuery, variables: () => true },
      result: {
        data: {
          users: {
            __typename: 'UserConnection' as const,
            edges: [option('U1', 'Ana Agent'), option('U2', 'Lena Lead')],
          },
        },
      },
      maxUsageCount: 9,
    },
    {
      request: {
        query: UpdateUserMutation,
        variables: (variables: Record<string, unknown>) => {
          sent(variables);
          return true;
        },
      },
      result,
    },
  ];
  renderWithProviders(<EditUserModal user={user} onClose={() => {}} />, {
    session: testSession(['users.read', 'users.manage']),
    mocks,
  });
  return sent;
}

async function chooseManager(name: string) {
  fireEvent.click(screen.getByRole('combobox', { name: /^Manager/ }));
  fireEvent.click(await screen.findByRole('option', { name, hidden: true }));
}

describe('user manager field', { timeout: 40_000 }, () => {
  it('offers other users only and sends the chosen manager', async () => {
    const sent = renderModal(() => ({
      data: {
        updateUser: {
          ...user,
          __typename: 'User',
          version: 4,
          manager: { __typename: 'User', id: 'U2', name: 'Lena Lead' },
        },
      },
    }));
    fireEvent.click(screen.getByRole('combobox', { name: /^Manager/ }));
    expect(await screen.findByRole('option', { name: 'Lena Lead', hidden: true })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'Ana Agent', hidden: true })).toBeNull();
    await chooseManager('Lena Lead');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveBeenCalled());
    expect(sent.mock.calls[0]![0]).toMatchObject({ id: 'U1', version: 3, input: { managerId: 'U2' } });
  });

  it('shows the refusal of a cycle on the field', async () => {
    renderModal(() => ({
      errors: [
        new GraphQLError('validation.managerCycle', {
          extensions: { code: 'BAD_USER_INPUT', field: 'input.managerId' },
        }),
      ],
    }));
    await chooseManager('Lena Lead');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('This user already manages the chosen manager (directly or through others).'),
    ).toBeTruthy();
  });
});
