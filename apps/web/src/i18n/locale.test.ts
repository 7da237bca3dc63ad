import { describe, expect, it } from 'vitest';
import { detectLocale } from './locale.ts';

describe('UI language before login', () => {
  it('prefers the language saved in this browser', () => {
    expect(detectLocale('cs', ['pl-PL'])).toBe('cs');
  });

  it('otherwise takes the first supported browser language', () => {
    expect(detectLocale(null, ['de-DE', 'hr-HR', 'pl'])).toBe('hr');
  });

  it('falls back to English', () => {
    expect(detectLocale('xx', ['de-DE', 'fr'])).toBe('en');
  });
});
