// Routes for a logged-in user; every page loads lazily (React.lazy), so the first load is only the shell.
import type { PermissionKey } from '@veza/shared';
import type { ApolloClient } from '@apollo/client';
import { Suspense, type ComponentType, type ReactNode } from 'react';
import { matchRoutes, Navigate, Route, Routes, useLocation } from 'react-router';
import { PageLoader } from '../components/page-loader.tsx';
import { prefetchClientList } from '../features/client-list/api/prefetch-client-list.ts';
import { ClientListFrame } from '../features/client-list/components/client-list-frame.tsx';
import { lazyPage, type LazyPage } from '../lib/lazy-page.ts';
import { useCan } from '../lib/session.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { AccessDeniedPage } from './pages/access-denied-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { RequirePermission } from './require-permission.tsx';

/**
 * A lazy page that gets parts of other features as props (features do not import each other): the page's chunk and
 * its plug-ins load in parallel, and the page renders with them.
 */
function pluggedPage<P extends object>(
  page: () => Promise<{ default: ComponentType<P> }>,
  plugs: () => Promise<NoInfer<P>>,
): LazyPage<ComponentType> {
  return lazyPage(async () => {
    const [{ default: Page }, props] = await Promise.all([page(), plugs()]);
    return { default: () => <Page {...props} /> };
  });
}

