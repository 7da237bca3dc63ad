// Work view helpers: the person to call, the call left open, and dialable phone links.
import { describe, expect, it } from 'vitest';
import { callSubject, openCall, primaryPersonId, telHref } from './work-item.ts';

describe('work item helpers', () => {
  it('calls the primary person first, else the first one linked, else nobody', () => {
    const link = (id: string, isPrimary: boolean) => ({ isPrimary, person: { id } });
    expect(primaryPersonId([link('a', false), link('b', true)])).toBe('b');
    expect(primaryPersonId([link('a', false), link('b', false)])).toBe('a');
    expect(primaryPersonId([])).toBeUndefined();
  });

  it('finds the latest call still planned on the item', () => {
    const calls = [
      { id: '1', status: 'PLANNED' },
      { id: '2', status: 'DONE' },
      { id: '3', status: 'PLANNED' },
      { id: '4', status: 'CANCELLED' },
    ];
    expect(openCall(calls)?.id).toBe('3');
    expect(openCall([{ id: '2', status: 'DONE' }])).toBeUndefined();
  });

  it('keeps only digits and the leading plus in tel: links', () => {
    expect(telHref('+385 (1) 234-5678')).toBe('tel:+38512345678');
  });

  it('names the call after the campaign without the agent the generation appended', () => {
    expect(callSubject({ name: 'Zagreb Q3 – Ana Horvat', agent: { name: 'Ana Horvat' } })).toBe('Zagreb Q3');
    expect(callSubject({ name: 'Hand-made list', agent: { name: 'Ana Horvat' } })).toBe('Hand-made list');
  });
});
