import type { ReactNode } from 'react';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import {
  AccountBookOutlined,
  AlertOutlined,
  AuditOutlined,
  BookOutlined,
  CloudUploadOutlined,
  ExportOutlined,
  HomeOutlined,
  LogoutOutlined,
  ProfileOutlined,
  ReadOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { adminMenu } from '../pages/admin/AdminRoutes';
import { financeMenu } from '../pages/finance/FinanceRoutes';
import { EXIT_ROLES } from '../pages/exit/access';
import { useLocation, useNavigate } from 'react-router-dom';
import type { CurrentUserFragment } from '../graphql/generated';
import { t } from '../messages';
import { ADMIN_ROLES, FINANCE_ROLES, REGISTER_ROLES } from '../roles';
import { IMPORT_ROLES, TOWNSHIP_ROLES } from '../pages/township/access';

export function ConsoleLayout({ user, onSignOut, children }: { user: CurrentUserFragment; onSignOut: () => void; children: ReactNode }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = [
    { key: '/', icon: <HomeOutlined />, label: t.nav.home },
    ...(REGISTER_ROLES.includes(user.role) ? [{ key: '/workers', icon: <TeamOutlined />, label: t.nav.workers }] : []),
    ...(IMPORT_ROLES.includes(user.role) ? [{ key: '/township/import', icon: <CloudUploadOutlined />, label: t.township.nav.import }] : []),
    ...(TOWNSHIP_ROLES.includes(user.role) ? [{ key: '/township/training', icon: <ReadOutlined />, label: t.township.nav.training }] : []),
    ...(TOWNSHIP_ROLES.includes(user.role) ? [{ key: '/township/payroll', icon: <AccountBookOutlined />, label: t.township.nav.payroll }] : []),
    ...(TOWNSHIP_ROLES.includes(user.role) ? [{ key: '/township/roster', icon: <ProfileOutlined />, label: t.township.nav.roster }] : []),
    ...(user.role === 'COUNTY_PLC'
      ? [
          { key: '/recruiting', icon: <SolutionOutlined />, label: t.county.nav.recruiting },
          { key: '/flags', icon: <AlertOutlined />, label: t.county.nav.flags },
          { key: '/assessment', icon: <AuditOutlined />, label: t.county.nav.assessment },
          { key: '/training', icon: <BookOutlined />, label: t.county.nav.training },
        ]
      : []),
    ...(EXIT_ROLES.includes(user.role) ? [{ key: '/exits', icon: <ExportOutlined />, label: t.exit.nav }] : []),
    ...(FINANCE_ROLES.includes(user.role) ? financeMenu : []),
    ...(ADMIN_ROLES.includes(user.role) ? adminMenu(user.role) : []),
  ];
  // The longest menu path the address starts with, else home.
  const selected =
    items
      .map((i) => i.key)
      .filter((key) => key !== '/' && pathname.startsWith(key))
      .sort((a, b) => b.length - a.length)[0] ?? '/';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#c7000b' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          {t.app.title}
        </Typography.Title>
        <Space>
          <Tag color="gold">{t.enums.role[user.role]}</Tag>
          <span style={{ color: '#fff' }} data-testid="current-user">
            {user.displayName}
          </span>
          <Button icon={<LogoutOutlined />} onClick={onSignOut}>
            {t.nav.logout}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light">
          <Menu mode="inline" selectedKeys={[selected]} items={items} onClick={({ key }) => navigate(key)} style={{ height: '100%' }} />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
