import { describe, expect, it } from 'vitest';
import { createUsersLoaders } from '../modules/users/users.loaders.ts';
import { createLoaders } from './loaders.ts';

describe('request loaders', () => {
  it('builds a loader on first use, keeps it for the request and never shares it with another request', () => {
    const db = {} as never;
    const one = createLoaders(db);
    const two = createLoaders(db);
    expect(one.userById).toBe(one.userById);
    expect(one.userById).not.toBe(two.userById);
    expect(one.clientById).toBe(one.clientById);
  });

  it('offers every loader of every module', () => {
    const loaders = createLoaders({} as never);
    for (const name of Object.keys(createUsersLoaders({} as never))) expect(name in loaders).toBe(true);
    expect(typeof loaders.dictionaryValueById.load).toBe('function');
  });
});
