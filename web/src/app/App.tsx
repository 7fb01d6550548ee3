import { Route, Router } from '@solidjs/router';
import { QueryClient, QueryClientProvider } from '@tanstack/solid-query';
import { createEffect, lazy, on } from 'solid-js';
import { ApiError } from './api';
import { Layout } from './Layout';
import Home from './Home';
import { NOT_FOUND_PAGE, PUBLIC_PAGE } from './public-pages';
import { token } from './session';

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
const SurveysPage = lazy(() => import('../features/surveys/SurveysPage'));
const SurveyPage = lazy(() => import('../features/surveys/SurveyPage'));
const SurveyEditorPage = lazy(() => import('../features/surveys/SurveyEditorPage'));
const ConsultationsPage = lazy(() => import('../features/consultations/ConsultationsPage'));
const NewConsultationPage = lazy(() => import('../features/consultations/NewConsultationPage'));
const ConsultationPage = lazy(() => import('../features/consultations/ConsultationPage'));
const FaqPage = lazy(() => import('../features/consultations/FaqPage'));
const FaqEntryPage = lazy(() => import('../features/consultations/FaqEntryPage'));
const MeetingsPage = lazy(() => import('../features/meetings/MeetingsPage'));
const MeetingPage = lazy(() => import('../features/meetings/MeetingPage'));
const MeetingEditorPage = lazy(() => import('../features/meetings/MeetingEditorPage'));
const SearchPage = lazy(() => import('../features/search/SearchPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

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
 * Pages marked `info={PUBLIC_PAGE}` open without signing in (the plan's published results, the comparisons of
 * confirmed values, open data, the sign-in routes); every other route asks for sign-in (Layout.tsx reads the mark).
 * The overview is imported eagerly because most visits land on it; every other page is lazy, its own chunk, so
 * the JS a first visit loads stays small.
 */
export function App() {
  // Signing in (or out) changes what the API answers the same address with (a 作成中 year, review states): nothing
  // read before may be shown after. A renewed token changes nothing, so only the change of state counts.
  createEffect(on(() => token() !== null, () => void queryClient.resetQueries(), { defer: true }));
  return (
    <QueryClientProvider client={queryClient}>
      <Router root={Layout}>
        <Route path="/" component={Home} info={PUBLIC_PAGE} />
        <Route path="/tasks" component={TasksPage} />
        <Route path="/signin" component={SignInPage} info={PUBLIC_PAGE} />
        <Route path="/auth/callback" component={CallbackPage} info={PUBLIC_PAGE} />
        <Route path="/signed-out" component={SignedOutPage} info={PUBLIC_PAGE} />
        <Route path="/login" component={LoginPage} info={PUBLIC_PAGE} />
        <Route path="/report" component={InspectionReportPage} info={PUBLIC_PAGE} />
        <Route path="/summary" component={CouncilSummaryPage} info={PUBLIC_PAGE} />
        <Route path="/open-data" component={OpenDataPage} info={PUBLIC_PAGE} />
        <Route path="/api-docs" component={ApiDocsPage} info={PUBLIC_PAGE} />
        <Route path="/measures" component={MeasuresPage} info={PUBLIC_PAGE} />
        <Route path="/measures/:measureNo" component={MeasurePage} info={PUBLIC_PAGE} />
        <Route path="/admin/import" component={ImportPage} />
        <Route path="/shared-measures" component={SharedMeasuresPage} info={PUBLIC_PAGE} />
        <Route path="/shared-measures/review" component={ReviewPage} />
        <Route path="/shared-measures/reporting" component={ReportingRatesPage} />
        <Route path="/shared-measures/:measureId" component={ComparisonPage} info={PUBLIC_PAGE} />
        <Route path="/municipalities/:orgCode" component={MunicipalityPage} />
        <Route path="/admin/shared-measures" component={CatalogueAdminPage} />
        <Route path="/joint-projects" component={JointProjectsPage} />
        <Route path="/joint-projects/:projectId" component={JointProjectPage} />
        <Route path="/joint-projects/:projectId/reports/:periodId/:orgCode" component={ReportPage} />
        <Route path="/notices" component={NoticesPage} />
        <Route path="/admin/joint-projects/:projectId?" component={ProjectAdminPage} />
        <Route path="/admin/users" component={UsersPage} />
        <Route path="/surveys" component={SurveysPage} />
        <Route path="/surveys/:surveyId" component={SurveyPage} />
        <Route path="/admin/surveys/:surveyId?" component={SurveyEditorPage} />
        <Route path="/consultations" component={ConsultationsPage} />
        <Route path="/consultations/new" component={NewConsultationPage} />
        <Route path="/consultations/:consultationId" component={ConsultationPage} />
        <Route path="/faq" component={FaqPage} />
        <Route path="/faq/:entryId" component={FaqEntryPage} />
        <Route path="/meetings" component={MeetingsPage} />
        <Route path="/meetings/:meetingId" component={MeetingPage} info={PUBLIC_PAGE} />
        <Route path="/admin/meetings/:meetingId?" component={MeetingEditorPage} />
        <Route path="/search" component={SearchPage} />
        <Route path="*" component={NotFoundPage} info={NOT_FOUND_PAGE} />
      </Router>
    </QueryClientProvider>
  );
}
