// The activity form validates before sending, with the shared schema's messages on the named fields.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { ActivityAttributeDefinitionsQuery } from '../api/activity-attribute-definitions-query.ts';
import { ActivityClientOptionsQuery } from '../api/activity-client-options-query.ts';
import { ActivityColleagueOptionsQuery } from '../api/activity-colleague-options-query.ts';
import { ActivityDictionaryQuery } from '../api/activity-dictionary-query.ts';
import { ActivityFormModal } from './activity-form-modal.tsx';

// jsdom has no FontFaceSet; Mantine's autosizing note field listens to it.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  });
}

const labels = (en: string) => ({ __typename: 'Labels', en, pl: en, hr: en, cs: en });
const value = (id: string, key: string, en: string, position: number) => ({
  __typename: 'DictionaryValue',
  id,
  key,
  labels: labels(en),
  color: '#1e88e5',
  active: true,
  meta: {},
  position,
});

const dictionaries = {
  ACTIVITY_TYPE: [value('t-call', 'call', 'Call', 0), value('t-meeting', 'meeting', 'Meeting', 10)],
  ACTIVITY_CATEGORY: [],
  CONTACT_CHANNEL: [],
  ACTIVITY_RESULT: [],
};

const mocks = [
  ...Object.entries(dictionaries).map(([kind, values]) => ({
    request: { query: ActivityDictionaryQuery, variables: { kind, includeInactive: false } },
    result: { data: { dictionary: values } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  })),
  {
    request: { query: ActivityClientOptionsQuery, variables: { filter: null } },
    result: { data: { clients: { __typename: 'ClientConnection', edges: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: ActivityColleagueOptionsQuery, variables: { search: null } },
    result: { data: { colleagues: { __typename: 'ColleagueConnection', edges: [] } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

const attributeDefinitions = (definitions: unknown[]) => ({
  request: { query: ActivityAttributeDefinitionsQuery },
  result: { data: { attributeDefinitions: definitions } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const outcomeCode = {
  __typename: 'AttributeDefinition',
  id: 'a-outcome',
  key: 'outcome_code',
  type: 'TEXT',
  required: true,
  active: true,
  labels: labels('Outcome code'),
  help: null,
  choices: [],
};

function renderModal(definitions: unknown[] = []) {
  renderWithProviders(<ActivityFormModal opened onClose={() => {}} />, {
    session: testSession(['activities.read', 'activities.write', 'clients.read']),
    mocks: [...mocks, attributeDefinitions(definitions)],
  });
}

const dialog = () => screen.getByRole('dialog');

// Mantine's modal and selects render slowly in jsdom.
describe('activity form modal', { timeout: 20_000 }, () => {
  it('asks for the client and the subject when saved empty, and preselects the first active type', async () => {
    renderModal();
    expect(await within(dialog()).findByDisplayValue('Call')).toBeTruthy();
    fireEvent.click(screen.getByTestId('activity-save'));
    const required = await screen.findAllByText('This field is required.');
    expect(required).toHaveLength(2);
    expect(screen.getByRole('combobox', { name: /Client/ }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { name: /Subject/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows the activity attributes and checks a required one before sending', async () => {
    renderModal([outcomeCode]);
    const field = await screen.findByRole('textbox', { name: /Outcome code/ });
    fireEvent.click(screen.getByTestId('activity-save'));
    expect(await screen.findAllByText('This field is required.')).toHaveLength(3);
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a subject longer than 250 characters', async () => {
    renderModal();
    const subject = await screen.findByRole('textbox', { name: /Subject/ });
    fireEvent.change(subject, { target: { value: 'x'.repeat(251) } });
    fireEvent.click(screen.getByTestId('activity-save'));
    expect(await screen.findByText('This is too long.')).toBeTruthy();
  });

  it('names the end when it is before the start', async () => {
    renderModal();
    fireEvent.change(await screen.findByLabelText('Start'), { target: { value: '2026-06-02T10:00' } });
    fireEvent.change(screen.getByLabelText('End'), { target: { value: '2026-06-02T09:00' } });
    fireEvent.click(screen.getByTestId('activity-save'));
    expect(await screen.findByText('The end must not be before the start.')).toBeTruthy();
  });

  it('offers the three save buttons and switches to a due date for tasks', async () => {
    renderModal();
    expect(await screen.findByTestId('activity-save-new')).toBeTruthy();
    expect(screen.getByTestId('activity-save-edit')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Due date'));
    expect(await screen.findByLabelText('Due')).toBeTruthy();
    expect(screen.queryByLabelText('Start')).toBeNull();
  });
});
