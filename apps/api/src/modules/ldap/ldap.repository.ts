// Database access for the LDAP settings row, the group → profile mappings and the directory users' local accounts.
import type { Db, Prisma } from '../../db/prisma.ts';

export type LdapSettingsRow = NonNullable<Awaited<ReturnType<LdapRepository['settings']>>>;
export type LdapSettingsWrite = Omit<Prisma.LdapSettingsUncheckedCreateInput, 'id' | 'version' | 'updatedAt'>;
export type DirectoryAccount = { email: string; name: string; phone: string | null; ldapDn: string };

export class LdapRepository {
  constructor(private readonly db: Db) {}

  settings() {
    return this.db.ldapSettings.findUnique({ where: { id: 1 } });
  }

  mappings() {
    return this.db.ldapGroupMapping.findMany({
      select: { groupDn: true, profileId: true, profile: { select: { name: true } } },
      orderBy: [{ groupDn: 'asc' }, { profileId: 'asc' }],
    });
  }

  async existingProfileIds(ids: string[]): Promise<Set<string>> {
    const rows = await this.db.permissionProfile.findMany({ where: { id: { in: ids } }, select: { id: true } });
    return new Set(rows.map((r) => r.id));
  }

  /** Settings and the whole mapping list in one transaction; false when `expectedVersion` is not the stored one. */
  async save(
    expectedVersion: number,
    data: LdapSettingsWrite,
    mappings: { groupDn: string; profileId: string }[],
  ): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      if (expectedVersion === 0) {
        const created = await tx.ldapSettings.createMany({ data: [{ ...data, id: 1 }], skipDuplicates: true });
        if (created.count !== 1) return false;
      } else {
        const updated = await tx.ldapSettings.updateMany({
          where: { id: 1, version: expectedVersion },
          data: { ...data, version: { increment: 1 } },
        });
        if (updated.count !== 1) return false;
      }
      await tx.ldapGroupMapping.deleteMany({});
      await tx.ldapGroupMapping.createMany({ data: mappings, skipDuplicates: true });
      return true;
    });
  }

  /** The local account of a directory entry, or a local user with the same e-mail (which is not linked to it). */
  findAccount(ldapDn: string, email: string | null) {
    return this.db.user.findFirst({
      where: { OR: [{ ldapDn }, ...(email ? [{ email }] : [])] },
      select: { id: true, active: true, ldapDn: true },
      orderBy: { ldapDn: { sort: 'asc', nulls: 'last' } },
    });
  }

  /** Is this login name the e-mail of a local (password) account? Those never go to the directory. */
  async isLocalAccount(email: string): Promise<boolean> {
    const row = await this.db.user.findUnique({ where: { email }, select: { ldapDn: true } });
    return row !== null && row.ldapDn === null;
  }

  async createAccount(account: DirectoryAccount, locale: string): Promise<string> {
    // No usable password: an empty hash never verifies, so the account logs in only through the directory.
    const row = await this.db.user.create({ data: { ...account, locale, passwordHash: '' }, select: { id: true } });
    return row.id;
  }

  async updateAccount(id: string, account: DirectoryAccount): Promise<void> {
    const current = await this.db.user.findUniqueOrThrow({
      where: { id },
      select: { email: true, name: true, phone: true },
    });
    if (current.email === account.email && current.name === account.name && current.phone === account.phone) return;
    await this.db.user.update({
      where: { id },
      data: { email: account.email, name: account.name, phone: account.phone, version: { increment: 1 } },
    });
  }

  /**
   * The directory-granted profiles become exactly `profileIds`: stale directory grants go, new ones come, and profiles
   * an administrator gave by hand stay whatever the directory says.
   */
  async syncDirectoryProfiles(userId: string, profileIds: string[]): Promise<void> {
    await this.db.$transaction([
      this.db.userProfile.deleteMany({ where: { userId, fromDirectory: true, profileId: { notIn: profileIds } } }),
      this.db.userProfile.createMany({
        data: profileIds.map((profileId) => ({ userId, profileId, fromDirectory: true })),
        skipDuplicates: true,
      }),
    ]);
  }

  async profileNames(ids: string[]): Promise<string[]> {
    const rows = await this.db.permissionProfile.findMany({
      where: { id: { in: ids } },
      select: { name: true },
      orderBy: { name: 'asc' },
    });
    return rows.map((r) => r.name);
  }
}
