import type { ReactNode } from 'react';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { AlertOutlined, AuditOutlined, BookOutlined, HomeOutlined, LogoutOutlined, SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import type { CurrentUserFragment } from '../graphql/generated';
import { t } from '../messages';
import { REGISTER_ROLES } from '../roles';

export function ConsoleLayout({ user, onSignOut, children }: { user: CurrentUserFragment; onSignOut: () => void; children: ReactNode }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = [
    { key: '/', icon: <HomeOutlined />, label: t.nav.home },
    ...(REGISTER_ROLES.includes(user.role) ? [{ key: '/workers', icon: <TeamOutlined />, label: t.nav.workers }] : []),
    ...(user.role === 'COUNTY_PLC'
      ? [
          { key: '/recruiting', icon: <SolutionOutlined />, label: t.county.nav.recruiting },
          { key: '/flags', icon: <AlertOutlined />, label: t.county.nav.flags },
          { key: '/assessment', icon: <AuditOutlined />, label: t.county.nav.assessment },
          { key: '/training', icon: <BookOutlined />, label: t.county.nav.training },
        ]
      : []),
  ];
  // The menu item whose path the page is under.
  const selected = items.find((i) => i.key !== '/' && pathname.startsWith(i.key))?.key ?? '/';
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
