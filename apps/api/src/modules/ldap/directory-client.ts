// Talking to an LDAP / Active Directory server with ldapts: connect (ldaps:// or STARTTLS, the configured CA), bind,
// find one user by an escaped login name, read their groups (nested too). No database access here.
import net from 'node:net';
import {
  AndFilter,
  Client,
  EqualityFilter,
  ExtensibleFilter,
  FilterParser,
  OrFilter,
  ResultCodeError,
  type Entry,
  type Filter,
} from 'ldapts';

export type DirectorySettings = {
  urls: string[];
  startTls: boolean;
  caCertificate: string | null;
  bindDn: string | null;
  bindPassword: string | null;
  userBase: string;
  userFilter: string;
  loginAttribute: string;
  nameAttribute: string;
  emailAttribute: string;
  phoneAttribute: string;
  groupBase: string | null;
};

/** What went wrong, for the login answer and the test steps: `unavailable` = no server could be reached. */
export type DirectoryErrorKind = 'unavailable' | 'tls' | 'serviceBind' | 'invalidCredentials' | 'protocol';

export class DirectoryError extends Error {
  constructor(
    readonly kind: DirectoryErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export type DirectoryUserEntry = {
  dn: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  memberOf: string[];
};

const TIMEOUT_MS = 5000;
/** LDAP_CAP_ACTIVE_DIRECTORY_OID and LDAP_CAP_ACTIVE_DIRECTORY_ADAM_OID in the rootDSE's supportedCapabilities. */
const AD_CAPABILITIES = ['1.2.840.113556.1.4.800', '1.2.840.113556.1.4.1851'];
const IN_CHAIN = '1.2.840.113556.1.4.1941';
const MAX_NESTING = 8;

export function normalizeDn(dn: string): string {
  return dn
    .trim()
    .replace(/\s*,\s*/g, ',')
    .toLowerCase();
}

/** Network failures (refused, timeout, TLS) are not LDAP result codes: the server could not be talked to. */
export function classify(error: unknown, fallback: DirectoryErrorKind): DirectoryError {
  if (error instanceof DirectoryError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ResultCodeError) return new DirectoryError(fallback, message);
  if (/certificate|self[- ]signed|TLS|SSL|altnames/i.test(message)) return new DirectoryError('tls', message);
  return new DirectoryError('unavailable', message);
}

function tlsOptions(settings: DirectorySettings, url: string) {
  const host = /^ldaps?:\/\/\[?([^\]/:]+)/i.exec(url)?.[1];
  return {
    ...(settings.caCertificate ? { ca: [settings.caCertificate] } : {}),
    // SNI takes host names only; an IP address is still checked against the certificate's IP entries.
    ...(host && !net.isIP(host) ? { servername: host } : {}),
  };
}

/** The first server of the list that answers (STARTTLS done when configured); its rootDSE says whether it is AD. */
export async function connect(settings: DirectorySettings): Promise<DirectoryConnection> {
  let last: DirectoryError = new DirectoryError('unavailable', 'No server URL configured');
  for (const url of settings.urls) {
    const client = new Client({
      url,
      timeout: TIMEOUT_MS,
      connectTimeout: TIMEOUT_MS,
      // ldapts opens TLS from the start whenever tlsOptions are given: only for ldaps://.
      ...(/^ldaps:/i.test(url) ? { tlsOptions: tlsOptions(settings, url) } : {}),
    });
    try {
      if (settings.startTls && /^ldap:/i.test(url)) await client.startTLS(tlsOptions(settings, url));
      const activeDirectory = await readRootDse(client);
      return new DirectoryConnection(client, settings, activeDirectory);
    } catch (error) {
      last = classify(error, 'protocol');
      await client.unbind().catch(() => undefined);
      if (last.kind !== 'unavailable') throw last;
    }
  }
  throw last;
}

/** Reads supportedCapabilities anonymously; a server refusing that is still reachable (then: not known to be AD). */
async function readRootDse(client: Client): Promise<boolean> {
  try {
    const { searchEntries } = await client.search('', {
      scope: 'base',
      filter: '(objectClass=*)',
      attributes: ['supportedCapabilities'],
    });
    return values(searchEntries[0], 'supportedCapabilities').some((c) => AD_CAPABILITIES.includes(c));
  } catch (error) {
    if (error instanceof ResultCodeError) return false;
    throw error;
  }
}

function values(entry: Entry | undefined, attribute: string): string[] {
  if (!entry) return [];
  const key = Object.keys(entry).find((k) => k.toLowerCase() === attribute.toLowerCase());
  const value = key ? entry[key] : undefined;
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => (Buffer.isBuffer(v) ? v.toString('utf8') : String(v)));
}

export class DirectoryConnection {
  constructor(
    private readonly client: Client,
    private readonly settings: DirectorySettings,
    readonly activeDirectory: boolean,
  ) {}

