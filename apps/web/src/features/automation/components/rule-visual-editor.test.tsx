// The rule form's visual view: actions are added and filled in as forms and saved as the same input the JSON view
// gives (checked by the shared schema); the JSON view shows what the form built; an API error lands on the actions.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { FilterUserOptionsQuery } from '../../../components/filter-builder/api/filter-user-options-query.ts';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { CreateAutomationRuleMutation } from '../api/automation-rule-mutations.ts';
import { RuleActivityTypesQuery } from '../api/rule-activity-types-query.ts';
import { RuleOpportunityStagesQuery } from '../api/rule-opportunity-stages-query.ts';
import { RuleFormModal } from './rule-form-modal.tsx';

if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  });
}

const types = [
  { __typename: 'DictionaryValue' as const, id: 'T1', key: 'task', label: 'Task' },
  { __typename: 'DictionaryValue' as const, id: 'T2', key: 'call', label: 'Call' },
];

const stages = [
  { __typename: 'DictionaryValue' as const, id: 'S1', label: 'Qualification' },
  { __typename: 'DictionaryValue' as const, id: 'S3', label: 'Proposal' },
];

function renderForm(errors?: GraphQLError[]) {
  const sent = vi.fn();
  const mocks = [
    { request: { query: RuleActivityTypesQuery }, result: { data: { dictionary: types } }, maxUsageCount: 9 },
    { request: { query: RuleOpportunityStagesQuery }, result: { data: { dictionary: stages } }, maxUsageCount: 9 },
    {
      request: { query: FilterUserOptionsQuery, variables: { search: null } },
      result: { data: { users: { __typename: 'UserConnection', edges: [] } } },
      maxUsageCount: 9,
    },
    {
      request: {
        query: CreateAutomationRuleMutation,
        variables: (variables: Record<string, unknown>) => {
          sent(variables);
          return true;
        },
      },
      result: errors ? { errors } : { data: null },
    },
  ];
  renderWithProviders(<RuleFormModal rule={null} opened onClose={() => {}} />, {
    session: testSession(['automation.manage']),
    mocks,
  });
  return sent;
}

async function choose(label: RegExp | string, option: string, scope: HTMLElement = document.body) {
  fireEvent.click(within(scope).getByRole('combobox', { name: label }));
  // Each select's list stays in the document once opened: the one opened last is the last in it.
  fireEvent.click((await screen.findAllByRole('option', { name: option, hidden: true })).at(-1)!);
}

describe('visual rule editor', { timeout: 40_000 }, () => {
  it('builds a notify and a task action and saves them as the schema’s input', async () => {
    const sent = renderForm();
    fireEvent.change(screen.getByRole('textbox', { name: /^Name/ }), { target: { value: 'Call new clients' } });
    const actions = screen.getByRole('group', { name: 'Actions' });
    // Action 1 is the new rule's default: notify the owner.
    fireEvent.click(within(actions).getByRole('button', { name: 'Add action' }));
    await choose('Action 2', 'Create a task', actions);
    await choose('For (role)', "Owner's manager", actions);
    await choose('Activity type', 'Call', actions);
    fireEvent.change(within(actions).getByRole('textbox', { name: 'Subject' }), { target: { value: 'Welcome call' } });
    fireEvent.change(within(actions).getByRole('textbox', { name: 'Due in (days)' }), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveBeenCalled());
    expect(sent.mock.calls[0]![0]).toMatchObject({
      input: {
        name: 'Call new clients',
        actions: [
          { type: 'NOTIFY', roles: ['OWNER'], userIds: [] },
          {
            type: 'CREATE_TASK',
            role: 'OWNER_MANAGER',
            activityTypeKey: 'call',
            subject: 'Welcome call',
            dueInDays: 2,
          },
        ],
      },
    });
    fireEvent.click(screen.getByRole('radio', { name: 'JSON' }));
    expect((screen.getByRole('textbox', { name: /^Actions/ }) as HTMLTextAreaElement).value).toContain(
      '"Welcome call"',
    );
  });

  it('checks a task without a subject before sending, and removes an action', async () => {
    const sent = renderForm();
    fireEvent.change(screen.getByRole('textbox', { name: /^Name/ }), { target: { value: 'Tasks' } });
    const actions = screen.getByRole('group', { name: 'Actions' });
    await choose('Action 1', 'Create a task', actions);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await within(actions).findByText('This field is required.')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
    fireEvent.click(within(actions).getByRole('button', { name: 'Remove action 1' }));
    expect(within(actions).queryByRole('combobox', { name: 'Action 1' })).toBeNull();
  });

  it('shows the API’s error inside an action on the actions list', async () => {
    const error = new GraphQLError('Choose who gets the task.', {
      extensions: { code: 'BAD_USER_INPUT', field: 'input.actions.0.role' },
    });
    const sent = renderForm([error]);
    fireEvent.change(screen.getByRole('textbox', { name: /^Name/ }), { target: { value: 'Stale offers' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const actions = screen.getByRole('group', { name: 'Actions' });
    expect(await within(actions).findByText('Choose who gets the task.')).toBeTruthy();
    expect(sent).toHaveBeenCalledTimes(1);
  });

  it('builds an opportunity rule: in the offer stage with no activity for 3 days, above an amount', async () => {
    const sent = renderForm();
    fireEvent.change(screen.getByRole('textbox', { name: /^Name/ }), { target: { value: 'Offer waiting' } });
    await choose('Records', 'Opportunities');
    await choose('When', 'Days after / before a date');
    await choose('Field', 'Last activity (or entering the stage)');
    fireEvent.change(screen.getByRole('textbox', { name: /^Days/ }), { target: { value: '3' } });
    const opportunity = await screen.findByRole('group', { name: 'Only for opportunities' });
    await choose('In stages', 'Proposal', opportunity);
    await choose('Status', 'Open', opportunity);
    fireEvent.change(within(opportunity).getByRole('textbox', { name: 'Amount in base currency from' }), {
      target: { value: '1000' },
    });
    const actions = screen.getByRole('group', { name: 'Actions' });
    fireEvent.click(within(actions).getByRole('combobox', { name: 'Action 1' }));
    // Opportunities have no settable field: the action list does not offer one.
    expect(await screen.findByRole('option', { name: 'Create a task', hidden: true })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'Set a field', hidden: true })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveBeenCalled());
    expect(sent.mock.calls[0]![0]).toMatchObject({
      input: {
        name: 'Offer waiting',
        entity: 'OPPORTUNITY',
        trigger: 'TIME_RELATIVE',
        triggerField: 'lastActivityAt',
        offsetDays: 3,
        condition: { opportunity: { stageIds: ['S3'], status: 'OPEN' }, baseAmount: { min: '1000' } },
        actions: [{ type: 'NOTIFY', roles: ['OWNER'], userIds: [] }],
      },
    });
  });
});
