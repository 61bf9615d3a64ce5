import { useEffect } from 'react';
import { Card, Space, Typography } from 'antd';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useLocale } from '../../i18n';
import { industryExport, IndustryTable, useIndustryRows } from './CountyIndicatorsPage';
import { ExportButton } from './ExportButton';
import { periodLabel } from './indicatorsView';
import { PeriodSelector } from './PeriodSelector';
import { usePeriod } from './usePeriod';
import { useReadableCounties } from './useReadableCounties';

/** The SEI industries of the city at the period: output, comparable growth and share; each opens its page. */
export function IndustriesPage() {
  const { t, locale } = useLocale();
  const it = t.indicators;
  const p = usePeriod();
  const { city } = useReadableCounties();
  const industries = useIndustryRows(p.text, city?.code);
  const periodText = p.period ? periodLabel(p.period, locale) : '';

  useEffect(() => {
    document.title = `${it.industriesTitle} · ${t.app.product}`;
  }, [t, it]);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={<PageTitle>{it.industriesTitle}</PageTitle>}
        extra={
          <ExportButton
            table={() => industryExport(`${it.industriesTitle} ${periodText}`, industries.rows, t, locale)}
          />
        }
      >
        <Typography.Paragraph type="secondary">{it.industriesIntro}</Typography.Paragraph>
        <PeriodSelector period={p.period} baseYear={p.baseYear} latestYear={p.latestYear} onChange={p.setPeriod} />
        {industries.isError ? <QueryError error={industries.error} /> : null}
        <div style={{ marginTop: 16 }}>
          <IndustryTable rows={industries.rows} link={p.link} testId="industries-table" />
        </div>
      </Card>
    </Space>
  );
}
