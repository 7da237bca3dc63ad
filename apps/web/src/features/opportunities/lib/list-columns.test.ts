// The opportunity list's sort mapping (one key; the stage column sorts in board order) and column clean-up.
import { describe, expect, it } from 'vitest';
import {
  allColumns,
  knownColumns,
  orderToSorting,
  phoneColumnWidth,
  phoneColumns,
  sortingToOrder,
} from './list-columns.ts';

describe('opportunity list columns', () => {
  it('maps the sorted column to the API sort field and back', () => {
    expect(sortingToOrder([{ id: 'STAGE', desc: false }])).toEqual([{ field: 'BOARD', direction: 'ASC' }]);
    expect(sortingToOrder([{ id: 'AMOUNT', desc: true }])).toEqual([{ field: 'AMOUNT', direction: 'DESC' }]);
    expect(orderToSorting([{ field: 'EXPECTED_CLOSE', direction: 'DESC' }])).toEqual([
      { id: 'EXPECTED_CLOSE', desc: true },
    ]);
  });

  it('ignores columns the API cannot sort by', () => {
    expect(sortingToOrder([{ id: 'OWNER', desc: false }])).toEqual([]);
  });

  it('drops unknown and repeated columns from a stored view, never leaving none', () => {
    const available = allColumns(['region']);
    expect(knownColumns(['NAME', 'attr:gone', 'attr:region', 'NAME'], available)).toEqual(['NAME', 'attr:region']);
    expect(knownColumns(['attr:gone'], available)).toEqual(['NAME']);
  });

  it('keeps the key columns the user shows on a phone, within 360 px', () => {
    const shown = phoneColumns(['CLIENT', 'AMOUNT', 'NAME', 'OWNER', 'STAGE', 'attr:region']);
    expect(shown).toEqual(['AMOUNT', 'NAME', 'STAGE']);
    expect(shown.reduce((sum, c) => sum + phoneColumnWidth(c), 0)).toBeLessThanOrEqual(360);
  });
});
