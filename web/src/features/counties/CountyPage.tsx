import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  Result,
  Row,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { ArrowRightOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { fieldErrorsOf, setFieldProblems } from '../../api/fieldErrors';
import { useApiErrorMessage } from '../../api/useApiErrorMessage';
import { canEditCounty } from '../../auth/roles';
import { useSession } from '../../auth/session';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useLocale, useT } from '../../i18n';
import { IndustryTag } from '../plan/IndustryTag';
import { cityOf, industryColor, namesOf } from '../plan/planView';
import { usePlan } from '../plan/usePlan';
import { FocusIndustries } from './FocusIndustries';
import {
  asFocus,
  useCounty,
  useCountyHistory,
  useSetFocusIndustries,
  type AuditEvent,
  type County,
} from './useCounties';

/** One county's workspace: zones, clusters, focus industries (editable by the office and the county), history. */
export function CountyPage() {
  const { t, localize } = useLocale();
  const ct = t.counties;
  const { code = '' } = useParams();
  const county = useCounty(code);
  // The history is asked for once the county answered: outside the person's scope both are 404.
  const history = useCountyHistory(code, county.isSuccess);

  const name = county.data ? localize(county.data.name) : code;
  useEffect(() => {
    document.title = `${name} · ${ct.pageTitle} · ${t.app.product}`;
  }, [name, ct, t]);

  if (county.isPending) {
    return (
      <Card aria-busy="true">
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (county.isError) {
    const error = county.error;
    // 404 answers both "no such county" and "not yours": the page says both, as the server does.
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) return <CountyNotFound />;
    return <QueryError error={error} onRetry={() => void county.refetch()} />;
  }

  const data = county.data;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }} data-testid="county-page">
      <CountyHeader county={data} />
      <FocusCard county={data} />
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={10}>
          <ZonesCard county={data} />
        </Col>
        <Col xs={24} xl={14}>
          <ClustersCard county={data} />
        </Col>
      </Row>
      <Card title={<h2 className="section-title">{ct.historyTitle}</h2>} data-testid="county-history">
        {history.isPending ? (
          <Skeleton active />
        ) : history.isError ? (
          <QueryError error={history.error} onRetry={() => void history.refetch()} />
        ) : (
          <HistoryTable events={history.data.items} />
        )}
      </Card>
    </div>
  );
}

function CountyNotFound() {
  const t = useT();
  return (
    <Card>
      <Result
        status="404"
        title={<h1 style={{ fontSize: 'inherit', margin: 0 }}>{t.counties.notFoundTitle}</h1>}
        subTitle={t.counties.notFoundBody}
        extra={
          <Link to="/counties">
            <Button type="primary">{t.counties.backToList}</Button>
          </Link>
        }
      />
    </Card>
  );
}

function CountyHeader({ county }: { county: County }) {
  const { t, localize } = useLocale();
  const ct = t.counties;
  const plan = usePlan().data;
  const city = plan ? cityOf(plan) : undefined;
  return (
    <Card>
      <Breadcrumb
        items={[{ title: <Link to="/counties">{ct.pageTitle}</Link> }, { title: localize(county.name) }]}
        style={{ marginBottom: 8 }}
      />
      <Typography.Title level={1} style={{ fontSize: 26, marginTop: 0, marginBottom: 8 }}>
        {localize(county.name)}{' '}
        <Typography.Text type="secondary" style={{ fontSize: 16, fontWeight: 400 }}>
          <span className="visually-hidden">{ct.code} </span>
          {county.code}
        </Typography.Text>
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, xl: 4 }}
        items={[
          { key: 'kind', label: ct.kind, children: t.plan.regionKinds[county.kind] },
          ...(city ? [{ key: 'city', label: ct.city, children: localize(city.name) }] : []),
        ]}
      />
    </Card>
  );
}

interface FocusValues {
  industryCodes: string[];
  note?: string;
}

