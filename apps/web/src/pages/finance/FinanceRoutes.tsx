import { AccountBookOutlined, DownloadOutlined, LineChartOutlined } from '@ant-design/icons';
import { Navigate, Route, Routes } from 'react-router-dom';
import { t } from '../../messages';
import { BudgetPage } from './BudgetPage';
import { PayrollRunPage } from './PayrollRunPage';
import { PayrollRunsPage } from './PayrollRunsPage';
import { ReportsPage } from './ReportsPage';

/** Finance's menu items (ConsoleLayout shows them to FINANCE_ROLES). */
export const financeMenu = [
  { key: '/finance/runs', icon: <AccountBookOutlined />, label: t.finance.nav.runs },
  { key: '/finance/reports', icon: <DownloadOutlined />, label: t.finance.nav.reports },
  { key: '/finance/budget', icon: <LineChartOutlined />, label: t.finance.nav.budget },
];

/** Finance's pages under /finance. */
export function FinanceRoutes() {
  return (
    <Routes>
      <Route path="runs" element={<PayrollRunsPage />} />
      <Route path="runs/:id" element={<PayrollRunPage />} />
      <Route path="reports" element={<ReportsPage />} />
      <Route path="budget" element={<BudgetPage />} />
      <Route path="*" element={<Navigate to="runs" replace />} />
    </Routes>
  );
}
