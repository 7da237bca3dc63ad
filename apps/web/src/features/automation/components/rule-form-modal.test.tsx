// The rule form (form kit): JSON that does not parse stays on its text area, the API's field errors inside a JSON
// value (`input.actions.0.role`) land on that text area, and a valid rule is saved with the schema's output.
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { CreateAutomationRuleMutation } from '../api/automation-rule-mutations.ts';
import { RuleFormModal } from './rule-form-modal.tsx';

// jsdom has no FontFaceSet; Mantine's autosizing text areas listen to it.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  });
}

function renderForm(result: MockLink.MockedResponse['result']) {
  const sent = vi.fn();
  const mocks = [
    {
      request: {
        query: CreateAutomationRuleMutation,
        variables: (variables: Record<string, unknown>) => {
          sent(variables);
          return true;
        },
      },
      result,
      maxUsageCount: 5,
    },
  ];
  const onClose = vi.fn();
  renderWithProviders(<RuleFormModal rule={null} opened onClose={onClose} />, {
    session: testSession(['automation.manage']),
    mocks,
  });
  return { sent, onClose };
}

const field = (name: string) => screen.getByRole('textbox', { name: new RegExp(`^${name}`) });

describe('rule form', { timeout: 20_000 }, () => {
  it('keeps JSON that does not parse on its field and sends nothing', async () => {
    const { sent } = renderForm(() => ({ data: null }));
    fireEvent.click(screen.getByRole('radio', { name: 'JSON' }));
    fireEvent.change(field('Name'), { target: { value: 'Stale offers' } });
    fireEvent.change(field('Actions'), { target: { value: '[{' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This is not valid JSON.')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
  });

  it('puts a server error inside the actions JSON on the actions field', async () => {
    const { sent, onClose } = renderForm(() => ({
      errors: [
        new GraphQLError('Choose who gets the task.', {
          extensions: { code: 'BAD_USER_INPUT', field: 'input.actions.0.role' },
        }),
      ],
    }));
    fireEvent.click(screen.getByRole('radio', { name: 'JSON' }));
    fireEvent.change(field('Name'), { target: { value: 'Stale offers' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Choose who gets the task.')).toBeTruthy();
    await waitFor(() => expect(field('Actions').getAttribute('aria-invalid')).toBe('true'));
    expect(sent.mock.calls[0]![0]).toMatchObject({
      input: { name: 'Stale offers', entity: 'CLIENT', trigger: 'CREATED', enabled: false, condition: {} },
    });
    expect(onClose).not.toHaveBeenCalled();
  });
});
