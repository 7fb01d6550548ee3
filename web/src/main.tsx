import { Route, Router } from '@solidjs/router';
import { QueryClient, QueryClientProvider } from '@tanstack/solid-query';
import { lazy } from 'solid-js';
import { render } from 'solid-js/web';
import { ApiError } from './api';
import { Layout } from './components/Layout';
import OverviewPage from './pages/OverviewPage';
import '@digital-go-jp/design-tokens/dist/tokens.css';
import './styles.css';

const LoginPage = lazy(() => import('./pages/LoginPage'));
const MeasuresPage = lazy(() => import('./pages/MeasuresPage'));
const MeasurePage = lazy(() => import('./pages/MeasurePage'));
const ImportPage = lazy(() => import('./pages/ImportPage'));
const SharedMeasuresPage = lazy(() => import('./pages/SharedMeasuresPage'));
const ComparisonPage = lazy(() => import('./pages/ComparisonPage'));
const MunicipalityPage = lazy(() => import('./pages/MunicipalityPage'));
const CatalogueAdminPage = lazy(() => import('./pages/CatalogueAdminPage'));
const JointProjectsPage = lazy(() => import('./pages/JointProjectsPage'));
const JointProjectPage = lazy(() => import('./pages/JointProjectPage'));
const ReportPage = lazy(() => import('./pages/ReportPage'));
const NoticesPage = lazy(() => import('./pages/NoticesPage'));
const ProjectAdminPage = lazy(() => import('./pages/ProjectAdminPage'));
const InspectionReportPage = lazy(() => import('./pages/InspectionReportPage'));
const CouncilSummaryPage = lazy(() => import('./pages/CouncilSummaryPage'));
const OpenDataPage = lazy(() => import('./pages/OpenDataPage'));
const ApiDocsPage = lazy(() => import('./pages/ApiDocsPage'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx will not fix itself by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

render(
  () => (
    <QueryClientProvider client={queryClient}>
      <Router root={Layout}>
        <Route path="/" component={OverviewPage} />
        <Route path="/login" component={LoginPage} />
        <Route path="/report" component={InspectionReportPage} />
        <Route path="/summary" component={CouncilSummaryPage} />
        <Route path="/open-data" component={OpenDataPage} />
        <Route path="/api-docs" component={ApiDocsPage} />
        <Route path="/measures" component={MeasuresPage} />
        <Route path="/measures/:measureNo" component={MeasurePage} />
        <Route path="/admin/import" component={ImportPage} />
        <Route path="/shared-measures" component={SharedMeasuresPage} />
        <Route path="/shared-measures/:measureId" component={ComparisonPage} />
        <Route path="/municipalities/:orgCode" component={MunicipalityPage} />
        <Route path="/admin/shared-measures" component={CatalogueAdminPage} />
        <Route path="/joint-projects" component={JointProjectsPage} />
        <Route path="/joint-projects/:projectId" component={JointProjectPage} />
        <Route path="/joint-projects/:projectId/reports/:periodId/:orgCode" component={ReportPage} />
        <Route path="/notices" component={NoticesPage} />
        <Route path="/admin/joint-projects/:projectId?" component={ProjectAdminPage} />
        <Route path="*" component={() => <p>ページが見つかりません。<a href="/">計画の概要へ</a></p>} />
      </Router>
    </QueryClientProvider>
  ),
  document.getElementById('root')!,
);
