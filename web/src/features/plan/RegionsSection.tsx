import { Fragment, useMemo, type CSSProperties } from 'react';
import { Card, Col, Row, Table, Tag, Tooltip, Typography } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import { CountyMap, type CountyMapRegion } from '../../components/CountyMap';
import { useLocale } from '../../i18n';
import { IndustryTag } from './IndustryTag';
import { cityOf, industryColor, isCounty, isZone, namesOf, regionsInOrder, type Plan, type Region } from './planView';

const noFocusColor = '#e8e8e8';
const legendRow: CSSProperties = { padding: '6px 0', borderBottom: '1px solid #f0f0f0' };

/** §五(三): the counties and zones, each county's focus industries, and the map coloured by them. */
export function RegionsSection({ plan }: { plan: Plan }) {
  const { t, localize } = useLocale();
  const rt = t.plan.regions;
  const names = namesOf(plan, localize);
  const city = cityOf(plan);
  const focusOf = useMemo(() => new Map(plan.focusIndustries.map((f) => [f.regionCode, f])), [plan]);
  const clustersOf = (code: string) => plan.clusters.filter((c) => c.regionCode === code);
  const counties = plan.regions.filter(isCounty).sort((a, b) => a.code.localeCompare(b.code));

  const focusTags = (code: string) => {
    const focus = focusOf.get(code);
    if (!focus || focus.industryCodes.length === 0) {
      return <Typography.Text type="secondary">{rt.none}</Typography.Text>;
    }
    return (
      <>
        {focus.industryCodes.map((industry) => (
          <IndustryTag key={industry} name={names.industry(industry)} color={industryColor(plan, industry)} />
        ))}
        {focus.basis === 'default' ? (
          <Tooltip title={t.plan.focusBasis.defaultHelp}>
            <Tag color="gold" style={{ marginBlock: 2 }} data-testid="focus-default">
              {t.plan.focusBasis.default}
            </Tag>
          </Tooltip>
        ) : (
          <Tag color="green" style={{ marginBlock: 2 }}>
            {t.plan.focusBasis.stated}
          </Tag>
        )}
      </>
    );
  };

  const mapRegions = useMemo<CountyMapRegion[]>(() => {
    const separator = t.format.listSeparator;
    const industryName = namesOf(plan, localize).industry;
    return plan.regions.filter(isCounty).map((county) => {
      const focus = focusOf.get(county.code);
      const industries = focus?.industryCodes ?? [];
      const clusters = plan.clusters.filter((c) => c.regionCode === county.code);
      const focusText =
        industries.map(industryName).join(separator) +
        (focus?.basis === 'default' ? t.format.parenthetical(t.plan.focusBasis.default) : '');
      return {
        region: county.code,
        label: localize(county.name),
        colors: industries.map((code) => industryColor(plan, code)),
        tooltip: [
          localize(county.name),
          `${rt.tooltipFocus}${t.format.labelSeparator}${industries.length > 0 ? focusText : rt.none}`,
          `${rt.tooltipClusters}${t.format.labelSeparator}${clusters.length > 0 ? clusters.map((c) => localize(c.name)).join(separator) : rt.none}`,
        ],
      };
    });
  }, [plan, focusOf, localize, t, rt]);

  const usedIndustries = plan.industries.filter((i) =>
    plan.focusIndustries.some((f) => f.industryCodes.includes(i.code)),
  );
  const someWithout = counties.some((c) => (focusOf.get(c.code)?.industryCodes.length ?? 0) === 0);

  return (
    <Card title={<h2 className="section-title">{rt.title}</h2>} data-testid="regions">
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={15}>
          <Typography.Title level={3} style={{ fontSize: 16, marginTop: 0 }}>
            {rt.mapTitle}
          </Typography.Title>
          <div data-testid="county-map">
            {city ? (
              <CountyMap
                cityCode={city.code}
                regions={mapRegions}
                ariaLabel={rt.mapAria}
                noMapText={rt.noMap(city.code)}
                loadFailedText={rt.mapLoadFailed}
                height={460}
                emptyColor={noFocusColor}
              />
            ) : null}
          </div>
        </Col>
        <Col xs={24} xl={9}>
          <div data-testid="county-map-legend">
            <Typography.Title level={3} style={{ fontSize: 14, marginTop: 0 }}>
              {rt.legendIndustries}
            </Typography.Title>
            <div style={{ marginBottom: 16 }}>
              {usedIndustries.map((industry) => (
                <IndustryTag
                  key={industry.code}
                  name={localize(industry.name)}
                  color={industryColor(plan, industry.code)}
                />
              ))}
              {someWithout ? <IndustryTag name={rt.legendNone} color={noFocusColor} /> : null}
            </div>
            <Typography.Title level={3} style={{ fontSize: 14 }}>
              {rt.legendCounties}
            </Typography.Title>
            <dl
              style={{
                display: 'grid',
                gridTemplateColumns: 'max-content 1fr',
                columnGap: 12,
                margin: 0,
              }}
            >
              {counties.map((county) => (
                <Fragment key={county.code}>
                  <dt style={{ ...legendRow, fontWeight: 500, whiteSpace: 'nowrap' }}>{localize(county.name)}</dt>
                  <dd style={{ ...legendRow, margin: 0 }}>{focusTags(county.code)}</dd>
                </Fragment>
              ))}
            </dl>
          </div>
        </Col>
      </Row>
      <Table<Region>
        style={{ marginTop: 24 }}
        rowKey="code"
        size="small"
        pagination={false}
        tableLayout="fixed"
        scroll={{ x: 1040 }}
        dataSource={regionsInOrder(plan)}
        data-testid="regions-table"
        columns={[
          {
            key: 'code',
            title: rt.code,
            width: 110,
            render: (_, region) => <Typography.Text code>{region.code}</Typography.Text>,
          },
          {
            key: 'name',
            title: rt.name,
            width: 170,
            render: (_, region) => (
              <span
                style={{ paddingInlineStart: isZone(region) ? 8 : 0, fontWeight: region.kind === 'city' ? 600 : 400 }}
              >
                {isZone(region) ? '└ ' : ''}
                {localize(region.name)}
              </span>
            ),
          },
          { key: 'kind', title: rt.kind, width: 90, render: (_, region) => t.plan.regionKinds[region.kind] },
          {
            key: 'parent',
            title: rt.parent,
            width: 100,
            render: (_, region) => (region.parentCode ? names.region(region.parentCode) : rt.none),
          },
          {
            key: 'reporting',
            title: rt.reporting,
            width: 160,
            render: (_, region) => (
              <>
                {region.reporting ? t.plan.reporting[region.reporting] : rt.none}
                {region.note ? (
                  <Tooltip title={region.note}>
                    <InfoCircleOutlined
                      role="note"
                      aria-label={region.note}
                      tabIndex={0}
                      style={{ marginInlineStart: 6, color: '#8c8c8c' }}
                    />
                  </Tooltip>
                ) : null}
              </>
            ),
          },
          {
            key: 'focus',
            title: rt.focus,
            width: 230,
            render: (_, region) => (isCounty(region) ? focusTags(region.code) : rt.none),
          },
          {
            key: 'clusters',
            title: rt.clusters,
            width: 180,
            render: (_, region) => {
              const clusters = clustersOf(region.code);
              return clusters.length > 0 ? clusters.map((c) => localize(c.name)).join(t.format.listSeparator) : rt.none;
            },
          },
        ]}
      />
    </Card>
  );
}
