// Global ids round-trip and reject garbage.
import { describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from './global-id.ts';

describe('global ids', () => {
  it('round-trips type and id, opaque to the reader', () => {
    const id = toGlobalId('User', '0195f3a2-1111-7000-8000-000000000001');
    expect(id).not.toContain('User');
    expect(fromGlobalId(id)).toEqual({ type: 'User', id: '0195f3a2-1111-7000-8000-000000000001' });
  });

  it('is the same base64url text on the server (Buffer) as in the browser (btoa)', () => {
    // Fixed text: ids stored by clients (saved views, links) must not change when the encoder does.
    expect(toGlobalId('Client', '0195f3a2-1111-7000-8000-00000000000f')).toBe(
      'Q2xpZW50OjAxOTVmM2EyLTExMTEtNzAwMC04MDAwLTAwMDAwMDAwMDAwZg',
    );
    expect(fromGlobalId(toGlobalId('Activity', 'ż-ä'))).toEqual({ type: 'Activity', id: 'ż-ä' }); // UTF-8
  });

  it.each(['', '***', 'bm9jb2xvbg', toGlobalId('User', '').slice(0, -1)])('returns null for %j', (bad) => {
    expect(fromGlobalId(bad)).toBeNull();
  });
});
