import { useEffect } from 'react';
import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap, type Schemas } from '../../api/client';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useT } from '../../i18n';
import { AuditDiff } from './AuditDiff';
import { PageTitle } from '../../components/PageTitle';

type AuditEvent = Schemas['AuditEvent'];

interface AuditFilters {
  login?: string;
  entityType?: string;
  entityId?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

const DATE = 'YYYY-MM-DD';
const PAGE_SIZE = 20;

/** The filters live in the address, so a filtered view can be reloaded, bookmarked and sent to a colleague. */
function readQuery(params: URLSearchParams) {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const positive = (key: string, fallback: number) => {
    const n = Number(params.get(key));
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  const date = (key: string) => {
    const value = text(key);
    return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
  };
  return {
    login: text('login'),
    entityType: text('entityType'),
    entityId: text('entityId'),
    from: date('from'),
    to: date('to'),
    page: positive('page', 1),
    pageSize: Math.min(positive('pageSize', PAGE_SIZE), 200),
  };
}

function withoutEmpty<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

/** The audit trail (admin): filter by who, entity and dates; each event opens to its before and after. */
export function AuditPage() {
  const t = useT();
  const at = t.audit;
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const [form] = Form.useForm<AuditFilters>();
  const events = useQuery({
    queryKey: ['audit', query],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/audit-events', { params: { query: withoutEmpty(query) }, signal })),
    placeholderData: keepPreviousData,
  });

  useEffect(() => {
    document.title = `${at.pageTitle} · ${t.app.product}`;
  }, [t, at]);

  const search = (values: AuditFilters) => {
    const [from, to] = values.dates ?? [];
    setParams(
      withoutEmpty({
        login: values.login?.trim(),
        entityType: values.entityType,
        entityId: values.entityId?.trim(),
        from: from?.format(DATE),
        to: to?.format(DATE),
      }) as Record<string, string>,
    );
  };

  const reset = () => {
    form.setFieldsValue({ login: '', entityType: undefined, entityId: '', dates: null });
    setParams({});
  };

  const page = (next: number, size: number) => {
    const copy = new URLSearchParams(params);
    copy.set('page', String(size === query.pageSize ? next : 1));
    copy.set('pageSize', String(size));
    setParams(copy);
  };

  const entityTypes = Object.entries(at.entityTypes).map(([value, label]) => ({ value, label: `${label} ${value}` }));
  if (query.entityType && !(query.entityType in at.entityTypes)) {
    entityTypes.push({ value: query.entityType, label: query.entityType });
  }
  const actionLabel = (action: string) => (at.actions as Record<string, string | undefined>)[action] ?? action;
  const typeLabel = (type: string) => (at.entityTypes as Record<string, string | undefined>)[type] ?? type;

  return (
    <Card title={<PageTitle>{at.pageTitle}</PageTitle>}>
      <Typography.Paragraph type="secondary">{at.intro}</Typography.Paragraph>
      <Form<AuditFilters>
        form={form}
        layout="vertical"
        onFinish={search}
        initialValues={{
          login: query.login,
          entityType: query.entityType,
          entityId: query.entityId,
          dates:
            query.from || query.to ? [query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null] : null,
        }}
        data-testid="audit-filters"
      >
        <Row gutter={16} align="bottom">
          <Col xs={24} sm={12} lg={5}>
            <Form.Item name="login" label={at.login}>
              <Input allowClear autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item name="entityType" label={at.entityType}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={entityTypes} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={4}>
            <Form.Item name="entityId" label={at.entityId}>
              <Input allowClear autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item name="dates" label={at.dateRange}>
              <DatePicker.RangePicker
                allowEmpty={[true, true]}
                placeholder={[at.startDate, at.endDate]}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} lg={4}>
            <Form.Item>
              <Space>
                <Button type="primary" htmlType="submit">
                  {at.search}
                </Button>
                <Button onClick={reset}>{at.reset}</Button>
              </Space>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {events.isError ? (
        <QueryError error={events.error} onRetry={() => void events.refetch()} />
      ) : (
        <Table<AuditEvent>
          rowKey="id"
          size="middle"
          loading={events.isFetching}
          dataSource={events.data?.items ?? []}
          scroll={{ x: 900 }}
          data-testid="audit-table"
          expandable={{
            expandedRowRender: (event) => <AuditDiff before={event.before} after={event.after} />,
            rowExpandable: (event) => event.before !== null || event.after !== null,
          }}
          pagination={{
            current: events.data?.page ?? query.page,
            pageSize: events.data?.pageSize ?? query.pageSize,
            total: events.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => at.total(total),
            onChange: page,
          }}
          columns={[
            {
              key: 'at',
              title: at.at,
              width: 150,
              render: (_, event) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.at)}</span>,
            },
            {
              key: 'login',
              title: at.login,
              width: 180,
              render: (_, event) => (
                <>
                  {event.displayName ? <div>{event.displayName}</div> : null}
                  <Typography.Text code>{event.login}</Typography.Text>
                </>
              ),
            },
            { key: 'ip', title: at.ip, width: 130, render: (_, event) => event.ip ?? t.app.none },
            {
              key: 'action',
              title: at.action,
              width: 140,
              render: (_, event) => (
                <Tag color={event.action.startsWith('login_') ? 'orange' : 'blue'}>{actionLabel(event.action)}</Tag>
              ),
            },
            {
              key: 'entity',
              title: at.entity,
              render: (_, event) => (
                <span>
                  {typeLabel(event.entityType)}{' '}
                  {event.entityType === 'focus_industries' ? (
                    <Link to={`/counties/${event.entityId}`}>{event.entityId}</Link>
                  ) : (
                    <Typography.Text code>{event.entityId}</Typography.Text>
                  )}
                </span>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
