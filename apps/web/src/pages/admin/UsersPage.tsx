import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ApiError, request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CreateUserDocument, CreateUserInput, CurrentUserFragment, Role, UserRowFragment, UsersDocument } from '../../graphql/generated';
import { t } from '../../messages';
import { useQuery } from '../../use-query';
import { fieldOfInput } from '../../view-model';
import { EditUserModal } from './EditUserModal';
import { RegionSelect, useScopeRegions } from './region-select';

const ROLES = Object.keys(t.enums.role) as Role[];
const FIELDS = ['username', 'displayName', 'role', 'scopeRegionId', 'password'] as const;
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A random one-time password of 14 characters (crypto.getRandomValues). */
function randomPassword(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(14));
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

/** Accounts in the user's scope, and a new account with a one-time password (changed at first sign-in). */
export function UsersPage({ user }: { user: CurrentUserFragment }) {
  const [role, setRole] = useState<Role | null>(null);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<UserRowFragment | null>(null);
  const [created, setCreated] = useState<{ name: string; password: string } | null>(null);
  const page = cursors.length - 1;
  const { data, error, loading, reload } = useQuery(UsersDocument, { role, first: 20, after: cursors[page] });
  const { byCode } = useScopeRegions();
  const m = t.admin.users;
  return (
    <>
      <Typography.Title level={4}>{m.title}</Typography.Title>
      <ErrorAlert error={error} />
      {created && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setCreated(null)}
          style={{ marginBottom: 16 }}
          message={m.created(created.name)}
          description={
            <span>
              {m.password}：
              <Typography.Text code copyable data-testid="one-time-password">
                {created.password}
              </Typography.Text>
            </span>
          }
        />
      )}
      <Card size="small">
        <Space style={{ marginBottom: 16 }}>
          <Select<Role | 'ALL'>
            style={{ width: 200 }}
            value={role ?? 'ALL'}
            options={[{ value: 'ALL', label: t.common.all }, ...ROLES.map((r) => ({ value: r, label: t.enums.role[r] }))]}
            onChange={(v) => {
              setRole(v === 'ALL' ? null : v);
              setCursors([null]);
            }}
          />
          {data && <span>{m.total(data.users.totalCount)}</span>}
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-user">
            {m.add}
          </Button>
        </Space>
        <Table<UserRowFragment>
          size="small"
          rowKey="id"
          loading={loading}
          pagination={false}
          dataSource={data?.users.edges.map((e) => e.node) ?? []}
          data-testid="users"
          columns={[
            { title: m.username, dataIndex: 'username' },
            { title: m.displayName, dataIndex: 'displayName' },
            { title: m.role, render: (_, u) => t.enums.role[u.role] },
            { title: m.region, render: (_, u) => byCode.get(u.regionCode)?.name ?? u.regionCode },
            {
              title: m.active,
              render: (_, u) => (
                <Space>
                  <Tag color={u.active ? 'green' : 'default'}>{u.active ? m.enabled : m.disabled}</Tag>
                  {u.mustChangePassword && <Tag color="orange">{m.mustChange}</Tag>}
                </Space>
              ),
            },
            {
              title: '',
              render: (_, u) => (
                <Button size="small" type="link" onClick={() => setEditing(u)} data-testid={`edit-user-${u.username}`}>
                  {m.edit}
                </Button>
              ),
            },
          ]}
        />
        <Space style={{ marginTop: 16 }}>
          <Button disabled={page === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t.common.previous}
          </Button>
          <Button disabled={!data?.users.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, data!.users.pageInfo.endCursor])}>
            {t.common.next}
          </Button>
        </Space>
      </Card>
      {editing && (
        <EditUserModal
          account={editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) reload();
          }}
        />
      )}
      {adding && (
        <AddUser
          user={user}
          onClose={() => setAdding(false)}
          onCreated={(name, password) => {
            setAdding(false);
            setCreated({ name, password });
            reload();
          }}
        />
      )}
    </>
  );
}

function AddUser({ onClose, onCreated }: { user: CurrentUserFragment; onClose: () => void; onCreated: (name: string, password: string) => void }) {
  const [form] = Form.useForm<CreateUserInput>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const m = t.admin.users;
  const submit = async (input: CreateUserInput) => {
    setBusy(true);
    setError(null);
    try {
      const { createUser } = await request(CreateUserDocument, { input: { ...input, oneTimePassword: true } });
      onCreated(createUser.username, input.password);
    } catch (e) {
      const field = e instanceof ApiError ? fieldOfInput(e.field) : null;
      if (field && (FIELDS as readonly string[]).includes(field)) form.setFields([{ name: field as (typeof FIELDS)[number], errors: [(e as Error).message] }]);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };
  const required = [{ required: true, whitespace: true, message: m.required }];
  return (
    <Modal open title={m.addTitle} okText={t.common.save} cancelText={t.common.cancel} confirmLoading={busy} onOk={() => form.submit()} onCancel={onClose}>
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ password: randomPassword() }}>
        <Form.Item name="username" label={m.username} rules={required}>
          <Input id="new-username" autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={m.displayName} rules={required}>
          <Input id="new-display-name" />
        </Form.Item>
        <Form.Item name="role" label={m.role} rules={[{ required: true, message: m.required }]}>
          <Select id="new-role" options={ROLES.map((r) => ({ value: r, label: t.enums.role[r] }))} />
        </Form.Item>
        <Form.Item name="scopeRegionId" label={m.region} rules={[{ required: true, message: m.required }]}>
          <RegionSelect id="new-scope" />
        </Form.Item>
        <Form.Item label={m.password} extra={m.passwordHint} required>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="password" noStyle rules={required}>
              <Input id="new-password" autoComplete="new-password" />
            </Form.Item>
            <Button onClick={() => form.setFieldsValue({ password: randomPassword() })}>{m.generate}</Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </Modal>
  );
}
