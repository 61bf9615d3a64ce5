import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Skeleton, Space, Table, Typography } from 'antd';
import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { fieldErrorsOf, setFieldProblems } from '../../api/fieldErrors';
import { useApiErrorMessage } from '../../api/useApiErrorMessage';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { PERIOD, useLockPeriod, usePeriodLocks, useUnlockPeriod, type PeriodLock } from './usePeriodLocks';
import { PageTitle } from '../../components/PageTitle';

interface LockValues {
  period: string;
  reason: string;
}

/** 报告期锁定: the published periods no import may change, locked and unlocked by the plan office. */
export function LocksPage() {
  const { t } = useLocale();
  const lt = t.locks;
  const { message } = App.useApp();
  const messageOf = useApiErrorMessage();
  const locks = usePeriodLocks();
  const lock = useLockPeriod();
  const unlock = useUnlockPeriod();
  const [form] = Form.useForm<LockValues>();
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${lt.pageTitle} · ${t.app.product}`;
  }, [t, lt]);

  const onFinish = async (values: LockValues) => {
    setFormError(null);
    const period = values.period.trim().toUpperCase();
    try {
      await lock.mutateAsync({ period, reason: values.reason.trim() });
      message.success(lt.locked(period));
      form.resetFields();
    } catch (error) {
      const problems = fieldErrorsOf(error, (name) => name[0] === 'period' || name[0] === 'reason');
      setFieldProblems(
        form,
        problems.fields.map((p) => ({ ...p, name: p.name.slice(0, 1) })),
      );
      if (problems.fields.length === 0) setFormError(messageOf(error));
      else if (problems.general.length > 0) setFormError(problems.general.join('; '));
    }
  };

  const onUnlock = async (period: string) => {
    try {
      await unlock.mutateAsync(period);
      message.success(lt.unlocked(period));
    } catch (error) {
      message.error(messageOf(error));
    }
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<PageTitle>{lt.pageTitle}</PageTitle>}>
        <Typography.Paragraph type="secondary">{lt.intro}</Typography.Paragraph>
        {locks.isPending ? (
          <Skeleton active aria-busy="true" />
        ) : locks.isError ? (
          <QueryError error={locks.error} onRetry={() => void locks.refetch()} />
        ) : (
          <Table<PeriodLock>
            rowKey="period"
            size="small"
            pagination={false}
            dataSource={locks.data.items}
            locale={{ emptyText: lt.empty }}
            scroll={{ x: 720 }}
            data-testid="locks-table"
            columns={[
              { key: 'period', title: lt.period, width: 110, render: (_, l) => <strong>{l.period}</strong> },
              { key: 'reason', title: lt.reason, render: (_, l) => l.reason },
              { key: 'by', title: lt.lockedBy, width: 120, render: (_, l) => l.lockedBy },
              {
                key: 'at',
                title: lt.lockedAt,
                width: 160,
                render: (_, l) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(l.lockedAt)}</span>,
              },
              {
                key: 'unlock',
                width: 100,
                render: (_, l) => (
                  <Popconfirm
                    title={lt.unlockTitle(l.period)}
                    description={lt.unlockBody}
                    okText={lt.unlock}
                    okButtonProps={{ danger: true }}
                    cancelText={t.app.cancel}
                    onConfirm={() => onUnlock(l.period)}
                  >
                    <Button size="small" danger icon={<UnlockOutlined />}>
                      {lt.unlock}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        )}
      </Card>

      <Card title={<h2 className="section-title">{lt.lockTitle}</h2>}>
        {formError ? (
          <Alert type="error" showIcon title={t.app.saveFailed} description={formError} style={{ marginBottom: 16 }} />
        ) : null}
        <Form<LockValues> form={form} layout="vertical" onFinish={onFinish} data-testid="lock-form">
          <Form.Item
            name="period"
            label={lt.period}
            extra={lt.periodHelp}
            rules={[
              { required: true, whitespace: true, message: lt.periodRequired },
              {
                validator: async (_, value: string | undefined) => {
                  const period = value?.trim().toUpperCase();
                  if (period && !PERIOD.test(period)) throw new Error(lt.periodInvalid);
                },
              },
            ]}
          >
            <Input maxLength={7} style={{ maxWidth: 200 }} placeholder="2014Q2" />
          </Form.Item>
          <Form.Item
            name="reason"
            label={lt.reason}
            rules={[{ required: true, whitespace: true, message: lt.reasonRequired }]}
          >
            <Input.TextArea rows={2} maxLength={500} showCount placeholder={lt.reasonPlaceholder} />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<LockOutlined />} loading={lock.isPending}>
            {lt.lock}
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
