// IANA time zones the browser knows, with the company's home zones first.
import { useMemo } from 'react';

const PREFERRED = ['Europe/Zagreb', 'Europe/Warsaw', 'Europe/Prague', 'UTC'];

export function useTimeZones(): string[] {
  return useMemo(() => {
    let all: string[];
    try {
      all = Intl.supportedValuesOf('timeZone');
    } catch {
      all = [];
    }
    return [...PREFERRED, ...all.filter((tz) => !PREFERRED.includes(tz))];
  }, []);
}
