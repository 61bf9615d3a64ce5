import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useLocale } from '../../i18n';
import type { Messages } from '../../i18n/messages';
import { industryColor, type Industry, type Plan } from './planView';
import { PolicySource } from './PolicySource';

type Tier = keyof Messages['plan']['tiers'];
const tierOrder: Tier[] = ['key', 'active', 'upgrade', 'encouraged'];
const tierColors: Record<Tier, string> = { key: 'red', active: 'orange', upgrade: 'blue', encouraged: 'green' };

/** §二: the industries, what each includes, and its key products by priority tier. */
export function IndustriesSection({ plan }: { plan: Plan }) {
  const { t } = useLocale();
  const title =
    plan.industries.length === 6 ? t.plan.industries.title : t.plan.industries.titleGeneric(plan.industries.length);
  return (
    <Card title={<h2 className="section-title">{title}</h2>} data-testid="industries">
      <Row gutter={[16, 16]}>
        {plan.industries.map((industry) => (
          <Col key={industry.code} xs={24} lg={12} xxl={8}>
            <IndustryCard industry={industry} color={industryColor(plan, industry.code)} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}

function IndustryCard({ industry, color }: { industry: Industry; color: string }) {
  const { t, locale, localize } = useLocale();
  const it = t.plan.industries;
  const separator = t.format.listSeparator;
  return (
    <Card
      size="small"
      style={{ height: '100%', borderTop: `4px solid ${color}` }}
      title={
        <Space size={8} wrap>
          <span>{localize(industry.name)}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 12 }}>
            {locale === 'zh-CN' ? industry.name.en : industry.name.zh}
          </Typography.Text>
        </Space>
      }
    >
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">
          {it.subsectors}
          {t.format.labelSeparator}
        </Typography.Text>
        {industry.subsectors.map((s) => (
          <Tag key={s.code} style={{ marginBlock: 2 }}>
            {localize(s.name)}
          </Tag>
        ))}
      </Typography.Paragraph>
      <Typography.Text type="secondary">
        {it.keyProducts}
        {t.format.labelSeparator}
      </Typography.Text>
      <ul style={{ listStyle: 'none', paddingInlineStart: 0, margin: '4px 0 8px' }}>
        {tierOrder.map((tier) => {
          const products = industry.keyProducts.filter((p) => p.tier === tier);
          if (products.length === 0) return null;
          return (
            <li key={tier} style={{ marginBottom: 6, lineHeight: 1.8 }}>
              <Tag color={tierColors[tier]}>{t.plan.tiers[tier]}</Tag>
              {products.map((p) => localize(p.name)).join(separator)}
            </li>
          );
        })}
      </ul>
      <PolicySource text={industry.source} />
    </Card>
  );
}
