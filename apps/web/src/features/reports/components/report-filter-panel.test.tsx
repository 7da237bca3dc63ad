// The builder's record filters: the client filter builder emits definition.filter.client, the server's problems
// under definition.filter.client show at their condition, and only team viewers (reports.read) can pick agents.
import type { MockLink } from '@apollo/client/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FilterOptionsQuery } from '../../../components/filter-builder/api/filter-options-query.ts';
import { FilterUserOptionsQuery } from '../../../components/filter-builder/api/filter-user-options-query.ts';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { ReportFilterPanel } from './report-filter-panel.tsx';

const optionsMock: MockLink.MockedResponse = {
  request: { query: FilterOptionsQuery },
  result: {
    data: { clientAttributes: [], personAttributes: [], statuses: [], segments: [], industries: [], leadSources: [] },
  },
};

const usersMock: MockLink.MockedResponse = {
  request: { query: FilterUserOptionsQuery, variables: { search: null } },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        edges: [
          {
            __typename: 'UserEdge',
            node: { __typename: 'User', id: 'VXNlcjox', name: 'Marko Kovač', email: 'marko@example.com' },
          },
        ],
      },
    },
  },
};

function renderPanel(permissions: string[], error: unknown = undefined) {
  const onClientChange = vi.fn();
  const onAgentsChange = vi.fn();
  renderWithProviders(
    <ReportFilterPanel
      client={null}
      agentIds={[]}
      onClientChange={onClientChange}
      onAgentsChange={onAgentsChange}
      error={error}
    />,
    { session: testSession(permissions), mocks: [optionsMock, usersMock, usersMock] },
  );
  return { onClientChange, onAgentsChange };
}

describe('report filter panel', { timeout: 40_000 }, () => {
  it('emits the client filter built with the client list’s filter builder', () => {
    const { onClientChange } = renderPanel([]);
    fireEvent.click(screen.getByRole('button', { name: 'Client filter' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add condition' }));
    const row = screen.getByRole('group', { name: 'Condition' });
    fireEvent.change(within(row).getByLabelText('Field'), { target: { value: 'field:CITY' } });
    fireEvent.input(within(row).getByLabelText('Value'), { target: { value: 'Split' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filter' }));
    expect(onClientChange).toHaveBeenCalledWith({ and: [{ field: { field: 'CITY', op: 'EQ', value: 'Split' } }] });
  });

  it('offers no agent choice without reports.read', () => {
    renderPanel(['users.read']);
    expect(screen.queryByLabelText('Agents')).toBeNull();
  });

  it('lets a team viewer pick agents by name (their ids go into filter.agentIds)', async () => {
    const { onAgentsChange } = renderPanel(['reports.read', 'users.read']);
    // A visible caption, not only the screen reader's name (an unlabelled "pick values" box on a phone).
    expect(screen.getByText('Agents', { selector: 'div' })).toBeTruthy();
    fireEvent.click(screen.getByRole('combobox', { name: 'Agents' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Marko Kovač', hidden: true }));
    expect(onAgentsChange).toHaveBeenCalledWith(['VXNlcjox']);
  });

  it('shows the server’s problem with the client filter', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'validation.filter.unknownAttribute',
          extensions: { code: 'BAD_USER_INPUT', field: 'definition.filter.client' },
        },
      ],
    });
    renderPanel([], error);
    fireEvent.click(screen.getByRole('button', { name: 'Client filter' }));
    expect(screen.getByRole('alert').textContent).toContain('Unknown attribute.');
  });
});
