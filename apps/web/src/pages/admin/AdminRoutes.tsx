import { ApartmentOutlined, DollarOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { CurrentUserFragment, Role } from '../../graphql/generated';
import { t } from '../../messages';
import { USER_ADMIN_ROLES } from '../../roles';
import { MinimumWagesPage } from './MinimumWagesPage';
import { PoliciesPage } from './PoliciesPage';
import { RegionsPage } from './RegionsPage';
import { UsersPage } from './UsersPage';

/** The administrators' menu items (ConsoleLayout shows them to ADMIN_ROLES). */
export const adminMenu = (role: Role) => [
  ...(USER_ADMIN_ROLES.includes(role) ? [{ key: '/admin/users', icon: <UserOutlined />, label: t.admin.nav.users }] : []),
  { key: '/admin/regions', icon: <ApartmentOutlined />, label: t.admin.nav.regions },
  { key: '/admin/policies', icon: <SettingOutlined />, label: t.admin.nav.policies },
  { key: '/admin/minimum-wages', icon: <DollarOutlined />, label: t.admin.nav.minimumWages },
];

/** City and SYSADMIN pages under /admin. */
export function AdminRoutes({ user }: { user: CurrentUserFragment }) {
  return (
    <Routes>
      {USER_ADMIN_ROLES.includes(user.role) && <Route path="users" element={<UsersPage user={user} />} />}
      <Route path="regions" element={<RegionsPage />} />
      <Route path="policies" element={<PoliciesPage />} />
      <Route path="minimum-wages" element={<MinimumWagesPage user={user} />} />
      <Route path="*" element={<Navigate to="regions" replace />} />
    </Routes>
  );
}