function FocusCard({ county }: { county: County }) {
  const { t, localize } = useLocale();
  const ct = t.counties;
  const session = useSession();
  const plan = usePlan().data;
  const { message } = App.useApp();
  const messageOf = useApiErrorMessage();
  const save = useSetFocusIndustries(county.code);
  const [editing, setEditing] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [form] = Form.useForm<FocusValues>();
  const chosen = Form.useWatch('industryCodes', form) ?? [];
  const editable = canEditCounty(session.user, county.code);

  const startEditing = () => {
    form.setFieldsValue({
      industryCodes: county.focusIndustries.industryCodes,
      // The plan file's default carries its own explanation; a statement gets the county's.
      note: county.focusIndustries.basis === 'stated' ? (county.focusIndustries.note ?? '') : '',
    });
    setFormError(null);
    setEditing(true);
  };

  const onFinish = async (values: FocusValues) => {
    setFormError(null);
    const note = values.note?.trim();
    try {
      await save.mutateAsync({ industryCodes: values.industryCodes, ...(note ? { note } : {}) });
      message.success(ct.saved);
      setEditing(false);
    } catch (error) {
      const problems = fieldErrorsOf(error, (name) => name[0] === 'industryCodes' || name[0] === 'note');
      setFieldProblems(
        form,
        problems.fields.map((p) => ({ ...p, name: p.name.slice(0, 1) })),
      );
      if (problems.fields.length === 0) setFormError(messageOf(error));
      else if (problems.general.length > 0) setFormError(problems.general.join('; '));
    }
  };

  return (
    <Card
      title={<h2 className="section-title">{ct.focusTitle}</h2>}
      data-testid="county-focus"
      extra={
        editable && !editing ? (
          <Button icon={<EditOutlined />} onClick={startEditing}>
            {ct.edit}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{ct.focusExplain}</Typography.Paragraph>
      {editing ? (
        <Form<FocusValues> form={form} layout="vertical" onFinish={onFinish} data-testid="focus-form">
          {formError ? (
            <Alert
              type="error"
              showIcon
              title={t.app.saveFailed}
              description={formError}
              style={{ marginBottom: 16 }}
            />
          ) : null}
          <Form.Item
            name="industryCodes"
            label={ct.industriesLabel}
            extra={chosen.length >= 2 ? ct.industriesMax : undefined}
            rules={[
              {
                validator: async (_, value: string[] | undefined) => {
                  if (!value || value.length < 1 || value.length > 2) throw new Error(ct.industriesRequired);
                },
              },
            ]}
          >
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
              {plan?.industries.map((industry) => (
                <Checkbox
                  key={industry.code}
                  value={industry.code}
                  disabled={chosen.length >= 2 && !chosen.includes(industry.code)}
                >
                  <IndustryTag name={localize(industry.name)} color={industryColor(plan, industry.code)} />
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
          <Form.Item name="note" label={ct.noteLabel}>
            <Input.TextArea rows={2} maxLength={500} showCount placeholder={ct.notePlaceholder} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t.app.save}
            </Button>
            <Button onClick={() => setEditing(false)} disabled={save.isPending}>
              {t.app.cancel}
            </Button>
          </Space>
        </Form>
      ) : (
        <>
          <div data-testid="focus-current">
            <FocusIndustries focus={county.focusIndustries} />
          </div>
          {!editable ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {ct.readOnly}
            </Typography.Paragraph>
          ) : null}
        </>
      )}
    </Card>
  );
}

function ZonesCard({ county }: { county: County }) {
  const { t, localize } = useLocale();
  const ct = t.counties;
  return (
    <Card
      title={<h2 className="section-title">{ct.zonesTitle}</h2>}
      style={{ height: '100%' }}
      data-testid="county-zones"
    >
      {county.zones.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={ct.noZones} />
      ) : (
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={county.zones}
          columns={[
            { key: 'name', title: ct.zoneName, render: (_, zone) => localize(zone.name) },
            {
              key: 'code',
              title: ct.code,
              render: (_, zone) => <Typography.Text code>{zone.code}</Typography.Text>,
            },
            {
              key: 'reporting',
              title: ct.reporting,
              render: (_, zone) => (zone.reporting ? t.plan.reporting[zone.reporting] : t.app.none),
            },
          ]}
        />
      )}
    </Card>
  );
}

function ClustersCard({ county }: { county: County }) {
  const { t, localize } = useLocale();
  const ct = t.counties;
  const plan = usePlan().data;
  const names = plan ? namesOf(plan, localize) : undefined;
  const where = (code: string) => {
    if (code === county.code) return localize(county.name);
    const zone = county.zones.find((z) => z.code === code);
    return zone ? localize(zone.name) : (names?.region(code) ?? code);
  };
  return (
    <Card
      title={<h2 className="section-title">{ct.clustersTitle}</h2>}
      style={{ height: '100%' }}
      data-testid="county-clusters"
    >
      {county.clusters.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={ct.noClusters} />
      ) : (
        <Table
          rowKey="code"
          size="small"
          pagination={false}
          scroll={{ x: 560 }}
          dataSource={county.clusters}
          columns={[
            { key: 'name', title: ct.clusterName, render: (_, cluster) => localize(cluster.name) },
            {
              key: 'industry',
              title: ct.clusterIndustry,
              render: (_, cluster) => (
                <IndustryTag
                  name={names?.industry(cluster.industryCode) ?? cluster.industryCode}
                  color={plan ? industryColor(plan, cluster.industryCode) : '#999999'}
                />
              ),
            },
            { key: 'where', title: ct.clusterWhere, render: (_, cluster) => where(cluster.regionCode) },
            {
              key: 'status',
              title: ct.clusterStatus,
              render: (_, cluster) => (
                <Tag color={cluster.status === 'existing' ? 'blue' : 'default'}>
                  {t.plan.clusterStatus[cluster.status]}
                </Tag>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

/** Each change of the focus industries: who, when, and before → after in industry names. */
function HistoryTable({ events }: { events: AuditEvent[] }) {
  const { t } = useLocale();
  const ct = t.counties;
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={ct.historyEmpty} />;
  const focusCell = (value: unknown) => {
    const focus = asFocus(value);
    return focus ? <FocusIndustries focus={focus} /> : t.app.none;
  };
  return (
    <Table<AuditEvent>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 900 }}
      dataSource={events}
      columns={[
        {
          key: 'at',
          title: ct.when,
          width: 150,
          render: (_, event) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.at)}</span>,
        },
        { key: 'who', title: ct.who, width: 140, render: (_, event) => event.displayName ?? event.login },
        { key: 'before', title: ct.before, render: (_, event) => focusCell(event.before) },
        {
          key: 'arrow',
          width: 40,
          render: () => <ArrowRightOutlined aria-hidden style={{ color: '#8c8c8c' }} />,
        },
        { key: 'after', title: ct.after, render: (_, event) => focusCell(event.after) },
      ]}
    />
  );
}
