// The default columns stay the same array while their ids do: new column definitions rendered every visible row of
// the client table again whenever the page rendered (each page's arrival while scrolling).
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useListState } from './use-list-state.ts';

describe('useListState columns', () => {
  it('keeps the default columns array while the ids are the same', () => {
    let ids = ['NAME', 'CITY'];
    const { result, rerender } = renderHook(() => useListState(() => [...ids]));
    const first = result.current.columns;
    rerender();
    expect(result.current.columns).toBe(first);
    ids = ['NAME', 'CITY', 'ATTR:size'];
    rerender();
    expect(result.current.columns).toEqual(['NAME', 'CITY', 'ATTR:size']);
    expect(result.current.columns).not.toBe(first);
  });
});
