// After creating a client the user chooses: open it, add an activity to it, or start the next new client.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { DICTIONARY_KINDS } from '@veza/shared';
import { describe, expect, it } from 'vitest';
import type { ActivityFormModalProps } from '../../../lib/activity-modals.ts';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import { ClientFormDictionaryQuery } from '../api/client-form-dictionary-query.ts';
import { CreateClientRecordMutation } from '../api/create-client-mutation.ts';
import { RecordAttributeDefinitionsQuery } from '../api/record-attribute-definitions-query.ts';
import { ClientCreatePage } from './client-form-page.tsx';

const mocks = [
  ...DICTIONARY_KINDS.map((kind) => ({
    request: { query: ClientFormDictionaryQuery, variables: { kind } },
    result: { data: { dictionary: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  })),
  {
    request: { query: RecordAttributeDefinitionsQuery, variables: { entity: 'CLIENT' as const } },
    result: { data: { attributeDefinitions: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: CreateClientRecordMutation, variables: () => true },
    result: { data: { createClient: { __typename: 'Client', id: 'c-new' } } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

/** What the app plugs in: here it shows which client the new activity is for. */
function ActivityFormProbe({ opened, initial }: ActivityFormModalProps) {
  return opened ? <p>activity form for {initial?.clientId}</p> : null;
}

async function fillAndSave(button: string) {
  renderWithProviders(<ClientCreatePage activityForm={ActivityFormProbe} />, {
    session: testSession(['clients.read', 'clients.write']),
    mocks,
    route: '/clients/new',
  });
  const name = await screen.findByLabelText(/^Name/);
  fireEvent.change(name, { target: { value: 'Novi d.o.o.' } });
  fireEvent.click(screen.getByRole('button', { name: button }));
}

describe('new client save choices', () => {
  it('"Save and add an activity" opens the activity form on the created client', async () => {
    await fillAndSave('Save and add an activity');
    expect(await screen.findByText('activity form for c-new')).toBeTruthy();
  });

  it('"Save and new" leaves an empty form for the next client', async () => {
    await fillAndSave('Save and new');
    await waitFor(() => expect((screen.getByLabelText(/^Name/) as HTMLInputElement).value).toBe(''));
    expect(screen.queryByText(/activity form for/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Create client' })).toBeTruthy();
  });
});
