import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { describeError, request, Session, session } from '../api';
import { ChangePasswordDocument, LoginDocument } from '../graphql/generated';
import { t } from '../messages';

export function LoginPage({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as { from?: string; expired?: boolean };
  const [error, setError] = useState<string | null>(state.expired ? t.common.sessionExpired : null);
  const [busy, setBusy] = useState(false);
  // A one-time password signs in only to change it: that token is kept here, not in the session.
  const [oneTime, setOneTime] = useState<{ token: string; password: string } | null>(null);

  const signedIn = (result: Session) => {
    session.set(result);
    onSignedIn(result);
    navigate(state.from && state.from !== '/login' ? state.from : '/', { replace: true });
  };
  const attempt = async (run: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  const submit = (values: { username: string; password: string }) =>
    attempt(async () => {
      const { login } = await request(LoginDocument, values);
      if (login.user.mustChangePassword) return setOneTime({ token: login.token, password: values.password });
      signedIn(login);
    });
  const change = (values: { newPassword: string }) =>
    attempt(async () => {
      const { changePassword } = await request(
        ChangePasswordDocument,
        { input: { currentPassword: oneTime!.password, newPassword: values.newPassword } },
        oneTime!,
      );
      signedIn(changePassword);
    });

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(#c7000b 0 220px, #f0f2f5 220px)',
      }}
    >
      <Card style={{ width: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
          {t.app.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          {t.app.subtitle}
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        {oneTime ? (
          <Form layout="vertical" onFinish={change} requiredMark={false} key="change">
            <Alert type="info" showIcon message={t.login.mustChangePassword} style={{ marginBottom: 16 }} />
            <Form.Item
              name="newPassword"
              label={t.login.newPassword}
              extra={t.login.newPasswordHint}
              rules={[{ required: true, message: t.login.passwordRequired }]}
            >
              <Input.Password autoComplete="new-password" id="new-password" />
            </Form.Item>
            <Form.Item
              name="confirm"
              label={t.login.confirmPassword}
              dependencies={['newPassword']}
              rules={[
                { required: true, message: t.login.passwordRequired },
                ({ getFieldValue }) => ({
                  validator: (_, value) => (value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t.login.passwordsDiffer))),
                }),
              ]}
            >
              <Input.Password autoComplete="new-password" id="confirm-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t.login.changePassword}
            </Button>
          </Form>
        ) : (
          <Form layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item name="username" label={t.login.username} rules={[{ required: true, message: t.login.usernameRequired }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" id="username" />
            </Form.Item>
            <Form.Item name="password" label={t.login.password} rules={[{ required: true, message: t.login.passwordRequired }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" id="password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              {t.login.submit}
            </Button>
          </Form>
        )}
      </Card>
    </div>
  );
}
