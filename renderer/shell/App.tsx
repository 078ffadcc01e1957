import { useCallback, useState } from 'react';
import { DataPage } from '../pages/data/DataPage.js';
import { ForecastPage } from '../pages/forecast/ForecastPage.js';
import { OverviewPage } from '../pages/overview/OverviewPage.js';
import { CustomersPage } from '../pages/customers/CustomersPage.js';
import { RiskPage } from '../pages/risk/RiskPage.js';
import { ServicePage } from '../pages/service/ServicePage.js';
import { SettingsPage } from '../pages/settings/SettingsPage.js';
import { TheftPage } from '../pages/theft/TheftPage.js';
import { QueryPage } from '../pages/query/QueryPage.js';
import { ReportsPage } from '../pages/reports/ReportsPage.js';
import { AdminPage } from '../pages/admin/AdminPage.js';
import { useSession } from '../state/session.js';
import { SignedInProvider } from '../state/signedIn.js';
import { ConnectionBanner } from './ConnectionBanner.js';
import { JobPanel } from './JobPanel.js';
import { NoWorkspace } from './NoWorkspace.js';
import { PassphraseDialog } from './PassphraseDialog.js';
import { SignInGate } from './SignInGate.js';
import { useRoute } from './route.js';
import { Sidebar } from './Sidebar.js';
import { TopBar } from './TopBar.js';

export function App() {
  const { page, section, detail } = useRoute();
  const { workspace } = useSession();
  const [jobsOpen, setJobsOpen] = useState(false);
  const closeJobs = useCallback(() => setJobsOpen(false), []);

  return (
    <SignedInProvider>
      <div className="app">
        <Sidebar active={page} />
        <div className="main-column">
          <TopBar jobPanelOpen={jobsOpen} onToggleJobs={() => setJobsOpen((open) => !open)} />
          <ConnectionBanner />
          <main className="content" id="main">
            <SignInGate>
              {page === 'settings' ? (
                <SettingsPage />
              ) : (page === 'overview' || page === 'forecast' || page === 'theft' || page === 'risk' || page === 'service' || page === 'customers' || page === 'query' || page === 'reports' || page === 'admin') && !workspace ? (
                <NoWorkspace />
              ) : page === 'data' ? (
                <DataPage section={section} detail={detail} />
              ) : page === 'forecast' ? (
                <ForecastPage section={section} detail={detail} />
              ) : page === 'theft' ? (
                <TheftPage section={section} detail={detail} />
              ) : page === 'risk' ? (
                <RiskPage section={section} detail={detail} />
              ) : page === 'service' ? (
                <ServicePage section={section} detail={detail} />
              ) : page === 'customers' ? (
                <CustomersPage section={section} detail={detail} />
              ) : page === 'query' ? (
                <QueryPage section={section} detail={detail} />
              ) : page === 'reports' ? (
                <ReportsPage section={section} detail={detail} />
              ) : page === 'admin' ? (
                <AdminPage section={section} detail={detail} />
              ) : (
                <OverviewPage />
              )}
            </SignInGate>
          </main>
        </div>
        <JobPanel open={jobsOpen} onClose={closeJobs} />
        <PassphraseDialog />
      </div>
    </SignedInProvider>
  );
}
