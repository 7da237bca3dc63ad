// The navbar's modules: which exist yet, and which permission each needs.
import type { PermissionKey } from '@veza/shared';

export interface NavItem {
  /** i18n key of the label */
  label: string;
  to: string;
  permission?: PermissionKey;
  /** Module not built yet: shown disabled with a "coming soon" hint. */
  comingSoon?: boolean;
}

export const MAIN_NAV: readonly NavItem[] = [
  { label: 'nav.home', to: '/' },
  { label: 'nav.clients', to: '/clients', permission: 'clients.read' },
  { label: 'duplicates.navLabel', to: '/duplicates', permission: 'clients.delete' },
  { label: 'imports.navLabel', to: '/imports', permission: 'clients.write' },
  { label: 'nav.activities', to: '/activities', permission: 'activities.read' },
  { label: 'nav.calendar', to: '/calendar', permission: 'activities.read' },
  { label: 'opportunities.nav', to: '/opportunities', permission: 'opportunities.read' },
  { label: 'nav.campaigns', to: '/campaigns', permission: 'campaigns.manage' },
  { label: 'nav.myCampaigns', to: '/my-campaigns', permission: 'campaigns.work' },
  { label: 'nav.reports', to: '/reports', permission: 'reports.read' },
  { label: 'mailings.nav.campaigns', to: '/email-campaigns', permission: 'mailings.manage' },
  { label: 'mailings.nav.groups', to: '/mailing-groups', permission: 'mailings.manage' },
  { label: 'mailEditor.templates.navLabel', to: '/mail/templates', permission: 'mail.templates' },
];

export const ADMIN_NAV: readonly NavItem[] = [
  { label: 'nav.users', to: '/admin/users', permission: 'users.read' },
  { label: 'nav.profiles', to: '/admin/profiles', permission: 'profiles.manage' },
  { label: 'teams.navLabel', to: '/admin/teams', permission: 'users.read' },
  { label: 'dictionaries.navLabel', to: '/admin/dictionaries', permission: 'dictionaries.manage' },
  { label: 'attributes.navLabel', to: '/admin/attributes', permission: 'attributes.manage' },
  { label: 'automation.navLabel', to: '/admin/automation', permission: 'automation.manage' },
  { label: 'jobs.navLabel', to: '/admin/jobs', permission: 'jobs.manage' },
  { label: 'audit.navLabel', to: '/admin/audit', permission: 'audit.read' },
  { label: 'mail.settings.navLabel', to: '/admin/mail', permission: 'mail.settings' },
  { label: 'ldap.navLabel', to: '/admin/ldap', permission: 'users.manage' },
  { label: 'opportunities.rates.navLabel', to: '/admin/exchange-rates', permission: 'exchangeRates.manage' },
  { label: 'hourlyRates.navLabel', to: '/admin/hourly-rates', permission: 'users.manage' },
];
