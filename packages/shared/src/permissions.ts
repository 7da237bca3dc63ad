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
  clients: ['clients.read', 'clients.write', 'clients.delete', 'clients.export', 'persons.gdpr'],
  activities: ['activities.read', 'activities.write', 'activities.readAll', 'calendar.viewOthers'],
  opportunities: [
    'opportunities.read',
    'opportunities.write',
    'opportunities.editAll',
    'opportunities.delete',
    'exchangeRates.manage',
  ],
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
  'activities.readAll',
  'calendar.viewOthers',
  'campaigns.manage',
  'reports.read',
  'opportunities.editAll',
  'opportunities.delete',
  'mail.templates',
  'mailings.manage',
  'mailings.approve',
];

/** Profiles created by the first migration run; names are stable keys, editable afterwards. */
export const SEEDED_PROFILES = [
  { name: 'Administrator', description: 'Everything, including users and profiles.', permissions: [...PERMISSIONS] },
  {
    name: 'Manager',
    description: 'Sees and plans the whole team’s work, runs campaigns and reports.',
    permissions: MANAGER,
  },
  { name: 'Agent', description: 'Works own clients, activities and campaigns.', permissions: AGENT },
] as const satisfies readonly { name: string; description: string; permissions: readonly PermissionKey[] }[];
