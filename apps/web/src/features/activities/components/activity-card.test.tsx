// Activity types show their icon beside their label: on agenda and history cards and in the type select.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, testSession } from '../../../test/render.tsx';
import type { ActivityDictionaryOption } from '../hooks/use-activity-dictionary.ts';
import type { ActivityRow } from '../hooks/use-activity-connection.ts';
import { ActivityCard } from './activity-card.tsx';
import { DictionaryValueSelect } from './activity-pickers.tsx';

const labels = (en: string) => ({ __typename: 'Labels' as const, en, pl: en, hr: en, cs: en });
const type = (key: string, en: string, meta: Record<string, unknown>) => ({
  __typename: 'DictionaryValue' as const,
  id: `t-${key}`,
  key,
  labels: labels(en),
  color: '#1e88e5',
  active: true,
  meta,
});

const activity = (meta: Record<string, unknown>): ActivityRow => ({
  id: 'a1',
  version: 1,
  subject: 'Call about the renewal',
  status: 'PLANNED',
  priority: 'NORMAL',
  overdue: false,
  startsAt: '2026-06-15T08:00:00.000Z',
  endsAt: '2026-06-15T08:30:00.000Z',
  allDay: false,
  dueAt: null,
  closedAt: null,
  percentComplete: 0,
  workMinutes: null,
  distanceKm: null,
  type: type('call', 'Call', meta),
  result: null,
  clientName: 'Adriatic Foods',
  client: { id: 'c1', name: 'Adriatic Foods' },
  contactPerson: null,
  owner: { id: 'u1', name: 'Ana Horvat' },
  parent: null,
  children: [],
});

const actions = { create: vi.fn(), open: vi.fn(), close: vi.fn(), cancel: vi.fn(), reopen: vi.fn(), remove: vi.fn() };
const session = testSession(['activities.read', 'activities.write']);

describe('activity type icons', () => {
  it('shows the type’s icon beside its label on a card', () => {
    renderWithProviders(<ActivityCard activity={activity({ icon: 'phone' })} actions={actions} />, { session });
    const card = screen.getByTestId('activity-card');
    const mark = card.querySelector('[data-icon="phone"]');
    expect(mark?.querySelector('svg.tabler-icon-phone')).not.toBeNull();
    expect(mark?.nextElementSibling?.textContent).toBe('Call');
  });

  it('shows a dot in the type colour when the type has no icon it can draw', () => {
    renderWithProviders(<ActivityCard activity={activity({ icon: 'rocket' })} actions={actions} />, { session });
    const card = screen.getByTestId('activity-card');
    expect(card.querySelector('[data-icon="none"]')).not.toBeNull();
    expect(card.querySelector('.tabler-icon')).toBeNull();
  });

  it('shows each type’s icon in the type select and the chosen one beside the value', () => {
    const options: ActivityDictionaryOption[] = [
      { value: 't-call', label: 'Call', key: 'call', color: '#1e88e5', meta: { icon: 'phone' } },
      { value: 't-visit', label: 'Visit', key: 'visit', color: '#43a047', meta: { icon: 'map-pin' } },
    ];
    renderWithProviders(
      <DictionaryValueSelect
        label="Type"
        options={options}
        value="t-visit"
        onChange={() => {}}
        comboboxProps={{ hideDetached: false }}
      />,
      { session },
    );
    const input = screen.getByRole('combobox', { name: 'Type' });
    expect(input.closest('.mantine-Select-root')!.querySelector('svg.tabler-icon-map-pin')).not.toBeNull();
    fireEvent.click(input);
    const listbox = screen.getByRole('listbox');
    const call = within(listbox).getByRole('option', { name: 'Call' });
    expect(call.querySelector('[data-icon="phone"] svg.tabler-icon-phone')).not.toBeNull();
  });
});

describe('the activity’s client on a card', () => {
  it('links a readable client and shows a hidden one (client null) as plain text', () => {
    const { unmount } = renderWithProviders(<ActivityCard activity={activity({})} actions={actions} />, { session });
    expect(screen.getByRole('link', { name: 'Adriatic Foods' }).getAttribute('href')).toBe('/clients/c1?tab=history');
    unmount();
    const hidden = { ...activity({}), client: null, clientName: 'Hidden Foods' };
    renderWithProviders(<ActivityCard activity={hidden} actions={actions} />, { session });
    expect(screen.getByText('Hidden Foods')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Hidden Foods' })).toBeNull();
  });
});
