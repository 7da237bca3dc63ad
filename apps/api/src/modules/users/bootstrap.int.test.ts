// First start: seeded profiles once, the administrator from VEZA_ADMIN_EMAIL / _PASSWORD, demo logins for the demo.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../auth/password.ts';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { bootstrapUsers, DEMO_LOGINS } from './bootstrap.ts';

let t: TestDatabase;
beforeEach(async () => {
  t = await createTestDatabase();
});
afterEach(() => t.drop());

describe('bootstrapUsers', () => {
  it('creates the administrator from the environment once, with the Administrator profile', async () => {
    const admin = { email: 'IT@Firma.hr', password: 'a long passphrase' };
    expect(await bootstrapUsers(t.prisma, { admin, demo: false })).toMatchObject({
      createdAdmin: 'it@firma.hr',
      noUsers: false,
    });
    expect((await bootstrapUsers(t.prisma, { admin, demo: false })).createdAdmin).toBeUndefined();
    expect(await t.prisma.user.count()).toBe(1);
    const user = await t.prisma.user.findUniqueOrThrow({
      where: { email: 'it@firma.hr' },
      include: { profiles: { include: { profile: true } } },
    });
    expect(user.profiles.map((p) => p.profile.systemKey)).toEqual(['administrator']);
    expect(await verifyPassword(user.passwordHash, 'a long passphrase')).toBe(true);
    expect(await t.prisma.permissionProfile.count()).toBe(3);
  });

  it('reports that nobody can log in when neither the environment nor the demo provides a user', async () => {
    expect(await bootstrapUsers(t.prisma, { demo: false })).toMatchObject({ noUsers: true });
  });

  it('creates the documented demo logins for the demo', async () => {
    await bootstrapUsers(t.prisma, { demo: true });
    for (const login of DEMO_LOGINS) {
      const user = await t.prisma.user.findUniqueOrThrow({ where: { email: login.email } });
      expect(await verifyPassword(user.passwordHash, login.password)).toBe(true);
    }
  });

  it('gives the administrator profile permission keys added by newer versions, without touching edited profiles', async () => {
    await bootstrapUsers(t.prisma, { demo: false });
    await t.prisma.permissionProfile.update({
      where: { systemKey: 'administrator' },
      data: { permissions: ['users.manage', 'profiles.manage'] },
    });
    await t.prisma.permissionProfile.update({ where: { systemKey: 'agent' }, data: { permissions: ['clients.read'] } });
    await bootstrapUsers(t.prisma, { demo: false });
    const admin = await t.prisma.permissionProfile.findUniqueOrThrow({ where: { systemKey: 'administrator' } });
    expect(admin.permissions).toContain('reports.read');
    expect((await t.prisma.permissionProfile.findUniqueOrThrow({ where: { systemKey: 'agent' } })).permissions).toEqual(
      ['clients.read'],
    );
  });
});
