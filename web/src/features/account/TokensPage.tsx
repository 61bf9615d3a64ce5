import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Row,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, unwrap, type Schemas } from '../../api/client';
import { fieldErrorsOf, setFieldProblems } from '../../api/fieldErrors';
import { useApiErrorMessage } from '../../api/useApiErrorMessage';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useT } from '../../i18n';
import { PageTitle } from '../../components/PageTitle';

type ApiToken = Schemas['ApiToken'];
type NewApiToken = Schemas['NewApiToken'];

interface TokenValues {
  name: string;
  expiresInDays?: number | null;
}

/** My API tokens: list, create (the secret shown once), revoke. */
export function TokensPage() {
  const t = useT();
  const at = t.account;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const messageOf = useApiErrorMessage();
  const [form] = Form.useForm<TokenValues>();
  const [created, setCreated] = useState<NewApiToken | null>(null);
  const [createError, setCreateError] = useState<string | null>(null);

  const tokens = useQuery({
    queryKey: ['tokens'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/tokens', { signal })),
  });
  const create = useMutation({
    mutationFn: async (body: Schemas['CreateTokenBody']) => unwrap(await api.POST('/api/v1/tokens', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });
  const revoke = useMutation({
    mutationFn: async (id: number) => {
      const result = await api.DELETE('/api/v1/tokens/{id}', { params: { path: { id } } });
      if (!result.response.ok) unwrap(result);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tokens'] }),
  });

  useEffect(() => {
    document.title = `${at.tokensTitle} · ${t.app.product}`;
  }, [t, at]);

  const onCreate = async (values: TokenValues) => {
    setCreateError(null);
    try {
      const token = await create.mutateAsync({
        name: values.name.trim(),
        ...(values.expiresInDays ? { expiresInDays: values.expiresInDays } : {}),
      });
      setCreated(token);
      form.resetFields();
    } catch (error) {
      const problems = fieldErrorsOf(error, (name) => name[0] === 'name' || name[0] === 'expiresInDays');
      setFieldProblems(form, problems.fields);
      if (problems.fields.length === 0) setCreateError(messageOf(error));
    }
  };

  const onRevoke = async (token: ApiToken) => {
    try {
      await revoke.mutateAsync(token.id);
      message.success(at.revoked);
    } catch (error) {
      message.error(messageOf(error));
    }
  };

  const status = (token: ApiToken) => {
    if (token.revokedAt) return <Tag>{at.statusRevoked}</Tag>;
    const expired = token.expiresAt !== null && dayjs(token.expiresAt).isBefore(dayjs());
    if (expired) return <Tag color="orange">{at.statusExpired}</Tag>;
    return <Tag color="green">{at.statusActive}</Tag>;
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
      <Card title={<PageTitle>{at.tokensTitle}</PageTitle>}>
        <Typography.Paragraph type="secondary">{at.tokensIntro}</Typography.Paragraph>
        {tokens.isError ? (
          <QueryError error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : (
          <Table<ApiToken>
            rowKey="id"
            size="middle"
            loading={tokens.isPending}
            dataSource={tokens.data?.items ?? []}
            pagination={false}
            scroll={{ x: 860 }}
            locale={{ emptyText: at.empty }}
            data-testid="tokens-table"
            columns={[
              { key: 'name', title: at.name, render: (_, token) => token.name },
              {
                key: 'prefix',
                title: at.prefix,
                width: 140,
                render: (_, token) => <Typography.Text code>{token.prefix}…</Typography.Text>,
              },
              {
                key: 'created',
                title: at.createdAt,
                width: 150,
                render: (_, token) => formatDateTime(token.createdAt),
              },
              {
                key: 'expires',
                title: at.expiresAt,
                width: 150,
                render: (_, token) => (token.expiresAt ? formatDateTime(token.expiresAt) : at.never),
              },
              {
                key: 'used',
                title: at.lastUsedAt,
                width: 150,
                render: (_, token) => (token.lastUsedAt ? formatDateTime(token.lastUsedAt) : at.notUsed),
              },
              { key: 'status', title: at.status, width: 90, render: (_, token) => status(token) },
              {
                key: 'revoke',
                width: 90,
                render: (_, token) =>
                  token.revokedAt ? null : (
                    <Popconfirm
                      title={at.revokeTitle(token.name)}
                      description={at.revokeBody}
                      okText={at.revoke}
                      okButtonProps={{ danger: true }}
                      cancelText={t.app.cancel}
                      onConfirm={() => onRevoke(token)}
                    >
                      <Button size="small" danger>
                        {at.revoke}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        )}
      </Card>

      <Card title={<h2 className="section-title">{at.createTitle}</h2>}>
        {createError ? (
          <Alert
            type="error"
            showIcon
            title={t.app.saveFailed}
            description={createError}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Form<TokenValues> form={form} layout="vertical" onFinish={onCreate} initialValues={{ expiresInDays: 90 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="name"
                label={at.nameLabel}
                rules={[{ required: true, whitespace: true, message: at.nameRequired }]}
              >
                <Input maxLength={100} placeholder={at.namePlaceholder} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="expiresInDays" label={at.expiresInDays} extra={at.expiresHelp}>
                <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={create.isPending}>
            {at.create}
          </Button>
        </Form>
      </Card>

      <Modal
        open={created !== null}
        title={at.secretTitle}
        closable={false}
        mask={{ closable: false }}
        // The secret leaves the page when the dialog closes, not only the screen.
        destroyOnHidden
        footer={
          <Button type="primary" onClick={() => setCreated(null)}>
            {at.secretDone}
          </Button>
        }
      >
        {created ? (
          <div data-testid="token-secret">
            <Alert type="warning" showIcon title={at.secretWarning} style={{ marginBottom: 16 }} />
            <Typography.Text strong>{at.secretLabel(created.name)}</Typography.Text>
            <Typography.Paragraph
              copyable={{ text: created.token }}
              code
              style={{ marginTop: 8, wordBreak: 'break-all', fontSize: 15 }}
            >
              {created.token}
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              Authorization: Bearer {created.token.slice(0, 10)}…
            </Typography.Text>
          </div>
        ) : null}
      </Modal>
    </div>
  );
}
