import { Route, Router } from '@solidjs/router';
import { QueryClient, QueryClientProvider } from '@tanstack/solid-query';
import { lazy } from 'solid-js';
import { ApiError } from './api';
import { Layout } from './Layout';
import Home from './Home';

const LoginPage = lazy(() => import('./LoginPage'));
// The sign-in routes carry the OpenID client (oidc-client-ts): lazy, so a first visit's JS does not.
const SignInPage = lazy(() => import('./auth/SignInPage'));
const CallbackPage = lazy(() => import('./auth/CallbackPage'));
const SignedOutPage = lazy(() => import('./auth/SignedOutPage'));
const MeasuresPage = lazy(() => import('../features/plan/MeasuresPage'));
const MeasurePage = lazy(() => import('../features/plan/MeasurePage'));
const ImportPage = lazy(() => import('../features/plan/ImportPage'));
const SharedMeasuresPage = lazy(() => import('../features/shared-measures/SharedMeasuresPage'));
const ComparisonPage = lazy(() => import('../features/shared-measures/ComparisonPage'));
const MunicipalityPage = lazy(() => import('../features/shared-measures/MunicipalityPage'));
const CatalogueAdminPage = lazy(() => import('../features/shared-measures/CatalogueAdminPage'));
const ReviewPage = lazy(() => import('../features/shared-measures/ReviewPage'));
const ReportingRatesPage = lazy(() => import('../features/shared-measures/ReportingRatesPage'));
const TasksPage = lazy(() => import('../features/tasks/TasksPage'));
const JointProjectsPage = lazy(() => import('../features/joint-projects/JointProjectsPage'));
const JointProjectPage = lazy(() => import('../features/joint-projects/JointProjectPage'));
const ReportPage = lazy(() => import('../features/joint-projects/ReportPage'));
const NoticesPage = lazy(() => import('../features/notices/NoticesPage'));
const ProjectAdminPage = lazy(() => import('../features/joint-projects/ProjectAdminPage'));
const InspectionReportPage = lazy(() => import('../features/inspection-report/InspectionReportPage'));
const CouncilSummaryPage = lazy(() => import('../features/council-summary/CouncilSummaryPage'));
const OpenDataPage = lazy(() => import('../features/open-data/OpenDataPage'));
const ApiDocsPage = lazy(() => import('../features/open-data/ApiDocsPage'));
const UsersPage = lazy(() => import('../features/users/UsersPage'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not fix itself by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/**
 * The overview is imported eagerly because most visits land on it; every other page is lazy, its own chunk, so
 * the JS a first visit loads stays small.
 */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <Router root={Layout}>
        <Route path="/" component={Home} />
        <Route path="/tasks" component={TasksPage} />
        <Route path="/signin" component={SignInPage} />
        <Route path="/auth/callback" component={CallbackPage} />
        <Route path="/signed-out" component={SignedOutPage} />
        <Route path="/login" component={LoginPage} />
        <Route path="/report" component={InspectionReportPage} />
        <Route path="/summary" component={CouncilSummaryPage} />
        <Route path="/open-data" component={OpenDataPage} />
        <Route path="/api-docs" component={ApiDocsPage} />
        <Route path="/measures" component={MeasuresPage} />
        <Route path="/measures/:measureNo" component={MeasurePage} />
        <Route path="/admin/import" component={ImportPage} />
        <Route path="/shared-measures" component={SharedMeasuresPage} />
        <Route path="/shared-measures/review" component={ReviewPage} />
        <Route path="/shared-measures/reporting" component={ReportingRatesPage} />
        <Route path="/shared-measures/:measureId" component={ComparisonPage} />
        <Route path="/municipalities/:orgCode" component={MunicipalityPage} />
        <Route path="/admin/shared-measures" component={CatalogueAdminPage} />
        <Route path="/joint-projects" component={JointProjectsPage} />
        <Route path="/joint-projects/:projectId" component={JointProjectPage} />
        <Route path="/joint-projects/:projectId/reports/:periodId/:orgCode" component={ReportPage} />
        <Route path="/notices" component={NoticesPage} />
        <Route path="/admin/joint-projects/:projectId?" component={ProjectAdminPage} />
        <Route path="/admin/users" component={UsersPage} />
        <Route path="*" component={() => <p>ページが見つかりません。<a href="/">計画の概要へ</a></p>} />
      </Router>
    </QueryClientProvider>
  );
}
