// "Test connection and test a user": runs the login flow's steps against the saved settings and reports each one
// (connect, service bind, search, user bind, groups, mapped profiles). Writes nothing.
import { TestLdapSettingsInput } from '@veza/shared';
import { requirePermission } from '../../auth/permissions.ts';
import type { Context } from '../../graphql/context.ts';
import { parseInput } from '../../graphql/errors.ts';
import { classify, connect, type DirectoryConnection, type DirectoryErrorKind } from './directory-client.ts';
import { mappedProfileIds } from './ldap-login.service.ts';
import { loadDirectory, type LoadedDirectory } from './ldap-settings.service.ts';
import { ldapTestMessage, type LdapTestCode } from './ldap-test-messages.ts';
import { LdapRepository } from './ldap.repository.ts';

type StepName = 'CONNECT' | 'SERVICE_BIND' | 'SEARCH' | 'USER_BIND' | 'GROUPS' | 'PROFILES';
type Step = {
  step: StepName;
  ok: boolean;
  code: LdapTestCode;
  message: string;
  detail?: string | null;
  count?: number | null;
  values?: string[] | null;
};
type Extra = Pick<Step, 'detail' | 'count' | 'values'>;

const CODES: Record<DirectoryErrorKind, LdapTestCode> = {
  unavailable: 'UNAVAILABLE',
  tls: 'TLS',
  serviceBind: 'SERVICE_BIND',
  invalidCredentials: 'INVALID_CREDENTIALS',
  protocol: 'PROTOCOL',
};

class StepLog {
  readonly steps: Step[] = [];
  constructor(private readonly locale: string) {}
  add(step: StepName, code: LdapTestCode, extra: Extra = {}): boolean {
    this.steps.push({ step, ok: code === 'OK', code, message: ldapTestMessage(this.locale, code), ...extra });
    return code === 'OK';
  }
  /** Runs one step; a DirectoryError becomes a failed step (with the server's text as detail). */
  async run(step: StepName, fallback: DirectoryErrorKind, fn: () => Promise<Extra | void>): Promise<boolean> {
    try {
      return this.add(step, 'OK', (await fn()) ?? {});
    } catch (error) {
      const failure = classify(error, fallback);
      return this.add(step, CODES[failure.kind], { detail: failure.message.slice(0, 500) });
    }
  }
  result() {
    return { ok: this.steps.every((s) => s.ok), steps: this.steps };
  }
}

export async function testLdapSettings(ctx: Context, args: unknown) {
  const viewer = requirePermission(ctx, 'users.manage');
  const input = parseInput(TestLdapSettingsInput, args);
  const log = new StepLog(viewer.user.locale);
  const loaded = await loadDirectory(ctx.db, ctx.config, { evenIfDisabled: true });
  if (!loaded) {
    log.add('CONNECT', 'NOT_CONFIGURED');
    return log.result();
  }
  let conn: DirectoryConnection | null = null;
  const connected = await log.run('CONNECT', 'protocol', async () => {
    conn = await connect(loaded.directory);
    return { detail: conn.activeDirectory ? 'Active Directory' : null };
  });
  if (!connected || !conn) return log.result();
  const open: DirectoryConnection = conn;
  try {
    if (!(await log.run('SERVICE_BIND', 'serviceBind', () => open.serviceBind()))) return log.result();
    if (input.username) await testUser(ctx, log, open, loaded, input.username, input.password ?? '');
  } finally {
    await open.close();
  }
  return log.result();
}

async function testUser(
  ctx: Context,
  log: StepLog,
  conn: DirectoryConnection,
  loaded: LoadedDirectory,
  username: string,
  password: string,
): Promise<void> {
  const { entries, count } = await conn.findUsers(username);
  if (entries.length !== 1) {
    log.add('SEARCH', count === 0 ? 'NOT_FOUND' : 'AMBIGUOUS', { count });
    return;
  }
  const user = entries[0]!;
  log.add('SEARCH', 'OK', { count: 1, detail: user.dn });
  if (!password) log.add('USER_BIND', 'SKIPPED');
  else if (!(await log.run('USER_BIND', 'invalidCredentials', () => conn.userBind(user.dn, password)))) return;
  let groups: string[] = [];
  const read = await log.run('GROUPS', 'protocol', async () => {
    await conn.serviceBind();
    groups = await conn.groups(user);
    return { count: groups.length, values: groups };
  });
  if (!read) return;
  const names = await new LdapRepository(ctx.db).profileNames(mappedProfileIds(loaded.mappings, groups));
  log.add('PROFILES', 'OK', { count: names.length, values: names });
}
