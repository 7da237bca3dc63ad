// The "send an e-mail template" action in the visual editor: a template picked by name, the recipient kind, a fixed
// address; saved as the shared schema's action (raw template id).
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { toGlobalId } from '@veza/shared';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { CreateAutomationRuleMutation } from '../api/automation-rule-mutations.ts';
import { RuleEmailTemplatesQuery } from '../api/rule-email-templates-query.ts';
import { RuleFormModal } from './rule-form-modal.tsx';

if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  });
}

const TEMPLATE = '01a24f2f-0000-7000-8000-000000000001';

function renderForm() {
  const sent = vi.fn();
  const node = {
    __typename: 'EmailTemplate' as const,
    id: toGlobalId('EmailTemplate', TEMPLATE),
    name: 'Welcome',
    language: 'cs',
  };
  const mocks = [
    {
      request: { query: RuleEmailTemplatesQuery },
      result: {
        data: {
          emailTemplates: { __typename: 'EmailTemplateConnection', edges: [{ __typename: 'EmailTemplateEdge', node }] },
        },
      },
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
      result: { data: null },
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
  fireEvent.click((await screen.findAllByRole('option', { name: option, hidden: true })).at(-1)!);
}

describe('send an e-mail template action', { timeout: 40_000 }, () => {
  it('picks a template and a fixed address and saves the schema’s action', async () => {
    const sent = renderForm();
    fireEvent.change(screen.getByRole('textbox', { name: /^Name/ }), { target: { value: 'Welcome mail' } });
    const actions = screen.getByRole('group', { name: 'Actions' });
    await choose('Action 1', 'Send an e-mail template', actions);
    expect(within(actions).getByText(/Only persons with marketing consent/)).toBeTruthy();
    await choose('E-mail template', 'Welcome (cs)', actions);
    await choose('Send to', 'A fixed address', actions);
    fireEvent.change(within(actions).getByRole('textbox', { name: 'E-mail address' }), {
      target: { value: 'office@example.test' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveBeenCalled());
    expect(sent.mock.calls[0]![0]).toMatchObject({
      input: {
        name: 'Welcome mail',
        actions: [{ type: 'SEND_TEMPLATE', templateId: TEMPLATE, to: 'ADDRESS', address: 'office@example.test' }],
      },
    });
  });
});
