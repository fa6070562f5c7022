import { useEffect, useState } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { Spin } from 'antd';
import { request, Session, session, whenSignedOut } from './api';
import { TodayDocument } from './graphql/generated';
import { setApiToday } from './today';
import { ConsoleLayout } from './components/ConsoleLayout';
import { CampaignPage } from './pages/county/CampaignPage';
import { CampaignsPage } from './pages/county/CampaignsPage';
import { CyclePage } from './pages/county/CyclePage';
import { CyclesPage } from './pages/county/CyclesPage';
import { FlagsPage } from './pages/county/FlagsPage';
import { TrainingPage as TrainingPlanPage } from './pages/county/TrainingPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { WorkerPage } from './pages/WorkerPage';
import { WorkersPage } from './pages/WorkersPage';
import { AdminRoutes } from './pages/admin/AdminRoutes';
import { FinanceRoutes } from './pages/finance/FinanceRoutes';
import { EXIT_ROLES } from './pages/exit/access';
import { ExitCasePage } from './pages/exit/ExitCasePage';
import { ExitCasesPage } from './pages/exit/ExitCasesPage';
import { ADMIN_ROLES, FINANCE_ROLES, REGISTER_ROLES } from './roles';
import { IMPORT_ROLES, TOWNSHIP_ROLES } from './pages/township/access';
import { ImportWorkersPage } from './pages/township/ImportWorkersPage';
import { PayrollPage } from './pages/township/PayrollPage';
import { RosterPage } from './pages/township/RosterPage';
import { TrainingPage } from './pages/township/TrainingPage';
import { TrainingSessionPage } from './pages/township/TrainingSessionPage';

export function App() {
  const [current, setCurrent] = useState<Session | null>(() => session.get());
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    whenSignedOut(() => {
      setCurrent(null);
      navigate('/login', { state: { from: location.pathname, expired: true } });
    });
  }, [navigate, location.pathname]);
  // The api's today before any page picks a default month, year or date (today.ts).
  const [todayKnown, setTodayKnown] = useState(false);
  useEffect(() => {
    if (!current) return;
    request(TodayDocument, {}).then(
      ({ today }) => {
        setApiToday(today);
        setTodayKnown(true);
      },
      () => setTodayKnown(true),
    );
  }, [current]);

  if (!current) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage onSignedIn={setCurrent} />} />
        <Route path="*" element={<Navigate to="/login" replace state={{ from: location.pathname }} />} />
      </Routes>
    );
  }
  const signOut = () => {
    session.clear();
    setCurrent(null);
    navigate('/login');
  };
  if (!todayKnown) return <Spin style={{ display: 'block', marginTop: 120 }} />;
  return (
    <ConsoleLayout user={current.user} onSignOut={signOut}>
      <Routes>
        <Route path="/" element={<HomePage user={current.user} />} />
        {REGISTER_ROLES.includes(current.user.role) && <Route path="/workers" element={<WorkersPage user={current.user} />} />}
        {REGISTER_ROLES.includes(current.user.role) && <Route path="/workers/:id" element={<WorkerPage user={current.user} />} />}
        {current.user.role === 'COUNTY_PLC' && <Route path="/recruiting" element={<CampaignsPage />} />}
        {current.user.role === 'COUNTY_PLC' && <Route path="/recruiting/:id" element={<CampaignPage />} />}
        {current.user.role === 'COUNTY_PLC' && <Route path="/flags" element={<FlagsPage />} />}
        {FINANCE_ROLES.includes(current.user.role) && <Route path="/finance/*" element={<FinanceRoutes />} />}
        {ADMIN_ROLES.includes(current.user.role) && <Route path="/admin/*" element={<AdminRoutes user={current.user} />} />}
        {IMPORT_ROLES.includes(current.user.role) && <Route path="/township/import" element={<ImportWorkersPage />} />}
        {TOWNSHIP_ROLES.includes(current.user.role) && <Route path="/township/training" element={<TrainingPage user={current.user} />} />}
        {TOWNSHIP_ROLES.includes(current.user.role) && <Route path="/township/training/:id" element={<TrainingSessionPage />} />}
        {TOWNSHIP_ROLES.includes(current.user.role) && <Route path="/township/payroll" element={<PayrollPage user={current.user} />} />}
        {TOWNSHIP_ROLES.includes(current.user.role) && <Route path="/township/roster" element={<RosterPage user={current.user} />} />}
        {EXIT_ROLES.includes(current.user.role) && <Route path="/exits" element={<ExitCasesPage />} />}
        {EXIT_ROLES.includes(current.user.role) && <Route path="/exits/:id" element={<ExitCasePage user={current.user} />} />}
        {current.user.role === 'COUNTY_PLC' && <Route path="/assessment" element={<CyclesPage />} />}
        {current.user.role === 'COUNTY_PLC' && <Route path="/assessment/:id" element={<CyclePage />} />}
        {current.user.role === 'COUNTY_PLC' && <Route path="/training" element={<TrainingPlanPage user={current.user} />} />}
        <Route path="/login" element={<Navigate to="/" replace />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </ConsoleLayout>
  );
}
