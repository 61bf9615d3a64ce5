import type { ReactNode } from 'react';
import { Card, Col, Row, Typography } from 'antd';
import { formatFen, formatPercent, formatRefundSchedule } from '../../format';
import { useLocale } from '../../i18n';
import { namesOf, type Plan } from './planView';
import { PolicySource } from './PolicySource';

/** §五(五)(六)(八): the special fund, the tax refund and the land share, as the plan sets them. */
export function InstrumentsSection({ plan }: { plan: Plan }) {
  const { t, locale, localize } = useLocale();
  const it = t.plan.instruments;
  const { specialFund, taxRefund, land } = plan.instruments;
  const names = namesOf(plan, localize);

  return (
    <Card title={<h2 className="section-title">{it.title}</h2>} data-testid="instruments">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Instrument
            title={localize(specialFund.name)}
            figure={it.fundPerYear(formatFen(specialFund.annualBudgetFen, '亿元', locale))}
            figureLabel={it.fundBudget}
            source={specialFund.source}
            testId="instrument-fund"
          >
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              {it.fundLevel(names.region(specialFund.regionCode))}
              {specialFund.countiesArrangeOwn ? `${t.format.clauseSeparator}${it.fundCounties}` : ''}
            </Typography.Paragraph>
            <Typography.Text type="secondary">
              {it.fundUses}
              {t.format.labelSeparator}
            </Typography.Text>
            <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {specialFund.uses.map((use) => (
                <li key={use.code}>{localize(use.name)}</li>
              ))}
            </ol>
          </Instrument>
        </Col>
        <Col xs={24} lg={8}>
          <Instrument
            title={localize(taxRefund.name)}
            figure={formatRefundSchedule(taxRefund.schedule, locale)}
            figureLabel={it.taxSchedule}
            source={taxRefund.source}
            testId="instrument-tax"
          >
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              <Typography.Text type="secondary">
                {it.taxPurpose}
                {t.format.labelSeparator}
              </Typography.Text>
              <span lang="zh-CN">{taxRefund.purpose}</span>
            </Typography.Paragraph>
          </Instrument>
        </Col>
        <Col xs={24} lg={8}>
          <Instrument
            title={it.land}
            figure={`≥ ${formatPercent(land.seiShareMin, locale)}`}
            figureLabel={it.landShare(formatPercent(land.seiShareMin, locale))}
            source={land.source}
            testId="instrument-land"
          >
            <Typography.Paragraph style={{ marginBottom: 0 }}>{it.landCheck}</Typography.Paragraph>
          </Instrument>
        </Col>
      </Row>
    </Card>
  );
}

interface InstrumentProps {
  title: string;
  figure: string;
  figureLabel: string;
  source: string;
  testId: string;
  children: ReactNode;
}

function Instrument({ title, figure, figureLabel, source, testId, children }: InstrumentProps) {
  return (
    <Card
      size="small"
      title={title}
      styles={{ title: { whiteSpace: 'normal', paddingBlock: 8 } }}
      style={{ height: '100%' }}
      data-testid={testId}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {figureLabel}
      </Typography.Text>
      <div style={{ fontSize: 22, fontWeight: 600, color: '#1d5fbf', margin: '2px 0 12px', lineHeight: 1.35 }}>
        {figure}
      </div>
      {children}
      <PolicySource text={source} style={{ marginTop: 12 }} />
    </Card>
  );
}
