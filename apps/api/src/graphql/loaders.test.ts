import { describe, expect, it } from 'vitest';
import { createUsersLoaders } from '../modules/users/users.loaders.ts';
import type { ScopedViewer } from '../modules/visibility/index.ts';
import { createLoaders } from './loaders.ts';

describe('request loaders', () => {
  it('builds a loader on first use, keeps it for the request and never shares it with another request', () => {
    const db = {} as never;
    const one = createLoaders(db, () => null);
    const two = createLoaders(db, () => null);
    expect(one.userById).toBe(one.userById);
    expect(one.userById).not.toBe(two.userById);
    expect(one.clientById).toBe(one.clientById);
  });

  it('offers every loader of every module', () => {
    const loaders = createLoaders({} as never, () => null);
    for (const name of Object.keys(createUsersLoaders({} as never))) expect(name in loaders).toBe(true);
    expect(typeof loaders.dictionaryValueById.load).toBe('function');
  });

  it('builds a scope-aware loader for the current viewer and again after the viewer changes (a login)', () => {
    let viewer: ScopedViewer | null = null;
    const loaders = createLoaders({} as never, () => viewer);
    const [anonymous, users] = [loaders.linkedClientById, loaders.userById];
    expect(loaders.linkedClientById).toBe(anonymous);
    expect(loaders.personReadable).toBe(loaders.personReadable);
    viewer = { user: { id: 'u1' }, scopes: {} as ScopedViewer['scopes'], teamUserIds: ['u1'] };
    expect(loaders.linkedClientById).not.toBe(anonymous);
    expect(loaders.linkedClientById).toBe(loaders.linkedClientById);
    // Loaders whose answers do not depend on the viewer keep their cache.
    expect(loaders.userById).toBe(users);
  });
});
