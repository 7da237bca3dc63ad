// The LDAP / Active Directory settings: read (the service password only as "set"), saved (password sealed with the
// secret box, optimistic version, group mappings replaced as a whole) and turned into what the directory client needs.
import { LDAP_LOGIN_ATTRIBUTES, toGlobalId, UpdateLdapSettingsInput, type LdapLoginAttribute } from '@veza/shared';
import { FilterParser } from 'ldapts';
import { requirePermission } from '../../auth/permissions.ts';
import type { Config } from '../../config/env.ts';
import type { Context } from '../../graphql/context.ts';
import { badInput, conflict, parseInput } from '../../graphql/errors.ts';
import { parseId } from '../../graphql/ids.ts';
import { secretBoxFor } from '../../lib/secret-box.ts';
import type { DirectorySettings } from './directory-client.ts';
import { LdapRepository, type LdapSettingsRow } from './ldap.repository.ts';

/** AAD label: the sealed bind password cannot be moved into another secret column and still open. */
export const BIND_PASSWORD_PURPOSE = 'ldap_settings.bind_password';

type Mapping = Awaited<ReturnType<LdapRepository['mappings']>>[number];

function loginAttributeOf(value: string | undefined): LdapLoginAttribute {
  return LDAP_LOGIN_ATTRIBUTES.find((a) => a === value) ?? 'sAMAccountName';
}

export function toLdapSettingsNode(row: LdapSettingsRow | null, mappings: Mapping[]) {
  return {
    enabled: row?.enabled ?? false,
    urls: row?.urls ?? [],
    startTls: row?.startTls ?? false,
    caCertificate: row?.caCertificate ?? null,
    bindDn: row?.bindDn ?? null,
    bindPasswordSet: Boolean(row?.bindPasswordEnc),
    userBase: row?.userBase ?? null,
    userFilter: row?.userFilter ?? '(objectClass=person)',
    loginAttribute: loginAttributeOf(row?.loginAttribute),
    nameAttribute: row?.nameAttribute ?? 'displayName',
    emailAttribute: row?.emailAttribute ?? 'mail',
    phoneAttribute: row?.phoneAttribute ?? 'telephoneNumber',
    groupBase: row?.groupBase ?? null,
    createUsers: row?.createUsers ?? false,
    groupMappings: mappings.map((m) => ({
      groupDn: m.groupDn,
      profileId: toGlobalId('PermissionProfile', m.profileId),
      profileName: m.profile.name,
    })),
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt ?? null,
  };
}

export async function ldapSettings(ctx: Context) {
  requirePermission(ctx, 'users.manage');
  const repo = new LdapRepository(ctx.db);
  return toLdapSettingsNode(await repo.settings(), await repo.mappings());
}

/** The filter parses as LDAP does, and each mapping names an existing profile: returns the mappings with row ids. */
async function checkReferences(repo: LdapRepository, input: ReturnType<typeof UpdateLdapSettingsInput.parse>) {
  try {
    FilterParser.parseString(input.userFilter);
  } catch {
    throw badInput('input.userFilter', 'ldap.validation.filter');
  }
  const mappings = input.groupMappings.map((m, i) => ({
    groupDn: m.groupDn,
    profileId: parseId(m.profileId, 'PermissionProfile', `input.groupMappings.${i}.profileId`),
  }));
  const known = await repo.existingProfileIds(mappings.map((m) => m.profileId));
  const unknown = mappings.findIndex((m) => !known.has(m.profileId));
  if (unknown >= 0) throw badInput(`input.groupMappings.${unknown}.profileId`, 'validation.unknownProfile');
  return mappings;
}

export async function updateLdapSettings(ctx: Context, args: { input: unknown }) {
  const viewer = requirePermission(ctx, 'users.manage');
  const input = parseInput(UpdateLdapSettingsInput, args.input, 'input');
  const repo = new LdapRepository(ctx.db);
  const groupMappings = await checkReferences(repo, input);
  const stored = await repo.settings();
  const { bindPassword, groupMappings: _mappings, version, ...fields } = input;
  const bindPasswordEnc =
    bindPassword === undefined || bindPassword === null
      ? (stored?.bindPasswordEnc ?? null)
      : bindPassword === ''
        ? null
        : secretBoxFor(ctx.config).seal(BIND_PASSWORD_PURPOSE, bindPassword);
  const saved = await repo.save(version, { ...fields, bindPasswordEnc, updatedById: viewer.user.id }, groupMappings);
  if (!saved) throw conflict();
  return toLdapSettingsNode(await repo.settings(), await repo.mappings());
}

export type LoadedDirectory = {
  directory: DirectorySettings;
  createUsers: boolean;
  /** Normalised group DN → profile ids. */
  mappings: { groupDn: string; profileId: string }[];
};

/**
 * The settings with the password opened, or null when directory login is off (unless `evenIfDisabled`, for the
 * admin's test) or incomplete.
 */
export async function loadDirectory(
  db: Context['db'],
  config: Config,
  { evenIfDisabled = false } = {},
): Promise<LoadedDirectory | null> {
  const repo = new LdapRepository(db);
  const row = await repo.settings();
  if (!row || (!row.enabled && !evenIfDisabled) || !row.userBase || row.urls.length === 0) return null;
  const {
    enabled: _e,
    bindPasswordEnc,
    createUsers,
    version: _v,
    updatedAt: _u,
    updatedById: _b,
    id: _i,
    ...rest
  } = row;
  const bindPassword = bindPasswordEnc ? secretBoxFor(config).open(BIND_PASSWORD_PURPOSE, bindPasswordEnc) : null;
  const mappings = (await repo.mappings()).map((m) => ({ groupDn: m.groupDn, profileId: m.profileId }));
  return { directory: { ...rest, userBase: row.userBase, bindPassword }, createUsers, mappings };
}
