// Logging in through LDAP / Active Directory: service bind, find exactly one entry for the escaped login name, bind
// as it, read its groups, then create or update the local account and its directory-granted profiles.
import type { Config } from '../../config/env.ts';
import type { Db } from '../../db/prisma.ts';
import {
  classify,
  connect,
  normalizeDn,
  type DirectoryConnection,
  type DirectoryUserEntry,
} from './directory-client.ts';
import { loadDirectory, type LoadedDirectory } from './ldap-settings.service.ts';
import { LdapRepository } from './ldap.repository.ts';

/** `invalid` covers unknown user, wrong password, disabled or ambiguous entry alike (one answer for all). */
export type DirectoryLoginResult =
  { kind: 'ok'; userId: string } | { kind: 'invalid' } | { kind: 'unavailable' } | { kind: 'notConfigured' };

/** The profiles whose mapped group is among the user's groups (DNs compared normalised). */
export function mappedProfileIds(mappings: LoadedDirectory['mappings'], groups: string[]): string[] {
  const member = new Set(groups.map(normalizeDn));
  return [...new Set(mappings.filter((m) => member.has(normalizeDn(m.groupDn))).map((m) => m.profileId))];
}

/** Finds, binds and reads the groups of one user on an open connection; throws DirectoryError. */
export async function authenticateEntry(
  conn: DirectoryConnection,
  login: string,
  password: string,
): Promise<{ user: DirectoryUserEntry; groups: string[] } | null> {
  await conn.serviceBind();
  const { entries } = await conn.findUsers(login);
  if (entries.length !== 1) return null;
  const user = entries[0]!;
  await conn.userBind(user.dn, password);
  // Groups are read as the service account: a user may not be allowed to read group membership.
  await conn.serviceBind();
  return { user, groups: await conn.groups(user) };
}

export async function directoryLogin(
  db: Db,
  config: Config,
  login: string,
  password: string,
): Promise<DirectoryLoginResult> {
  // Refused before anything is loaded or sent: an empty password is an anonymous bind, which servers accept.
  if (!password || !login) return { kind: 'invalid' };
  const loaded = await loadDirectory(db, config);
  if (!loaded) return { kind: 'notConfigured' };
  let conn: DirectoryConnection;
  try {
    conn = await connect(loaded.directory);
  } catch {
    return { kind: 'unavailable' };
  }
  let entry: Awaited<ReturnType<typeof authenticateEntry>>;
  try {
    entry = await authenticateEntry(conn, login, password);
  } catch (error) {
    return classify(error, 'protocol').kind === 'invalidCredentials' ? { kind: 'invalid' } : { kind: 'unavailable' };
  } finally {
    await conn.close();
  }
  return entry ? applyDirectoryUser(db, loaded, login, entry.user, entry.groups) : { kind: 'invalid' };
}

function accountOf(login: string, user: DirectoryUserEntry) {
  const email = user.email?.trim().toLowerCase() || (login.includes('@') ? login : `${login}@directory.invalid`);
  return { email, name: user.name?.trim() || login, phone: user.phone?.trim() || null, ldapDn: normalizeDn(user.dn) };
}

async function applyDirectoryUser(
  db: Db,
  loaded: LoadedDirectory,
  login: string,
  user: DirectoryUserEntry,
  groups: string[],
): Promise<DirectoryLoginResult> {
  const repo = new LdapRepository(db);
  const account = accountOf(login, user);
  const existing = await repo.findAccount(account.ldapDn, account.email);
  // A local account with the directory user's e-mail is never taken over (it may be an administrator's).
  if (existing && existing.ldapDn !== account.ldapDn) return { kind: 'invalid' };
  if (existing && !existing.active) return { kind: 'invalid' };
  if (!existing && !loaded.createUsers) return { kind: 'invalid' };
  const userId = existing ? existing.id : await repo.createAccount(account, 'en');
  if (existing) await repo.updateAccount(existing.id, account);
  await repo.syncDirectoryProfiles(userId, mappedProfileIds(loaded.mappings, groups));
  return { kind: 'ok', userId };
}
