// Board moves: optimistic column updates, drop targets and keyboard steps.
import { describe, expect, it } from 'vitest';
import { dropTarget, moveCard, outcomeOf, stepTarget } from './board.ts';
import { formatMoney } from './money.ts';

const cols = { a: ['1', '2', '3'], b: ['4'], c: [] as string[] };

describe('board', () => {
  it('moves a card between columns and within one', () => {
    expect(moveCard(cols, '2', 'b', 0)).toEqual({ a: ['1', '3'], b: ['2', '4'], c: [] });
    expect(moveCard(cols, '1', 'a', 2)).toEqual({ a: ['2', '3', '1'], b: ['4'], c: [] });
    expect(moveCard(cols, '1', 'c', 9)).toEqual({ a: ['2', '3'], b: ['4'], c: ['1'] });
  });

  it('drops over a card at its index, over an empty column at its end, and ignores a drop in place', () => {
    expect(dropTarget(cols, '1', '4')).toEqual({ stage: 'b', index: 0 });
    expect(dropTarget(cols, '1', 'c')).toEqual({ stage: 'c', index: 0 });
    expect(dropTarget(cols, '1', '1')).toBeNull();
  });

  it('steps with the arrow keys', () => {
    const order = ['a', 'b', 'c'];
    expect(stepTarget(cols, order, '2', 'ArrowRight')).toEqual({ stage: 'b', index: 0 });
    expect(stepTarget(cols, order, '1', 'ArrowLeft')).toBeNull();
    expect(stepTarget(cols, order, '2', 'ArrowUp')).toEqual({ stage: 'a', index: 0 });
    expect(stepTarget(cols, order, '3', 'ArrowDown')).toBeNull();
  });

  it('reads the stage outcome from dictionary meta', () => {
    expect([outcomeOf({ outcome: 'WON' }), outcomeOf({ outcome: 'LOST' }), outcomeOf(null)]).toEqual([
      'WON',
      'LOST',
      'OPEN',
    ]);
  });
});

describe('money', () => {
  it.each([
    ['hr', '1234.50', 'EUR', '1.234,50 €'],
    ['pl', '1234.50', 'PLN', '1234,50 zł'],
    ['cs', '1234.50', 'CZK', '1 234,50 Kč'],
    ['en', '0.30', 'EUR', '€0.30'],
  ])('formats per language and currency (%s %s %s)', (lang, amount, currency, expected) => {
    expect(formatMoney(amount, currency, lang).replace(/\s/g, ' ')).toBe(expected);
  });

  it('keeps every digit of a large amount (no floating point)', () => {
    expect(formatMoney('9999999999999999.99', 'EUR', 'en')).toBe('€9,999,999,999,999,999.99');
  });
});
