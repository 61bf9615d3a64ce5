import { useEffect } from 'react';
import { Button, Card, Col, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useLocale } from '../../i18n';
import { isZone, regionsInOrder } from '../plan/planView';
import { usePlan } from '../plan/usePlan';
import { SeiShares } from './SeiShares';
import { enterpriseTags, useEnterprises, type EnterpriseQuery, type EnterpriseSummary } from './useEnterprises';
import { PageTitle } from '../../components/PageTitle';

interface Filters {
  region?: string;
  industry?: string;
  tag?: string;
  aboveScale?: 'true' | 'false';
  search?: string;
}

const PAGE_SIZE = 20;

/** The filters live in the address, so a filtered list can be reloaded and sent on. */
function readQuery(params: URLSearchParams): EnterpriseQuery {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const positive = (key: string, fallback: number) => {
    const n = Number(params.get(key));
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  const above = text('aboveScale');
  return {
    region: text('region'),
    industry: text('industry'),
    tag: text('tag'),
    aboveScale: above === 'true' || above === 'false' ? above : undefined,
    search: text('search'),
    page: positive('page', 1),
    pageSize: Math.min(positive('pageSize', PAGE_SIZE), 200),
  };
}

function withoutEmpty(value: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => !!entry[1]));
}

/** 企业名录: the register in the person's scope, by county, industry, tag and name, with SEI shares. */
export function EnterprisesPage() {
  const { t, localize } = useLocale();
  const et = t.enterprises;
  const plan = usePlan();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const enterprises = useEnterprises(query);
  const [form] = Form.useForm<Filters>();

  useEffect(() => {
    document.title = `${et.pageTitle} · ${t.app.product}`;
  }, [t, et]);

  const search = (values: Filters) =>
    setParams(
      withoutEmpty({
        region: values.region,
        industry: values.industry,
        tag: values.tag,
        aboveScale: values.aboveScale,
        search: values.search?.trim(),
      }),
    );
  const reset = () => {
    form.setFieldsValue({ region: undefined, industry: undefined, tag: undefined, aboveScale: undefined, search: '' });
    setParams({});
  };
  const page = (next: number, size: number) => {
    const copy = new URLSearchParams(params);
    copy.set('page', String(size === query.pageSize ? next : 1));
    copy.set('pageSize', String(size));
    setParams(copy);
  };

  const regions = plan.data
    ? regionsInOrder(plan.data)
        .filter((r) => r.kind !== 'city')
        // A zone follows its county, indented.
        .map((r) => ({ value: r.code, label: `${isZone(r) ? '　' : ''}${localize(r.name)}` }))
    : [];
  const industries = (plan.data?.industries ?? []).map((i) => ({ value: i.code, label: localize(i.name) }));
  const regionName = (e: EnterpriseSummary) => localize(e.regionName);

  return (
    <Card title={<PageTitle>{et.pageTitle}</PageTitle>}>
      <Typography.Paragraph type="secondary">{et.intro}</Typography.Paragraph>
      <Form<Filters>
        form={form}
        layout="vertical"
        onFinish={search}
        initialValues={{
          region: query.region,
          industry: query.industry,
          tag: query.tag,
          aboveScale: query.aboveScale,
          search: query.search,
        }}
        data-testid="enterprise-filters"
      >
        <Row gutter={16} align="bottom">
          <Col xs={24} sm={12} lg={4}>
            <Form.Item name="region" label={et.county}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={regions} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item name="industry" label={et.industry}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={industries} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={3}>
            <Form.Item name="tag" label={et.tag}>
              <Select allowClear options={enterpriseTags.map((tag) => ({ value: tag, label: et.tags[tag] ?? tag }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={3}>
            <Form.Item name="aboveScale" label={et.aboveScale}>
              <Select
                allowClear
                options={[
                  { value: 'true', label: t.app.yes },
                  { value: 'false', label: t.app.no },
                ]}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item name="search" label={et.search}>
              <Input allowClear autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} lg={4}>
            <Form.Item>
              <Space>
                <Button type="primary" htmlType="submit">
                  {et.searchButton}
                </Button>
                <Button onClick={reset}>{et.reset}</Button>
              </Space>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {enterprises.isError ? (
        <QueryError error={enterprises.error} onRetry={() => void enterprises.refetch()} />
      ) : (
        <Table<EnterpriseSummary>
          rowKey="uscc"
          size="middle"
          loading={enterprises.isFetching}
          dataSource={enterprises.data?.items ?? []}
          locale={{ emptyText: et.empty }}
          scroll={{ x: 1100 }}
          data-testid="enterprises-table"
          pagination={{
            current: enterprises.data?.page ?? query.page,
            pageSize: enterprises.data?.pageSize ?? query.pageSize,
            total: enterprises.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => et.total(total),
            onChange: page,
          }}
          columns={[
            {
              key: 'name',
              title: et.name,
              width: 240,
              render: (_, e) => (
                <Link to={`/enterprises/${e.uscc}`} style={{ fontWeight: 500 }}>
                  {e.name}
                </Link>
              ),
            },
            {
              key: 'uscc',
              title: et.uscc,
              width: 200,
              render: (_, e) => <Typography.Text code>{e.uscc}</Typography.Text>,
            },
            { key: 'region', title: et.region, width: 120, render: (_, e) => regionName(e) },
            { key: 'sei', title: et.seiShares, render: (_, e) => <SeiShares shares={e.seiShares} /> },
            {
              key: 'above',
              title: et.aboveScale,
              width: 90,
              render: (_, e) => (e.aboveScale ? t.app.yes : t.app.no),
            },
            {
              key: 'tags',
              title: et.tag,
              width: 160,
              render: (_, e) =>
                e.tags.length > 0 ? e.tags.map((tag) => <Tag key={tag}>{et.tags[tag] ?? tag}</Tag>) : t.app.none,
            },
            {
              key: 'updated',
              title: et.updatedAt,
              width: 150,
              render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.updatedAt)}</span>,
            },
          ]}
        />
      )}
    </Card>
  );
}
