import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { fieldErrorsOf, setFieldProblems } from '../../api/fieldErrors';
import { useApiErrorMessage } from '../../api/useApiErrorMessage';
import { PasswordRules } from '../../auth/PasswordRules';
import { checkPassword, passwordOk } from '../../auth/roles';
import { useSession } from '../../auth/session';
import { useT } from '../../i18n';
import { PageTitle } from '../../components/PageTitle';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Changes my own password; my other sessions end, this one stays. */
export function PasswordPage() {
  const t = useT();
  const at = t.account;
  const session = useSession();
  const login = session.user?.login ?? '';
  const { message } = App.useApp();
  const messageOf = useApiErrorMessage();
  const [form] = Form.useForm<PasswordValues>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const [formError, setFormError] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: async (body: { currentPassword: string; newPassword: string }) => {
      const result = await api.POST('/api/v1/session/password', { body });
      if (!result.response.ok) unwrap(result);
    },
  });

  useEffect(() => {
    document.title = `${at.passwordTitle} · ${t.app.product}`;
  }, [t, at]);

  const onFinish = async (values: PasswordValues) => {
    setFormError(null);
    try {
      await change.mutateAsync({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      form.resetFields();
      message.success(at.passwordChanged);
    } catch (error) {
      const problems = fieldErrorsOf(error, (name) => name[0] === 'currentPassword' || name[0] === 'newPassword', {
        password: 'newPassword',
      });
      setFieldProblems(form, problems.fields);
      if (problems.fields.length === 0) setFormError(messageOf(error));
    }
  };

  return (
    <Card title={<PageTitle>{at.passwordTitle}</PageTitle>} style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary">{at.passwordIntro}</Typography.Paragraph>
      {formError ? (
        <Alert type="error" showIcon title={t.app.saveFailed} description={formError} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<PasswordValues> form={form} layout="vertical" onFinish={onFinish} data-testid="password-form">
        {/* A hidden login lets password managers file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={login} readOnly hidden />
        <Form.Item
          name="currentPassword"
          label={at.currentPassword}
          rules={[{ required: true, message: at.currentPasswordRequired }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={at.newPassword}
          extra={<PasswordRules password={newPassword} login={login} />}
          rules={[
            { required: true, message: at.newPasswordRequired },
            {
              validator: async (_, value: string | undefined) => {
                if (value && !passwordOk(checkPassword(value, login))) throw new Error(t.passwordRules.notMet);
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={at.confirmPassword}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: at.confirmRequired },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(at.confirmMismatch);
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>
          {at.submitPassword}
        </Button>
      </Form>
    </Card>
  );
}
