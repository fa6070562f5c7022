import { useState } from 'react';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { ApiError, request } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Role, UpdateUserDocument, UpdateUserInput, UserRowFragment } from '../../graphql/generated';
import { t } from '../../messages';
import { fieldOfInput } from '../../view-model';

const ROLES = Object.keys(t.enums.role) as Role[];
interface Values {
  displayName: string;
  role: Role;
  active: boolean;
}

/** updateUser: name, role and the active flag (false disables the account), with the version loaded. */
export function EditUserModal({ account, onClose }: { account: UserRowFragment; onClose: (saved: boolean) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const m = t.admin.users;
  const submit = async (v: Values) => {
    const input: UpdateUserInput = { id: account.id, version: account.version };
    if (v.displayName.trim() !== account.displayName) input.displayName = v.displayName.trim();
    if (v.role !== account.role) input.role = v.role;
    if (v.active !== account.active) input.active = v.active;
    setBusy(true);
    setError(null);
    try {
      await request(UpdateUserDocument, { input });
      message.success(m.saved);
      onClose(true);
    } catch (e) {
      const field = e instanceof ApiError ? fieldOfInput(e.field) : null;
      if (field === 'displayName' || field === 'role' || field === 'active') form.setFields([{ name: field, errors: [(e as Error).message] }]);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={m.editTitle(account.username)}
      okText={t.common.save}
      cancelText={t.common.cancel}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      okButtonProps={{ id: 'save-user' }}
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ displayName: account.displayName, role: account.role, active: account.active }}>
        <Form.Item name="displayName" label={m.displayName} rules={[{ required: true, whitespace: true, message: m.required }]}>
          <Input id="edit-display-name" />
        </Form.Item>
        <Form.Item name="role" label={m.role}>
          <Select id="edit-role" options={ROLES.map((r) => ({ value: r, label: t.enums.role[r] }))} />
        </Form.Item>
        <Form.Item name="active" label={m.accountEnabled} valuePropName="checked">
          <Switch id="edit-active" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
