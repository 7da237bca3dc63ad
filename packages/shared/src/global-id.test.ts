// Global ids round-trip and reject garbage.
import { describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from './global-id.ts';

describe('global ids', () => {
  it('round-trips type and id, opaque to the reader', () => {
    const id = toGlobalId('User', '0195f3a2-1111-7000-8000-000000000001');
    expect(id).not.toContain('User');
    expect(fromGlobalId(id)).toEqual({ type: 'User', id: '0195f3a2-1111-7000-8000-000000000001' });
  });

  it.each(['', '***', 'bm9jb2xvbg', toGlobalId('User', '').slice(0, -1)])('returns null for %j', (bad) => {
    expect(fromGlobalId(bad)).toBeNull();
  });
});
