// Column picker behaviour: keyboard reordering through the drag handles and showing / hiding columns.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { moveColumn, toggleColumn } from './reorder.ts';
import { ColumnPicker } from './column-picker.tsx';

const LABELS: Record<string, string> = { NAME: 'Name', CITY: 'City', COUNTRY: 'Country', INDUSTRY: 'Industry' };

function Harness({ onChange }: { onChange: (columns: string[]) => void }) {
  const [columns, setColumns] = useState(['NAME', 'CITY', 'COUNTRY']);
  return (
    <>
      <ColumnPicker
        available={['NAME', 'CITY', 'COUNTRY', 'INDUSTRY']}
        value={columns}
        labelOf={(id) => LABELS[id] ?? id}
        onChange={(next) => {
          setColumns(next);
          onChange(next);
        }}
      />
      <output aria-label="order">{columns.join(',')}</output>
    </>
  );
}

const order = () => screen.getByLabelText('order').textContent;

describe('column picker', () => {
  // jsdom has no layout: give each sortable row a place so keyboard dragging can find its neighbours.
  const original = Element.prototype.getBoundingClientRect;
  beforeEach(() => {
    Element.prototype.getBoundingClientRect = function (this: Element) {
      const row = this.closest('[data-column-id]');
      const items = [...document.querySelectorAll('[data-column-id]')];
      const top = row ? items.indexOf(row) * 30 : 0;
      return {
        x: 0,
        y: top,
        top,
        left: 0,
        width: 200,
        height: 30,
        right: 200,
        bottom: top + 30,
        toJSON() {},
      } as DOMRect;
    };
  });
  afterEach(() => {
    Element.prototype.getBoundingClientRect = original;
  });

  it('moves a column with the keyboard through its drag handle and updates the order', async () => {
    const onChange = vi.fn();
    renderWithProviders(<Harness onChange={onChange} />);
    const handle = screen.getByRole('button', { name: 'Move Country' });
    handle.focus();
    // dnd-kit's keyboard sensor starts listening on the next tick: let each key settle.
    const press = async (target: Element | Document, code: string, key: string) =>
      act(async () => {
        fireEvent.keyDown(target, { code, key });
        await new Promise((resolve) => setTimeout(resolve, 20));
      });
    await press(handle, 'Space', ' ');
    await press(document, 'ArrowUp', 'ArrowUp');
    await press(document, 'Space', ' ');
    expect(onChange).toHaveBeenLastCalledWith(['NAME', 'COUNTRY', 'CITY']);
    expect(order()).toBe('NAME,COUNTRY,CITY');
  });

  it('hides a column when unticked and shows a hidden one at the end when ticked', () => {
    renderWithProviders(<Harness onChange={() => {}} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'City' }));
    expect(order()).toBe('NAME,COUNTRY');
    const hidden = screen.getByRole('list', { name: 'Hidden columns' });
    fireEvent.click(within(hidden).getByRole('checkbox', { name: 'Industry' }));
    expect(order()).toBe('NAME,COUNTRY,INDUSTRY');
  });

  it('reorders and toggles as pure state changes', () => {
    expect(moveColumn(['A', 'B', 'C'], 'C', 'A')).toEqual(['C', 'A', 'B']);
    expect(moveColumn(['A', 'B'], 'X', 'A')).toEqual(['A', 'B']);
    expect(toggleColumn(['A'], 'A', false)).toEqual(['A']);
    expect(toggleColumn(['A', 'B'], 'A', false)).toEqual(['B']);
  });
});