// The start page's cards load with it, not with the shell.
const HomePage = lazyPage(() =>
  import('../features/home/components/home-page.tsx').then((m) => ({ default: m.HomePage })),
);
const UsersPage = lazyPage(() => import('../features/users/components/users-page.tsx'));
const ProfilesPage = lazyPage(() => import('../features/profiles/components/profiles-page.tsx'));
const TeamsPage = lazyPage(() => import('../features/teams/components/teams-page.tsx'));
const ApiTokensPage = lazyPage(() => import('../features/api-tokens/components/api-tokens-page.tsx'));
// The client page's History, Opportunities and E-mails tabs come from their features; the app plugs them in.
const ClientDetailPage = lazyPage(async () => {
  const [detail, activities, opportunities, mail, personMail, compose, audit, personChanges] = await Promise.all([
    import('../features/client-detail/components/client-detail-page.tsx'),
    import('../features/activities/components/client-history.tsx'),
    import('../features/opportunities/components/client-opportunities-tab.tsx'),
    import('../features/mail/components/client-emails-tab.tsx'),
    import('../features/mail/components/person-mail-actions.tsx'),
    import('../features/mail/components/compose-email-modal.tsx'),
    import('../features/audit/components/changes-tab.tsx'),
    import('../features/audit/components/person-changes-button.tsx'),
  ]);
  // An activity in the history writes an e-mail with the mail feature's dialog and shows the audit feature's Changes.
  const History = (props: { clientId: string; canWrite: boolean }) => (
    <activities.ClientHistory {...props} composeEmail={compose.ComposeEmailModal} changes={audit.ChangesTab} />
  );
  // A person's card offers the mail feature's actions and the audit feature's Changes.
  const PersonExtras = (props: Parameters<typeof personMail.PersonMailActions>[0]) => (
    <>
      <personMail.PersonMailActions {...props} />
      <personChanges.PersonChangesButton personId={props.personId} personName={props.personName} />
    </>
  );
  return {
    default: () => (
      <detail.default
        historyTab={History}
        opportunitiesTab={opportunities.ClientOpportunitiesTab}
        emailsTab={mail.ClientEmailsTab}
        changesTab={audit.ChangesTab}
        personExtras={PersonExtras}
      />
    ),
  };
});
const ImportPage = lazyPage(() => import('../features/imports/components/import-page.tsx'));
const DuplicatesPage = lazyPage(() => import('../features/duplicates/components/duplicates-page.tsx'));
// An activity's menu writes an e-mail from it with the mail feature's compose dialog and shows the audit feature's
// Changes; the app plugs them in.
const ActivitiesPage = pluggedPage(
  () => import('../features/activities/components/activities-page.tsx'),
  async () => {
    const [compose, audit] = await Promise.all([
      import('../features/mail/components/compose-email-modal.tsx'),
      import('../features/audit/components/changes-tab.tsx'),
    ]);
    return { composeEmail: compose.ComposeEmailModal, changes: audit.ChangesTab };
  },
);
const MyAgenda = lazyPage(() => import('../features/activities/components/my-agenda.tsx'));
const ClientBriefPage = lazyPage(() => import('../features/client-detail/components/client-brief-page.tsx'));
const PersonCardPage = lazyPage(() => import('../features/client-detail/components/person-card-page.tsx'));
// "Save and add an activity" on a new client opens the activities feature's form; the app plugs it in.
const ClientCreatePage = lazyPage(async () => {
  const [page, form] = await Promise.all([
    import('../features/client-detail/components/client-form-page.tsx'),
    import('../features/activities/components/activity-form-modal.tsx'),
  ]);
  return { default: () => <page.ClientCreatePage activityForm={form.ActivityFormModal} /> };
});
const ClientEditPage = lazyPage(() =>
  import('../features/client-detail/components/client-form-page.tsx').then((m) => ({ default: m.ClientEditPage })),
);
const AuditLogPage = lazyPage(() => import('../features/audit/components/audit-log-page.tsx'));
const BackgroundJobsPage = lazyPage(() => import('../features/background-jobs/components/background-jobs-page.tsx'));
const MailSettingsPage = lazyPage(() => import('../features/mail/components/mail-settings-page.tsx'));
const EmailTemplatesPage = lazyPage(() => import('../features/mail/components/email-templates-page.tsx'));
const LdapSettingsPage = lazyPage(() => import('../features/ldap/components/ldap-settings-page.tsx'));
const MailingGroupsPage = lazyPage(() => import('../features/mailings/components/mailing-groups-page.tsx'));
const EmailCampaignsPage = lazyPage(() => import('../features/mailings/components/email-campaigns-page.tsx'));
const EmailCampaignPage = lazyPage(() => import('../features/mailings/components/email-campaign-page.tsx'));
// Congratulating logs a call with the activities feature's form; the app plugs it in.
const CelebrationsCard = pluggedPage(
  () => import('../features/celebrations/components/celebrations-card.tsx'),
  async () => ({
    activityForm: (await import('../features/activities/components/activity-form-modal.tsx')).ActivityFormModal,
  }),
);
const AutomationRulesPage = lazyPage(() => import('../features/automation/components/automation-rules-page.tsx'));
const NotificationsPage = lazyPage(() => import('../features/notifications/components/notifications-page.tsx'));
const DictionariesPage = lazyPage(() => import('../features/dictionaries/components/dictionaries-page.tsx'));
const AttributesPage = lazyPage(() => import('../features/attributes/components/attributes-page.tsx'));
// The client list and the saved-views selector are separate features; the app plugs one into the other.
const ClientsPage = pluggedPage(
  () => import('../features/client-list/components/clients-page.tsx'),
  async () => ({ viewsBar: (await import('../features/saved-views/components/saved-views-bar.tsx')).SavedViewsBar }),
);

// The calendar opens the activity form for a selected range or a clicked event; the app plugs the form in.
const CalendarPage = pluggedPage(
  () => import('../features/calendar/components/calendar-page.tsx'),
  async () => ({
    activityForm: (await import('../features/activities/components/activity-form-modal.tsx')).ActivityFormModal,
  }),
);

