import { useState } from 'react';
import { Alert, App, Button, Col, Form, Input, Modal, Row, Select, Switch, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { fieldErrorsOf, setFieldProblems, type FieldName } from '../../api/fieldErrors';
import { useApiErrorMessage } from '../../api/useApiErrorMessage';
import { PasswordRules } from '../../auth/PasswordRules';
import {
  allRoles,
  checkPassword,
  looksLikeUscc,
  normalizeGrant,
  passwordOk,
  type Role,
  type RoleGrant,
} from '../../auth/roles';
import { useLocale } from '../../i18n';
import { isCounty } from '../plan/planView';
import { usePlan } from '../plan/usePlan';
import { useSaveUser, type User } from './useUsers';

interface RoleRow {
  role: Role;
  regionCode?: string | null;
  enterpriseUscc?: string | null;
}

interface UserFormValues {
  login: string;
  displayName: string;
  password?: string;
  disabled: boolean;
  roles: RoleRow[];
}

const LOGIN = /^[A-Za-z0-9_.@-]{3,64}$/;
const roleFields = new Set(['role', 'regionCode', 'enterpriseUscc']);

/**
 * Creates a user (`user` null) or changes one: name, roles, disabled, a password reset. The API's messages name the
 * field they are about (`roles[0].regionCode: …`) and appear under it.
 */
export function UserFormModal({
  user,
  open,
  onClose,
  afterClose,
}: {
  user: User | null;
  open: boolean;
  onClose: () => void;
  afterClose: () => void;
}) {
  const { t, localize } = useLocale();
  const ut = t.users;
  const { message } = App.useApp();
  const messageOf = useApiErrorMessage();
  const plan = usePlan().data;
  const save = useSaveUser();
  const [form] = Form.useForm<UserFormValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const creating = user === null;
  const login = Form.useWatch('login', form) ?? user?.login ?? '';
  const password = Form.useWatch('password', form) ?? '';
  const roles = Form.useWatch('roles', form) ?? [];

  const countyOptions = (plan?.regions ?? [])
    .filter(isCounty)
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((r) => ({ value: r.code, label: `${localize(r.name)} ${r.code}` }));
  const roleOptions = allRoles.map((role) => ({ value: role, label: t.roles[role] }));

  const initialValues: UserFormValues = user
    ? {
        login: user.login,
        displayName: user.displayName,
        password: '',
        disabled: user.disabled,
        roles: user.roles.map((g) => ({ ...g })),
      }
    : {
        login: '',
        displayName: '',
        password: '',
        disabled: false,
        roles: [{ role: 'county', regionCode: null, enterpriseUscc: null }],
      };

  const isField = (name: FieldName) => {
    const [head, index, sub] = name;
    if (head === 'roles') {
      if (name.length === 1) return true;
      return typeof index === 'number' && index < roles.length && typeof sub === 'string' && roleFields.has(sub);
    }
    if (name.length !== 1) return false;
    return head === 'displayName' || head === 'password' || (creating && head === 'login');
  };

  const onFinish = async (values: UserFormValues) => {
    setGeneral([]);
    const grants: RoleGrant[] = values.roles.map(normalizeGrant);
    const newPassword = values.password ?? '';
    try {
      if (creating) {
        const created = await save.mutateAsync({
          kind: 'create',
          body: {
            login: values.login.trim(),
            displayName: values.displayName.trim(),
            password: newPassword,
            roles: grants,
          },
        });
        message.success(ut.created(created.login));
      } else {
        const body = {
          ...(values.displayName.trim() !== user.displayName ? { displayName: values.displayName.trim() } : {}),
          ...(values.disabled !== user.disabled ? { disabled: values.disabled } : {}),
          ...(JSON.stringify(grants) !== JSON.stringify(user.roles.map(normalizeGrant)) ? { roles: grants } : {}),
          ...(newPassword ? { password: newPassword } : {}),
        };
        if (Object.keys(body).length > 0) {
          const updated = await save.mutateAsync({ kind: 'update', id: user.id, body });
          message.success(ut.updated(updated.login));
        }
      }
      onClose();
    } catch (error) {
      const problems = fieldErrorsOf(error, isField);
      setFieldProblems(form, problems.fields);
      const rest = problems.general;
      setGeneral(rest.length > 0 ? rest : problems.fields.length > 0 ? [] : [messageOf(error)]);
    }
  };

  return (
    <Modal
      open={open}
      title={creating ? ut.createTitle : ut.editTitle(user.login)}
      onCancel={onClose}
      afterClose={afterClose}
      width={720}
      okText={t.app.save}
      cancelText={t.app.cancel}
      okButtonProps={{ htmlType: 'submit', form: 'user-form', loading: save.isPending }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {general.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t.app.saveFailed}
          description={general.join('; ')}
          style={{ marginBottom: 16 }}
          data-testid="user-form-error"
        />
      ) : null}
      <Form<UserFormValues>
        id="user-form"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onFinish}
        data-testid="user-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="login"
              label={ut.login}
              extra={creating ? ut.loginHelp : undefined}
              rules={
                creating
                  ? [
                      { required: true, message: ut.loginRequired },
                      { pattern: LOGIN, message: ut.loginInvalid },
                    ]
                  : []
              }
            >
              <Input disabled={!creating} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="displayName"
              label={ut.displayName}
              rules={[{ required: true, whitespace: true, message: ut.displayNameRequired }]}
            >
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="password"
          label={creating ? ut.password : ut.resetPassword}
          extra={
            <>
              {creating ? null : <div>{ut.resetPasswordHelp}</div>}
              <PasswordRules password={password} login={login} />
            </>
          }
          rules={[
            ...(creating ? [{ required: true, message: ut.passwordRequired }] : []),
            {
              validator: async (_: unknown, value: string | undefined) => {
                if (value && !passwordOk(checkPassword(value, login))) throw new Error(t.passwordRules.notMet);
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>

        <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
          {ut.roles}
        </Typography.Text>
        <Form.List
          name="roles"
          rules={[
            {
              validator: async (_, value: RoleRow[] | undefined) => {
                if (!value || value.length === 0) throw new Error(ut.rolesRequired);
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <div data-testid="roles-editor">
              {fields.map((field) => {
                const role = roles[field.name]?.role;
                return (
                  <Row key={field.key} gutter={8} align="top" data-testid={`role-row-${field.name}`}>
                    <Col xs={24} md={9}>
                      <Form.Item name={[field.name, 'role']} rules={[{ required: true }]}>
                        <Select options={roleOptions} aria-label={ut.role} data-testid="role-select" />
                      </Form.Item>
                    </Col>
                    <Col xs={21} md={13}>
                      {role === 'county' ? (
                        <Form.Item
                          name={[field.name, 'regionCode']}
                          rules={[{ required: true, message: ut.countyRequired }]}
                        >
                          <Select
                            options={countyOptions}
                            placeholder={ut.county}
                            aria-label={ut.county}
                            showSearch={{ optionFilterProp: 'label' }}
                            data-testid="county-select"
                          />
                        </Form.Item>
                      ) : role === 'enterprise' ? (
                        <Form.Item
                          name={[field.name, 'enterpriseUscc']}
                          rules={[
                            { required: true, message: ut.usccRequired },
                            {
                              validator: async (_, value: string | undefined) => {
                                if (value && !looksLikeUscc(value)) throw new Error(ut.usccInvalid);
                              },
                            },
                          ]}
                        >
                          <Input placeholder={ut.uscc} aria-label={ut.uscc} maxLength={18} autoComplete="off" />
                        </Form.Item>
                      ) : null}
                    </Col>
                    <Col xs={3} md={2}>
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={ut.removeRole}
                        title={ut.removeRole}
                        disabled={fields.length <= 1}
                        onClick={() => remove(field.name)}
                      />
                    </Col>
                  </Row>
                );
              })}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ role: 'county', regionCode: null, enterpriseUscc: null })}
              >
                {ut.addRole}
              </Button>
              <Form.ErrorList errors={errors} />
            </div>
          )}
        </Form.List>

        {creating ? null : (
          <Form.Item
            name="disabled"
            label={ut.disabledLabel}
            valuePropName="checked"
            extra={ut.disabledHelp}
            style={{ marginTop: 16 }}
          >
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
