// Routes for a logged-in user; administration and account pages load lazily.
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { PageLoader } from '../components/page-loader.tsx';
import { useCan } from '../lib/session.tsx';
import { HomePage } from '../features/home/components/home-page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { AccessDeniedPage } from './pages/access-denied-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { RequirePermission } from './require-permission.tsx';

const UsersPage = lazy(() => import('../features/users/components/users-page.tsx'));
const ProfilesPage = lazy(() => import('../features/profiles/components/profiles-page.tsx'));
const ApiTokensPage = lazy(() => import('../features/api-tokens/components/api-tokens-page.tsx'));
// The client page's History tab is the activities feature's timeline; the app plugs it in.
const ClientDetailPage = lazy(async () => {
  const [detail, activities] = await Promise.all([
    import('../features/client-detail/components/client-detail-page.tsx'),
    import('../features/activities/components/client-history.tsx'),
  ]);
  return { default: () => <detail.default historyTab={activities.ClientHistory} /> };
});
const ImportPage = lazy(() => import('../features/imports/components/import-page.tsx'));
const DuplicatesPage = lazy(() => import('../features/duplicates/components/duplicates-page.tsx'));
const ActivitiesPage = lazy(() => import('../features/activities/components/activities-page.tsx'));
const MyAgenda = lazy(() => import('../features/activities/components/my-agenda.tsx'));
const ClientBriefPage = lazy(() => import('../features/client-detail/components/client-brief-page.tsx'));
const ClientCreatePage = lazy(() =>
  import('../features/client-detail/components/client-form-page.tsx').then((m) => ({ default: m.ClientCreatePage })),
);
const ClientEditPage = lazy(() =>
  import('../features/client-detail/components/client-form-page.tsx').then((m) => ({ default: m.ClientEditPage })),
);
const BackgroundJobsPage = lazy(() => import('../features/background-jobs/components/background-jobs-page.tsx'));
const AutomationRulesPage = lazy(() => import('../features/automation/components/automation-rules-page.tsx'));
const NotificationsPage = lazy(() => import('../features/notifications/components/notifications-page.tsx'));
const DictionariesPage = lazy(() => import('../features/dictionaries/components/dictionaries-page.tsx'));
const AttributesPage = lazy(() => import('../features/attributes/components/attributes-page.tsx'));
// The client list and the saved-views selector are separate features; the app plugs one into the other.
const ClientsPage = lazy(async () => {
  const [list, views] = await Promise.all([
    import('../features/client-list/components/clients-page.tsx'),
    import('../features/saved-views/components/saved-views-bar.tsx'),
  ]);
  return { default: () => <list.default viewsBar={views.SavedViewsBar} /> };
});

// The calendar opens the activity form for a selected range or a clicked event; the app plugs the form in.
const CalendarPage = lazy(async () => {
  const [calendar, activities] = await Promise.all([
    import('../features/calendar/components/calendar-page.tsx'),
    import('../features/activities/components/activity-form-modal.tsx'),
  ]);
  return { default: () => <calendar.default activityForm={activities.ActivityFormModal} /> };
});

const CampaignsPage = lazy(() => import('../features/campaigns/components/campaigns-page.tsx'));
const CampaignWizardPage = lazy(() => import('../features/campaigns/components/wizard/campaign-wizard-page.tsx'));
const CampaignPage = lazy(() => import('../features/campaigns/components/campaign-page.tsx'));
const MyCampaignsPage = lazy(() => import('../features/campaigns/components/work/my-campaigns-page.tsx'));
const ReportsPage = lazy(() => import('../features/reports/components/reports-page.tsx'));
// Working a campaign logs calls with the activities feature's form and close dialogs; the app plugs them in.
const CampaignWorkPage = lazy(async () => {
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
      <Route element={<AppLayout />}>
        <Route index element={<HomePage agenda={MyAgenda} />} />
        <Route
          path="activities"
          element={
            <RequirePermission permission="activities.read">
              <ActivitiesPage />
            </RequirePermission>
          }
        />
        <Route
          path="activities/:id"
          element={
            <RequirePermission permission="activities.read">
              <ActivitiesPage />
            </RequirePermission>
          }
        />
        <Route
          path="clients"
          element={
            <RequirePermission permission="clients.read">
              <ClientsPage />
            </RequirePermission>
          }
        />
        <Route
          path="calendar"
          element={
            <RequirePermission permission="activities.read">
              <CalendarPage />
            </RequirePermission>
          }
        />
        <Route
          path="campaigns"
          element={
            <RequirePermission permission="campaigns.manage">
              <CampaignsPage />
            </RequirePermission>
          }
        />
        <Route
          path="campaigns/new"
          element={
            <RequirePermission permission="campaigns.manage">
              <CampaignWizardPage />
            </RequirePermission>
          }
        />
        <Route
          path="campaigns/:id"
          element={
            <RequirePermission permission="campaigns.manage">
              <CampaignPage />
            </RequirePermission>
          }
        />
        <Route
          path="my-campaigns"
          element={
            <RequirePermission permission="campaigns.work">
              <MyCampaignsPage />
            </RequirePermission>
          }
        />
        <Route
          path="my-campaigns/:id"
          element={
            <RequirePermission permission="campaigns.work">
              <CampaignWorkPage />
            </RequirePermission>
          }
        />
        <Route path="reports" element={<ReportsRoute />} />
        <Route
          path="admin/users"
          element={
            <RequirePermission permission="users.read">
              <UsersPage />
            </RequirePermission>
          }
        />
        <Route
          path="admin/profiles"
          element={
            <RequirePermission permission="profiles.manage">
              <ProfilesPage />
            </RequirePermission>
          }
        />
        <Route
          path="account/tokens"
          element={
            <RequirePermission permission="apiTokens.use">
              <ApiTokensPage />
            </RequirePermission>
          }
        />
        <Route
          path="clients/new"
          element={
            <RequirePermission permission="clients.write">
              <ClientCreatePage />
            </RequirePermission>
          }
        />
        <Route
          path="clients/:id"
          element={
            <RequirePermission permission="clients.read">
              <ClientDetailPage />
            </RequirePermission>
          }
        />
        <Route
          path="imports"
          element={
            <RequirePermission permission="clients.write">
              <ImportPage />
            </RequirePermission>
          }
        />
        <Route
          path="duplicates"
          element={
            <RequirePermission permission="clients.read">
              <DuplicatesPage />
            </RequirePermission>
          }
        />
        <Route
          path="clients/:id/edit"
          element={
            <RequirePermission permission="clients.write">
              <ClientEditPage />
            </RequirePermission>
          }
        />
        <Route
          path="admin/dictionaries"
          element={
            <RequirePermission permission="dictionaries.manage">
              <DictionariesPage />
            </RequirePermission>
          }
        />
        <Route
          path="admin/attributes"
          element={
            <RequirePermission permission="attributes.manage">
              <AttributesPage />
            </RequirePermission>
          }
        />
        <Route
          path="admin/jobs"
          element={
            <RequirePermission permission="jobs.manage">
              <BackgroundJobsPage />
            </RequirePermission>
          }
        />
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
