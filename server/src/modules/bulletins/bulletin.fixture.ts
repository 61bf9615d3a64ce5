import { buildBulletinModel, bulletinCodes, type BulletinInput } from './bulletin.build.js';
import { figureId, type BulletinModel, type ModelFigure } from './bulletin.model.js';
import { parsePeriod } from '../statistics/period.js';

/** A hand-made bulletin input (no database): the document engines are tested on it. */
export function fixtureInput(periodText = '2013'): BulletinInput {
  const period = parsePeriod(periodText);
  if (!period) throw new Error(`fixture: bad period ${periodText}`);
  const city = { code: '330400', nameZh: '嘉兴市' };
  const counties = [
    { code: '330402', nameZh: '南湖区' },
    { code: '330421', nameZh: '嘉善县' },
    { code: '330481', nameZh: '海宁市' },
  ];
  const industries = [
    { code: 'new-energy', nameZh: '新能源' },
    { code: 'new-materials', nameZh: '新材料' },
    { code: 'bio', nameZh: '生物' },
  ];
  const figures: ModelFigure[] = [];
  let n = 0;
  for (const region of [city.code, ...counties.map((c) => c.code)]) {
    for (const industry of ['sei', ...industries.map((i) => i.code)]) {
      for (const code of bulletinCodes) {
        n += 1;
        const ratio = code === 'output_share' || code === 'value_added_share_of_gdp' || code === 'rd_intensity';
        const scale = region === city.code ? 3 : 1;
        const base = { region, industry, code, period: periodText };
        figures.push({
          ...base,
          id: figureId(base),
          unit: ratio ? 'ratio' : 'yuan',
          value: ratio ? 0.1 + (n % 30) / 100 : scale * (1.2e10 + n * 1.37e8),
          lastYear: ratio ? 0.09 + (n % 30) / 100 : scale * (1.1e10 + n * 1.2e8),
          growth: ratio ? 0.01 * ((n % 5) - 2) : 0.02 + ((n * 7) % 23) / 100 - 0.05,
        });
      }
    }
  }
  // The headline figure, round so that a test can look for it: 1234.56亿元, growth 12.3%, share 45.6%.
  const head = figures.find((f) => f.region === city.code && f.industry === 'sei' && f.code === 'output_value');
  if (head) Object.assign(head, { value: 123_456_000_000, growth: 0.123 });
  const share = figures.find((f) => f.region === city.code && f.industry === 'sei' && f.code === 'output_share');
  if (share) Object.assign(share, { value: 0.456 });
  return {
    period,
    periodText,
    city,
    counties,
    industries,
    figures,
    liaisons: new Map([
      ['new-energy', { leaderName: '（演示）王副市长', leaderTitleZh: '副市长' }],
      ['bio', { leaderName: '（演示）李副市长', leaderTitleZh: '副市长' }],
    ]),
    warnings: [
      {
        text: '新材料产业产值增速低于倍增轨迹要求（演示）。',
        status: 'at_risk',
        region: city.code,
        industry: 'new-materials',
      },
    ],
    assessment:
      period.kind === 'year'
        ? {
            year: period.year,
            version: 1,
            rows: counties.map((c, i) => ({
              rank: i + 1,
              regionCode: c.code,
              regionName: c.nameZh,
              total: 90 - i * 4.5,
            })),
          }
        : undefined,
    leadingGroup: { nameZh: '嘉兴市培育战略性新兴产业和大企业工作领导小组', officeZh: '领导小组办公室（市经信委）' },
    generatedAt: '2014-02-01T08:00:00.000Z',
  };
}

export function fixtureModel(periodText = '2013'): BulletinModel {
  return buildBulletinModel(fixtureInput(periodText));
}
