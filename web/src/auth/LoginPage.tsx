import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography, type InputRef } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation } from 'react-router';
import { useApiErrorMessage } from '../api/useApiErrorMessage';
import { useT } from '../i18n';
import type { LoginState } from './RequireAccess';
import { useSession } from './session';

interface LoginValues {
  login: string;
  password: string;
}

/** Only a path of this app: never another site, never the login page itself. */
function returnPath(from: unknown): string {
  if (typeof from !== 'string' || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/login')) {
    return '/';
  }
  return from;
}

/** The login form. On success it returns to the page the person came from. */
export function LoginPage() {
  const t = useT();
  const session = useSession();
  const location = useLocation();
  const messageOf = useApiErrorMessage();
  const [form] = Form.useForm<LoginValues>();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const passwordRef = useRef<InputRef>(null);
  const state = (location.state ?? {}) as LoginState;
  const from = returnPath(state.from);

  useEffect(() => {
    document.title = `${t.login.pageTitle} · ${t.app.product}`;
  }, [t]);

  if (session.user) return <Navigate to={from} replace />;

  const onFinish = async (values: LoginValues) => {
    setSubmitting(true);
    setError(null);
    try {
      await session.login(values.login.trim(), values.password);
    } catch (e) {
      setError(e);
      form.setFieldValue('password', '');
      passwordRef.current?.focus();
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingBlock: 48 }}>
      <Card style={{ width: '100%', maxWidth: 420 }} data-testid="login-page">
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0, marginBottom: 4 }}>
          {t.login.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t.app.tagline}</Typography.Paragraph>
        {error ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t.login.failed}
            description={messageOf(error)}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        ) : state.reason === 'ended' ? (
          <Alert
            type="warning"
            showIcon
            title={t.login.sessionEnded}
            description={t.login.sessionEndedBody}
            style={{ marginBottom: 16 }}
            data-testid="session-ended"
          />
        ) : state.reason === 'required' ? (
          <Alert
            type="info"
            showIcon
            title={t.login.required}
            description={t.login.requiredBody}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Form<LoginValues> form={form} layout="vertical" requiredMark={false} onFinish={onFinish}>
          <Form.Item name="login" label={t.login.login} rules={[{ required: true, message: t.login.loginRequired }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t.login.password}
            rules={[{ required: true, message: t.login.passwordRequired }]}
          >
            <Input.Password ref={passwordRef} prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
            {t.login.submit}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
          {t.login.help}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
