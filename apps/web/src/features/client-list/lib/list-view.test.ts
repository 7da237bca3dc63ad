// Quick search + filter combination and sort conversion of the client list.
import { describe, expect, it } from 'vitest';
import { combineFilter, splitFilter } from './list-view.ts';
import { orderToSorting, sortingToOrder } from './sort.ts';

describe('list view state', () => {
  const city = { field: { field: 'CITY' as const, op: 'EQ' as const, value: 'Zagreb' } };

  it('ANDs the quick search with the filter and says where the filter sits for error paths', () => {
    expect(combineFilter('  acme ', city)).toEqual({
      filter: { and: [{ search: 'acme' }, city] },
      prefix: 'filter.and.1',
    });
    expect(combineFilter('', city)).toEqual({ filter: city, prefix: 'filter' });
    expect(combineFilter('', null).filter).toBeNull();
  });

  it('splits a saved filter back into the quick search and the filter', () => {
    expect(splitFilter({ and: [{ search: 'acme' }, city] })).toEqual({ search: 'acme', filter: city });
    expect(splitFilter({ search: 'acme' })).toEqual({ search: 'acme', filter: null });
    expect(splitFilter(city)).toEqual({ search: '', filter: city });
  });

  it('turns table sorting into at most three API sort keys and back', () => {
    const sorting = [
      { id: 'CITY', desc: false },
      { id: 'attr:territory', desc: true },
      { id: 'NAME', desc: false },
      { id: 'COUNTRY', desc: false },
    ];
    const order = sortingToOrder(sorting);
    expect(order).toEqual([
      { field: 'CITY', direction: 'ASC' },
      { attribute: 'territory', direction: 'DESC' },
      { field: 'NAME', direction: 'ASC' },
    ]);
    expect(orderToSorting(order)).toEqual(sorting.slice(0, 3));
  });
});
