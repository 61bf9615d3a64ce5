import { Card, Table, Tag, Typography } from 'antd';
import { formatNumber, formatPercent } from '../../format';
import { useLocale } from '../../i18n';
import type { Plan } from './planView';
import { PolicySource } from './PolicySource';

type Criterion = Plan['assessmentScheme']['criteria'][number];

/** §五(二): the default county assessment scheme, its criteria and weights. */
export function AssessmentSection({ plan }: { plan: Plan }) {
  const { t, locale, localize } = useLocale();
  const at = t.plan.assessment;
  const scheme = plan.assessmentScheme;
  const indicatorNames: Record<string, string> = t.plan.assessmentIndicators;
  const totalWeight = scheme.criteria.reduce((sum, c) => sum + c.weight, 0);
  // Every indicator a scheme can score on is a growth, a share or an intensity: a fraction.
  const fraction = (value: number) => formatPercent(value, locale);

  return (
    <Card title={<h2 className="section-title">{at.title}</h2>} data-testid="assessment">
      <Typography.Paragraph>
        <Typography.Text strong>{localize(scheme.name)}</Typography.Text> <Tag>{at.version(scheme.version)}</Tag>
      </Typography.Paragraph>
      <Table<Criterion>
        rowKey="code"
        size="small"
        pagination={false}
        scroll={{ x: 720 }}
        dataSource={scheme.criteria}
        columns={[
          {
            key: 'name',
            title: at.criterion,
            render: (_, c) => <Typography.Text strong>{localize(c.name)}</Typography.Text>,
          },
          { key: 'indicator', title: at.indicator, render: (_, c) => indicatorNames[c.indicator] ?? c.indicator },
          { key: 'weight', title: at.weight, align: 'right', render: (_, c) => formatNumber(c.weight, locale) },
          { key: 'floor', title: at.floor, align: 'right', render: (_, c) => fraction(c.floor) },
          { key: 'target', title: at.target, align: 'right', render: (_, c) => fraction(c.target) },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <Typography.Text strong>{at.total}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              <Typography.Text strong>{formatNumber(totalWeight, locale)}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} colSpan={2} />
          </Table.Summary.Row>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {at.rule}
      </Typography.Paragraph>
      <PolicySource text={scheme.source} />
    </Card>
  );
}
