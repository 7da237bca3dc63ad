// The permission keys the server checks, grouped for the profile editor, and the seeded profiles.

export const PERMISSION_GROUPS = {
  administration: [
    'users.read',
    'users.manage',
    'profiles.manage',
    'dictionaries.manage',
    'attributes.manage',
    'jobs.manage',
    'automation.manage',
    'audit.read',
  ],
  account: ['apiTokens.use'],
  clients: [
    'clients.read',
    'clients.write',
    'clients.delete',
    'clients.export',
    'persons.gdpr',
    'dictionaries.addValue',
  ],
  activities: ['activities.read', 'activities.write', 'calendar.viewOthers'],
  opportunities: ['opportunities.read', 'opportunities.write', 'opportunities.delete', 'exchangeRates.manage'],
  campaigns: ['campaigns.manage', 'campaigns.work'],
  reports: ['reports.read'],
  mail: ['mail.settings', 'mail.send', 'mail.templates', 'mailings.manage', 'mailings.approve'],
} as const;

type Groups = typeof PERMISSION_GROUPS;
export type PermissionKey = Groups[keyof Groups][number];
export type PermissionGroup = keyof Groups;

export const PERMISSIONS: readonly PermissionKey[] = Object.values(PERMISSION_GROUPS).flat();

export function isPermissionKey(value: string): value is PermissionKey {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export function permissionGroupOf(key: PermissionKey): PermissionGroup {
  const entry = Object.entries(PERMISSION_GROUPS).find(([, keys]) => (keys as readonly string[]).includes(key));
  return entry![0] as PermissionGroup;
}

const AGENT: PermissionKey[] = [
  'apiTokens.use',
  'clients.read',
  'clients.write',
  'clients.export',
  // The "+" next to a dictionary field (seed 004): a new status, segment, industry… on the spot.
  'dictionaries.addValue',
  'activities.read',
  'activities.write',
  'campaigns.work',
  'opportunities.read',
  'opportunities.write',
  'mail.send',
];

const MANAGER: PermissionKey[] = [
  ...AGENT,
  'users.read',
  'clients.delete',
  'calendar.viewOthers',
  'campaigns.manage',
  'reports.read',
  'opportunities.delete',
  'mail.templates',
  'mailings.manage',
  'mailings.approve',
];

/** The kinds of record whose visibility a profile scopes (modules/visibility on the server). */
export const RECORD_KINDS = ['CLIENTS', 'ACTIVITIES', 'OPPORTUNITIES', 'CAMPAIGNS'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Narrowest first: OWN (the viewer's records), TEAM (of anyone in a team the viewer is in or manages), ALL. */
export const RECORD_SCOPES = ['OWN', 'TEAM', 'ALL'] as const;
export type RecordScope = (typeof RECORD_SCOPES)[number];
export type ScopePair = { read: RecordScope; edit: RecordScope };
export type RecordScopes = Record<RecordKind, ScopePair>;

export const scopeRank = (scope: RecordScope): number => RECORD_SCOPES.indexOf(scope);
export const widerScope = (a: RecordScope, b: RecordScope): RecordScope => (scopeRank(a) >= scopeRank(b) ? a : b);

const scopes = (c: ScopePair, a: ScopePair, o: ScopePair, k: ScopePair): RecordScopes => ({
  CLIENTS: c,
  ACTIVITIES: a,
  OPPORTUNITIES: o,
  CAMPAIGNS: k,
});
const ALL_ALL: ScopePair = { read: 'ALL', edit: 'ALL' };
const OWN_OWN: ScopePair = { read: 'OWN', edit: 'OWN' };
const ALL_OWN: ScopePair = { read: 'ALL', edit: 'OWN' };

/** What a new profile gets for kinds its input leaves out (the database defaults). */
export const NEW_PROFILE_SCOPES: RecordScopes = scopes(ALL_ALL, OWN_OWN, ALL_OWN, OWN_OWN);

/** Profiles created by the first migration run; names are stable keys, editable afterwards. */
export const SEEDED_PROFILES = [
  {
    name: 'Administrator',
    description: 'Everything, including users and profiles.',
    permissions: [...PERMISSIONS],
    scopes: scopes(ALL_ALL, ALL_ALL, ALL_ALL, ALL_ALL),
  },
  {
    name: 'Manager',
    description: 'Sees and plans the whole team’s work, runs campaigns and reports.',
    permissions: MANAGER,
    scopes: scopes(ALL_ALL, ALL_ALL, ALL_ALL, ALL_ALL),
  },
  {
    name: 'Agent',
    description: 'Works own clients, activities and campaigns.',
    permissions: AGENT,
    // Own clients: those they manage and those on their open call lists (modules/visibility). Reads every
    // opportunity; edits only own records.
    scopes: scopes(OWN_OWN, OWN_OWN, ALL_OWN, OWN_OWN),
  },
] as const satisfies readonly {
  name: string;
  description: string;
  permissions: readonly PermissionKey[];
  scopes: RecordScopes;
}[];
