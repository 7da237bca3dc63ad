// The administration list: a table with a row header on a wide screen, cards with every action on a phone.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PHONE_QUERY } from '../lib/use-phone.ts';
import { renderWithProviders } from '../test/render.tsx';
import { AdminTable, type AdminAction, type AdminColumn } from './admin-table.tsx';

type Row = { id: string; name: string; email: string; locale: string; self: boolean };

const rows: Row[] = [
  { id: '1', name: 'Ana Admin', email: 'admin@veza.local', locale: 'Polski', self: true },
  { id: '2', name: 'Ivana Agent', email: 'agent@veza.local', locale: 'Hrvatski', self: false },
];

const columns: [AdminColumn<Row>, ...AdminColumn<Row>[]] = [
  { header: 'Name', cell: (r) => r.name },
  { header: 'E-mail', cell: (r) => r.email },
  { header: 'Language', cell: (r) => r.locale, hideOnPhone: true },
];

function screenWidth(phone: boolean) {
  const original = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({
    ...original(query),
    matches: phone && query === PHONE_QUERY,
  }));
}

function renderList() {
  const edit = vi.fn();
  const actions: AdminAction<Row>[] = [
    { label: 'Edit', name: (r) => `Edit ${r.name}`, onClick: edit },
    {
      label: 'Deactivate',
      name: (r) => `Deactivate ${r.name}`,
      onClick: () => {},
      disabledBecause: (r) => (r.self ? 'You cannot deactivate yourself.' : null),
    },
  ];
  renderWithProviders(
    <AdminTable label="Users" rows={rows} rowKey={(r) => r.id} columns={columns} actions={actions} empty="None" />,
  );
  return { edit };
}

describe('AdminTable', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is a table with the first column as the row header on a wide screen', () => {
    screenWidth(false);
    renderList();
    const table = screen.getByRole('table', { name: 'Users' });
    expect(within(table).getByRole('rowheader', { name: 'Ivana Agent' })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: 'Language' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Users' })).toBeNull();
  });

  it('is one card per row on a phone: key columns as label and value, every action a button', () => {
    screenWidth(true);
    const { edit } = renderList();
    expect(screen.queryByRole('table')).toBeNull();
    const cards = within(screen.getByRole('list', { name: 'Users' })).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    const ivana = cards[1]!;
    expect(within(ivana).getByText('Ivana Agent')).toBeTruthy();
    expect(within(ivana).getByRole('term').textContent).toBe('E-mail');
    expect(within(ivana).getByRole('definition').textContent).toBe('agent@veza.local');
    // The column the page leaves out on a phone.
    expect(within(ivana).queryByText('Hrvatski')).toBeNull();
    fireEvent.click(within(ivana).getByRole('button', { name: 'Edit Ivana Agent' }));
    expect(edit).toHaveBeenCalledWith(rows[1]);
    // A disabled action says why in words (a tap shows no tooltip).
    const ana = cards[0]!;
    expect(within(ana).getByRole('button', { name: 'Deactivate Ana Admin' }).hasAttribute('disabled')).toBe(true);
    expect(within(ana).getByText('You cannot deactivate yourself.')).toBeTruthy();
    expect(within(ivana).queryByText('You cannot deactivate yourself.')).toBeNull();
  });
});
