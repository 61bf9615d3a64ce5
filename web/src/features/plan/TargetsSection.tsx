import { Card, Table, Tag, Typography } from 'antd';
import { formatTargetValue } from '../../format';
import { useLocale } from '../../i18n';
import { IndustryTag } from './IndustryTag';
import { cityOf, industryColor, namesOf, type Plan, type Target } from './planView';

/** §三: every target with its scope and value in the indicator's display unit. */
export function TargetsSection({ plan }: { plan: Plan }) {
  const { t, locale, localize } = useLocale();
  const tt = t.plan.targets;
  const names = namesOf(plan, localize);
  const city = cityOf(plan);
  const indicators = new Map(plan.indicators.map((i) => [i.code, i]));

  const scopeOf = (target: Target) => {
    const { region, industry } = target.scope;
    const parts = [];
    if (region && region !== city?.code) parts.push(<span key="region">{names.region(region)}</span>);
    if (industry) {
      parts.push(<IndustryTag key="industry" name={names.industry(industry)} color={industryColor(plan, industry)} />);
    }
    return parts.length > 0 ? parts : <span>{t.plan.scope.city}</span>;
  };

  return (
    <Card title={<h2 className="section-title">{tt.title}</h2>} data-testid="targets">
      <Table<Target>
        rowKey="id"
        size="middle"
        pagination={false}
        tableLayout="fixed"
        scroll={{ x: 1040 }}
        dataSource={plan.targets}
        expandable={{
          expandedRowRender: (target) => (
            <Typography.Paragraph style={{ margin: 0 }}>
              <Typography.Text type="secondary">
                {t.plan.policySource}
                {t.format.labelSeparator}
              </Typography.Text>
              <span lang="zh-CN">{target.source}</span>
            </Typography.Paragraph>
          ),
        }}
        columns={[
          {
            key: 'name',
            title: tt.name,
            width: 220,
            render: (_, target) => <Typography.Text strong>{localize(target.name)}</Typography.Text>,
          },
          {
            key: 'value',
            title: tt.value,
            width: 210,
            render: (_, target) => (
              <Typography.Text strong style={{ fontSize: 15, color: '#1d5fbf' }} data-testid="target-value">
                {formatTargetValue(target, locale)}
              </Typography.Text>
            ),
          },
          { key: 'scope', title: tt.scope, width: 160, render: (_, target) => scopeOf(target) },
          {
            key: 'indicator',
            title: tt.indicator,
            width: 170,
            render: (_, target) => {
              const indicator = indicators.get(target.indicator);
              return indicator ? localize(indicator.name) : target.indicator;
            },
          },
          {
            key: 'kind',
            title: tt.kind,
            width: 100,
            render: (_, target) => <Tag>{t.plan.targetKinds[target.kind]}</Tag>,
          },
          {
            key: 'years',
            title: tt.years,
            width: 130,
            render: (_, target) => (
              <span style={{ whiteSpace: 'nowrap' }}>{tt.yearsValue(target.baseYear, target.targetYear)}</span>
            ),
          },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 24 }}>
        {tt.indicatorsTitle}
      </Typography.Title>
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={plan.indicators}
        columns={[
          {
            key: 'name',
            title: tt.indicatorName,
            width: 260,
            render: (_, indicator) => localize(indicator.name),
          },
          {
            key: 'unit',
            title: tt.indicatorUnit,
            width: 180,
            render: (_, indicator) => t.format.unitLabel(indicator.displayUnit),
          },
          {
            key: 'definition',
            title: tt.indicatorDefinition,
            render: (_, indicator) => localize(indicator.definition),
          },
        ]}
      />
    </Card>
  );
}
