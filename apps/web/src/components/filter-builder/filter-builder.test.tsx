// Filter builder behaviour: the ClientFilter it emits, the operators it offers, inline and server errors.
import { fireEvent, screen, within } from '@testing-library/react';
import { OPERATORS_BY_TYPE, type ClientFilter } from '@veza/shared';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { FilterBuilder } from './filter-builder.tsx';
import type { FilterOptions } from './filter-options.ts';
import { buildSubjects } from './filter-subjects.ts';
import { filterToTree, treeToFilter } from './filter-tree.ts';

const options: FilterOptions = {
  clientAttributes: [
    { key: 'employees', label: 'Employees', type: 'INTEGER', choices: [] },
    { key: 'vip', label: 'VIP', type: 'BOOLEAN', choices: [] },
  ],
  personAttributes: [],
  dictionaries: {},
  canReadUsers: false,
};

function renderBuilder(value: ClientFilter | null = null, serverErrors = [] as { path: string; message: string }[]) {
  const onApply = vi.fn();
  renderWithProviders(<FilterBuilder value={value} options={options} onApply={onApply} serverErrors={serverErrors} />);
  return onApply;
}

const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

function setCondition(row: HTMLElement, field: string, op: string | null, value: string) {
  change(within(row).getByLabelText('Field'), field);
  if (op) change(within(row).getByLabelText('Operator'), op);
  fireEvent.input(within(row).getByLabelText('Value'), { target: { value } });
}

describe('filter builder', () => {
  it('emits a nested AND/OR filter with an attribute condition', () => {
    const onApply = renderBuilder();
    const root = screen.getByRole('group', { name: 'Filter conditions' });
    fireEvent.click(within(root).getAllByRole('button', { name: 'Add condition' }).at(-1)!);
    setCondition(screen.getAllByRole('group', { name: 'Condition' })[0]!, 'field:CITY', null, 'Zagreb');

    fireEvent.click(within(root).getAllByRole('button', { name: 'Add group' }).at(-1)!);
    const group = screen.getByRole('group', { name: 'Condition group' });
    setCondition(within(group).getByRole('group', { name: 'Condition' }), 'attr:employees', 'GT', '50');
    fireEvent.click(within(group).getByRole('button', { name: 'Add condition' }));
    setCondition(within(group).getAllByRole('group', { name: 'Condition' })[1]!, 'field:NAME', 'STARTS_WITH', 'Ab');

    fireEvent.click(screen.getByRole('button', { name: 'Apply filter' }));
    expect(onApply).toHaveBeenCalledWith({
      and: [
        { field: { field: 'CITY', op: 'EQ', value: 'Zagreb' } },
        {
          or: [
            { attribute: { key: 'employees', op: 'GT', value: 50 } },
            { field: { field: 'NAME', op: 'STARTS_WITH', value: 'Ab' } },
          ],
        },
      ],
    });
  }, 20_000);

  it('reports every valid edit before "Apply" (live counts), never an incomplete one', () => {
    const onApply = vi.fn();
    const onDraftChange = vi.fn();
    renderWithProviders(
      <FilterBuilder value={null} options={options} onApply={onApply} onDraftChange={onDraftChange} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add condition' }));
    const row = screen.getByRole('group', { name: 'Condition' });
    change(within(row).getByLabelText('Field'), 'attr:employees');
    onDraftChange.mockClear();
    change(within(row).getByLabelText('Operator'), 'GT');
    fireEvent.input(within(row).getByLabelText('Value'), { target: { value: 'x' } });
    expect(onDraftChange).not.toHaveBeenCalled();
    fireEvent.input(within(row).getByLabelText('Value'), { target: { value: '50' } });
    expect(onDraftChange).toHaveBeenLastCalledWith({
      and: [{ attribute: { key: 'employees', op: 'GT', value: 50 } }],
    });
    expect(onApply).not.toHaveBeenCalled();
  }, 20_000);

  it.each([
    ['field:CREATED_AT', 'datetime'],
    ['field:NAME', 'text'],
    ['field:PHONES', 'textList'],
    ['field:ROLES', 'multiChoice'],
    ['attr:employees', 'integer'],
    ['attr:vip', 'boolean'],
  ] as const)('offers only the operators that fit %s (%s)', (field, type) => {
    renderBuilder();
    fireEvent.click(screen.getByRole('button', { name: 'Add condition' }));
    change(screen.getByLabelText('Field'), field);
    const operator = screen.getByLabelText('Operator') as HTMLSelectElement;
    expect([...operator.options].map((o) => o.value)).toEqual([...OPERATORS_BY_TYPE[type]]);
  });
});

describe('filter builder problems and clearing', () => {
  it('shows problems next to the condition and does not apply an incomplete filter', () => {
    const onApply = renderBuilder();
    fireEvent.click(screen.getByRole('button', { name: 'Add condition' }));
    change(screen.getByLabelText('Field'), 'attr:employees');
    fireEvent.input(screen.getByLabelText('Value'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply filter' }));
    expect(screen.getByText('This field is required.')).toBeTruthy();
    expect(onApply).not.toHaveBeenCalled();
  });

  it('puts a server error on the condition its path names', () => {
    renderBuilder(
      {
        and: [
          { field: { field: 'CITY', op: 'EQ', value: 'Split' } },
          { attribute: { key: 'employees', op: 'GT', value: 5 } },
        ],
      },
      [{ path: 'and.1.attribute.value', message: 'validation.filter.integer' }],
    );
    const rows = screen.getAllByRole('group', { name: 'Condition' });
    expect(within(rows[1]!).getByText('Enter a whole number.')).toBeTruthy();
    expect(within(rows[0]!).queryByText('Enter a whole number.')).toBeNull();
  });

  it('clears the filter', () => {
    const onApply = renderBuilder({ field: { field: 'CITY', op: 'EQ', value: 'Split' } });
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onApply).toHaveBeenCalledWith(null);
    expect(screen.queryAllByRole('group', { name: 'Condition' })).toHaveLength(0);
  });
});

describe('filter tree conversion', () => {
  const t = ((key: string) => key) as never;
  const subjects = {
    client: buildSubjects('client', options, t, 'en'),
    person: buildSubjects('person', options, t, 'en'),
  };
  const lookup = (scope: 'client' | 'person', id: string) => subjects[scope].find((s) => s.id === id);

  it('keeps NOT, person conditions, "not contacted" and unknown nodes when loading and saving a filter', () => {
    const filter: ClientFilter = {
      or: [
        { not: { field: { field: 'COUNTRY', op: 'IN', value: ['HR', 'PL'] } } },
        { person: { and: [{ field: { field: 'MARKETING_CONSENT', op: 'EQ', value: true } }] } },
        { notContactedInDays: 90 },
        { field: { field: 'LAST_CONTACT_AT', op: 'BEFORE', value: '2024-01-31' } },
        { activity: { has: true } },
      ],
    };
    expect(treeToFilter(filterToTree(filter), lookup).filter).toEqual(filter);
  });
});
