// First-start data: the seeded permission profiles and the first administrator (from env or the demo logins).
import { PERMISSIONS, RECORD_KINDS, SEEDED_PROFILES } from '@veza/shared';
import { hashPassword } from '../../auth/password.ts';
import type { Db } from '../../db/prisma.ts';
import { scopeColumns } from './users.mapper.ts';

export const DEMO_LOGINS = [
  { email: 'admin@veza.local', password: 'veza-admin-demo', name: 'Ana Admin', profile: 'administrator', locale: 'en' },
  {
    email: 'manager@veza.local',
    password: 'veza-manager-demo',
    name: 'Marek Manager',
    profile: 'manager',
    locale: 'pl',
  },
  { email: 'agent@veza.local', password: 'veza-agent-demo', name: 'Ivana Agent', profile: 'agent', locale: 'hr' },
  { email: 'agent2@veza.local', password: 'veza-agent-demo', name: 'Tomáš Agent', profile: 'agent', locale: 'cs' },
] as const;

const systemKey = (name: string) => name.toLowerCase();

/**
 * Creates the seeded profiles once (by stable key, so renamed profiles are not recreated) and keeps the
 * administrator profile holding every permission key, including keys added by newer versions.
 */
export async function ensureSeedProfiles(db: Db): Promise<Map<string, string>> {
  for (const { scopes, ...profile } of SEEDED_PROFILES) {
    await db.permissionProfile.upsert({
      where: { systemKey: systemKey(profile.name) },
      create: {
        ...profile,
        permissions: [...profile.permissions],
        systemKey: systemKey(profile.name),
        ...scopeColumns(RECORD_KINDS.map((kind) => ({ kind, ...scopes[kind] }))),
      },
      update: {},
    });
  }
  const admin = await db.permissionProfile.findUniqueOrThrow({ where: { systemKey: 'administrator' } });
  const missing = PERMISSIONS.filter((p) => !admin.permissions.includes(p));
  if (missing.length) {
    await db.permissionProfile.update({
      where: { id: admin.id },
      data: { permissions: [...admin.permissions, ...missing], version: { increment: 1 } },
    });
  }
  const rows = await db.permissionProfile.findMany({ where: { systemKey: { not: null } } });
  return new Map(rows.map((r) => [r.systemKey!, r.id]));
}

type NewUser = { email: string; password: string; name: string; profile: string; locale: string };

async function createUserIfMissing(db: Db, profiles: Map<string, string>, user: NewUser): Promise<boolean> {
  if (await db.user.findUnique({ where: { email: user.email }, select: { id: true } })) return false;
  await db.user.create({
    data: {
      email: user.email,
      name: user.name,
      locale: user.locale,
      passwordHash: await hashPassword(user.password),
      profiles: { create: [{ profileId: profiles.get(user.profile)! }] },
    },
  });
  return true;
}

export type BootstrapResult = { createdAdmin?: string; demoLogins?: readonly NewUser[]; noUsers: boolean };

/**
 * On a database with no users: creates the administrator from VEZA_ADMIN_EMAIL / VEZA_ADMIN_PASSWORD, or the demo
 * logins when running the demo. The env administrator is also (re)created if its e-mail is missing later.
 */
export async function bootstrapUsers(
  db: Db,
  options: { admin?: { email: string; password: string }; demo: boolean },
): Promise<BootstrapResult> {
  const profiles = await ensureSeedProfiles(db);
  const result: BootstrapResult = { noUsers: false };
  if (options.admin) {
    const email = options.admin.email.toLowerCase();
    const created = await createUserIfMissing(db, profiles, {
      email,
      password: options.admin.password,
      name: 'Administrator',
      profile: 'administrator',
      locale: 'en',
    });
    if (created) result.createdAdmin = email;
  }
  if (options.demo) {
    for (const login of DEMO_LOGINS) await createUserIfMissing(db, profiles, login);
    result.demoLogins = DEMO_LOGINS;
  }
  result.noUsers = (await db.user.count()) === 0;
  return result;
}