  async close(): Promise<void> {
    await this.client.unbind().catch(() => undefined);
  }

  async serviceBind(): Promise<void> {
    const { bindDn, bindPassword } = this.settings;
    // An empty password would be an unauthenticated bind, which servers accept: never send one.
    if (!bindDn || !bindPassword) throw new DirectoryError('serviceBind', 'No service account configured');
    try {
      await this.client.bind(bindDn, bindPassword);
    } catch (error) {
      throw classify(error, 'serviceBind');
    }
  }

  /**
   * Entries whose login attribute equals `login` exactly: the value is sent as an encoded equality (RFC 4515), so
   * `*)(uid=*` is looked up literally. `count` is -1 when more entries match than the size limit.
   */
  async findUsers(login: string): Promise<{ entries: DirectoryUserEntry[]; count: number }> {
    const s = this.settings;
    const filter = new AndFilter({
      filters: [
        FilterParser.parseString(s.userFilter),
        new EqualityFilter({ attribute: s.loginAttribute, value: login }),
      ],
    });
    try {
      const { searchEntries } = await this.client.search(s.userBase, {
        scope: 'sub',
        filter,
        sizeLimit: 10,
        attributes: [s.nameAttribute, s.emailAttribute, s.phoneAttribute, 'memberOf'],
      });
      const entries = searchEntries.map((e) => ({
        dn: e.dn,
        name: values(e, s.nameAttribute)[0] ?? null,
        email: values(e, s.emailAttribute)[0] ?? null,
        phone: values(e, s.phoneAttribute)[0] ?? null,
        memberOf: values(e, 'memberOf'),
      }));
      return { entries, count: entries.length };
    } catch (error) {
      // sizeLimitExceeded: many matches, which is "not exactly one" as well.
      if (error instanceof ResultCodeError && error.code === 4) return { entries: [], count: -1 };
      throw classify(error, 'protocol');
    }
  }

  /** Binds as the user; a wrong password (or a disabled AD account) is `invalidCredentials`. */
  async userBind(dn: string, password: string): Promise<void> {
    if (!password) throw new DirectoryError('invalidCredentials', 'Empty password');
    try {
      await this.client.bind(dn, password);
    } catch (error) {
      throw classify(error, 'invalidCredentials');
    }
  }

  /** The DNs (normalised) of every group the user is in, directly or through other groups. */
  async groups(user: DirectoryUserEntry): Promise<string[]> {
    const found = new Set(user.memberOf.map(normalizeDn));
    const base = this.settings.groupBase ?? this.settings.userBase;
    try {
      const chained = this.activeDirectory ? await this.inChainGroups(base, user.dn) : null;
      if (chained) return [...new Set([...found, ...chained])];
      return [...(await this.nestedGroups(base, user.dn, found))];
    } catch (error) {
      throw classify(error, 'protocol');
    }
  }

  /** AD: one search with LDAP_MATCHING_RULE_IN_CHAIN; null when the server refuses the rule (then: level by level). */
  private async inChainGroups(base: string, userDn: string): Promise<string[] | null> {
    const chain = new ExtensibleFilter({ matchType: 'member', rule: IN_CHAIN, value: userDn });
    try {
      return (await this.searchDns(base, chain)).map(normalizeDn);
    } catch (error) {
      if (error instanceof ResultCodeError) return null;
      throw error;
    }
  }

  /** Servers without the AD matching rule: follow `member` upwards level by level (cycle-safe, bounded depth). */
  private async nestedGroups(base: string, userDn: string, found: Set<string>): Promise<Set<string>> {
    let frontier = [userDn, ...found];
    for (let depth = 0; depth < MAX_NESTING && frontier.length > 0; depth++) {
      const filter = new OrFilter({
        filters: frontier.map((dn) => new EqualityFilter({ attribute: 'member', value: dn })),
      });
      const next: string[] = [];
      for (const dn of await this.searchDns(base, filter)) {
        const key = normalizeDn(dn);
        if (!found.has(key)) next.push(dn);
        found.add(key);
      }
      frontier = next;
    }
    return found;
  }

  private async searchDns(base: string, filter: Filter): Promise<string[]> {
    const { searchEntries } = await this.client.search(base, { scope: 'sub', filter, attributes: ['1.1'] });
    return searchEntries.map((e) => e.dn);
  }
}