const CampaignsPage = lazyPage(() => import('../features/campaigns/components/campaigns-page.tsx'));
const CampaignWizardPage = lazyPage(() => import('../features/campaigns/components/wizard/campaign-wizard-page.tsx'));
const CampaignPage = lazyPage(() => import('../features/campaigns/components/campaign-page.tsx'));
const MyCampaignsPage = lazyPage(() => import('../features/campaigns/components/work/my-campaigns-page.tsx'));
const CampaignItemListPage = lazyPage(() => import('../features/campaigns/components/campaign-item-list-page.tsx'));
const OpportunityBoardPage = lazyPage(() => import('../features/opportunities/components/board-page.tsx'));
// The opportunity list gets the saved-views selector the same way as the client list.
const OpportunitiesListPage = pluggedPage(
  () => import('../features/opportunities/components/opportunities-list-page.tsx'),
  async () => ({
    viewsBar: (await import('../features/saved-views/components/saved-views-bar.tsx')).OpportunityViewsBar,
  }),
);
// The detail page creates linked activities with the activities feature's form and lists its mail with the mail
// feature's list; the app plugs them in.
const OpportunityDetailPage = lazyPage(async () => {
  const [detail, form, compose, emails, audit] = await Promise.all([
    import('../features/opportunities/components/opportunity-detail-page.tsx'),
    import('../features/activities/components/activity-form-modal.tsx'),
    import('../features/mail/components/compose-email-modal.tsx'),
    import('../features/mail/components/record-emails-list.tsx'),
    import('../features/audit/components/changes-tab.tsx'),
  ]);
  return {
    default: () => (
      <detail.default
        activityForm={form.ActivityFormModal}
        composeEmail={compose.ComposeEmailModal}
        emails={emails.RecordEmailsList}
        changes={audit.ChangesTab}
      />
    ),
  };
});
const ExchangeRatesPage = lazyPage(() => import('../features/opportunities/components/exchange-rates-page.tsx'));
const ReportsPage = lazyPage(() => import('../features/reports/components/reports-page.tsx'));
const HourlyRatesPage = lazyPage(() => import('../features/reports/components/hourly-rates-page.tsx'));
const PinnedReportsCard = lazyPage(() => import('../features/reports/components/pinned-reports-card.tsx'));
// Working a campaign logs calls with the activities feature's form and close dialogs; the app plugs them in.
const CampaignWorkPage = lazyPage(async () => {
  const [work, form, close] = await Promise.all([
    import('../features/campaigns/components/work/campaign-work-page.tsx'),
    import('../features/activities/components/activity-form-modal.tsx'),
    import('../features/activities/components/activity-close-modal.tsx'),
  ]);
  const modals = { Form: form.ActivityFormModal, Close: close.ActivityCloseModal };
  return { default: () => <work.default modals={modals} /> };
});

/** Reports: everything with reports.read, one's own campaign numbers with campaigns.work. */
function ReportsRoute() {
  const can = useCan();
  return can('reports.read') || can('campaigns.work') ? <ReportsPage /> : <AccessDeniedPage />;
}

/** After login, go back to where the user was sent away from. */
function BackFromLogin() {
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
}

/** Pages inside the app shell, each behind the permission it needs. */
type GuardedPage = {
  path: string;
  permission: PermissionKey;
  Page: LazyPage<ComponentType>;
  /** The page's first query, started with its chunk when the app opens on it. */
  prefetch?: (client: ApolloClient, search: string) => void;
  /** Shown while the page's chunk loads (the shell's spinner otherwise): the page's frame, painted with the shell. */
  frame?: ReactNode;
};
const GUARDED_PAGES: GuardedPage[] = [
  { path: 'activities', permission: 'activities.read', Page: ActivitiesPage },
  { path: 'activities/:id', permission: 'activities.read', Page: ActivitiesPage },
  {
    path: 'clients',
    permission: 'clients.read',
    Page: ClientsPage,
    prefetch: prefetchClientList,
    frame: <ClientListFrame />,
  },
  { path: 'calendar', permission: 'activities.read', Page: CalendarPage },
  { path: 'opportunities', permission: 'opportunities.read', Page: OpportunityBoardPage },
  { path: 'opportunities/list', permission: 'opportunities.read', Page: OpportunitiesListPage },
  { path: 'opportunities/:id', permission: 'opportunities.read', Page: OpportunityDetailPage },
  { path: 'admin/exchange-rates', permission: 'exchangeRates.manage', Page: ExchangeRatesPage },
  { path: 'admin/hourly-rates', permission: 'users.manage', Page: HourlyRatesPage },
  { path: 'campaigns', permission: 'campaigns.manage', Page: CampaignsPage },
  { path: 'campaigns/new', permission: 'campaigns.manage', Page: CampaignWizardPage },
  { path: 'campaigns/:id', permission: 'campaigns.manage', Page: CampaignPage },
  { path: 'my-campaigns', permission: 'campaigns.work', Page: MyCampaignsPage },
  { path: 'my-campaigns/:id', permission: 'campaigns.work', Page: CampaignWorkPage },
  { path: 'campaign-items', permission: 'campaigns.work', Page: CampaignItemListPage },
  { path: 'admin/users', permission: 'users.read', Page: UsersPage },
  { path: 'admin/profiles', permission: 'profiles.manage', Page: ProfilesPage },
  { path: 'admin/teams', permission: 'users.read', Page: TeamsPage },
  { path: 'account/tokens', permission: 'apiTokens.use', Page: ApiTokensPage },
  { path: 'clients/new', permission: 'clients.write', Page: ClientCreatePage },
  { path: 'clients/:id', permission: 'clients.read', Page: ClientDetailPage },
  { path: 'clients/:id/edit', permission: 'clients.write', Page: ClientEditPage },
  { path: 'duplicates', permission: 'clients.read', Page: DuplicatesPage },
  { path: 'imports', permission: 'clients.write', Page: ImportPage },
  { path: 'admin/dictionaries', permission: 'dictionaries.manage', Page: DictionariesPage },
  { path: 'admin/attributes', permission: 'attributes.manage', Page: AttributesPage },
  { path: 'admin/jobs', permission: 'jobs.manage', Page: BackgroundJobsPage },
  { path: 'admin/audit', permission: 'audit.read', Page: AuditLogPage },
  { path: 'admin/mail', permission: 'mail.settings', Page: MailSettingsPage },
  { path: 'mail/templates', permission: 'mail.templates', Page: EmailTemplatesPage },
  { path: 'admin/ldap', permission: 'users.manage', Page: LdapSettingsPage },
  { path: 'mailing-groups', permission: 'mailings.manage', Page: MailingGroupsPage },
  { path: 'mailing-groups/:id', permission: 'mailings.manage', Page: MailingGroupsPage },
  { path: 'email-campaigns', permission: 'mailings.manage', Page: EmailCampaignsPage },
  { path: 'email-campaigns/:id', permission: 'mailings.manage', Page: EmailCampaignPage },
];

/**
 * At start-up, before the session check answers: the chunk of the page the app opens on (and its first query, where
 * it has one), so that they load in parallel with `me` and the language catalog rather than after them.
 */
export function preloadRoute(client: ApolloClient, pathname: string, search: string): void {
  const entry = matchRoutes(GUARDED_PAGES, pathname)?.[0]?.route;
  const page = entry?.Page ?? (pathname === '/' ? HomePage : undefined);
  page?.preload().catch(() => undefined);
  entry?.prefetch?.(client, search);
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<BackFromLogin />} />
      {/* The printable brief renders without the app shell. */}
      <Route
        path="/clients/:id/brief"
        element={
          <Suspense fallback={<PageLoader />}>
            <RequirePermission permission="clients.read">
              <ClientBriefPage />
            </RequirePermission>
          </Suspense>
        }
      />
      {/* The printable person card, like the brief. */}
      <Route
        path="/persons/:id/card"
        element={
          <Suspense fallback={<PageLoader />}>
            <RequirePermission permission="clients.read">
              <PersonCardPage />
            </RequirePermission>
          </Suspense>
        }
      />
      <Route element={<AppLayout />}>
        <Route
          index
          element={<HomePage agenda={MyAgenda} celebrations={CelebrationsCard} pinnedReports={PinnedReportsCard} />}
        />
        {GUARDED_PAGES.map(({ path, permission, Page, frame }) => (
          <Route
            key={path}
            path={path}
            element={
              <RequirePermission permission={permission}>
                {frame ? (
                  <Suspense fallback={frame}>
                    <Page />
                  </Suspense>
                ) : (
                  <Page />
                )}
              </RequirePermission>
            }
          />
        ))}
        <Route path="reports" element={<ReportsRoute />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route
          path="admin/automation"
          element={
            <RequirePermission permission="automation.manage">
              <AutomationRulesPage />
            </RequirePermission>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
