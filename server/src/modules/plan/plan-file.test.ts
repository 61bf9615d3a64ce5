import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { jiaxingPlanFile } from '../../../test/app.js';
import { formatProblem, moneyTextToFen, parsePlanText, readPlanFile } from './plan-file.js';

const original = fs.readFileSync(jiaxingPlanFile, 'utf8');

/** The Jiaxing file with one edit made through the YAML document, so the rest stays byte-identical. */
function edited(edit: (doc: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(original);
  edit(doc);
  return doc.toString();
}

function problemsOf(text: string) {
  const result = parsePlanText(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems.map(formatProblem);
}

describe('the Jiaxing plan file', () => {
  const result = readPlanFile(jiaxingPlanFile);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  const plan = result.plan;

  it('holds the six industries of §二 with their codes', () => {
    expect(plan.industries.map((i) => [i.code, i.name.zh])).toEqual([
      ['new-energy', '新能源'],
      ['new-materials', '新材料'],
      ['iot', '物联网及相关产业'],
      ['energy-saving', '节能环保'],
      ['bio', '生物'],
      ['nuclear', '核电关联'],
    ]);
    for (const industry of plan.industries) {
      expect(industry.subsectors.length).toBeGreaterThan(0);
      expect(industry.keyProducts.length).toBeGreaterThan(0);
    }
  });

  it('holds the city and its seven county-level units with GB/T 2260 codes', () => {
    expect(plan.city.code).toBe('330400');
    expect(plan.city.counties.map((c) => `${c.code} ${c.name.zh}`)).toEqual([
      '330402 南湖区',
      '330411 秀洲区',
      '330421 嘉善县',
      '330424 海盐县',
      '330481 海宁市',
      '330482 平湖市',
      '330483 桐乡市',
    ]);
  });

  it('encodes every target of §三 with the kinds of INDICATORS.md', () => {
    const byId = new Map(plan.targets.map((t) => [t.id, t]));
    expect(byId.get('sei-output-multiple')).toMatchObject({
      kind: 'multiple',
      multiple: 3,
      baseYear: 2010,
      targetYear: 2015,
    });
    expect(byId.get('sei-output-level')).toMatchObject({ kind: 'level', value: 3600e8 });
    expect(byId.get('sei-output-share')).toMatchObject({ kind: 'share', value: 0.3 });
    expect(byId.get('sei-value-added-growth')).toMatchObject({ kind: 'annual_growth', growth: 0.15 });
    expect(byId.get('sei-value-added-gdp-share')).toMatchObject({
      kind: 'annual_change',
      change: 0.015,
      expectedValue: 0.18,
    });
    expect(byId.get('sei-rd-intensity')).toMatchObject({ kind: 'ratio_floor', value: 0.03 });
    for (const industry of ['new-energy', 'new-materials']) {
      expect(byId.get(`${industry}-output`)).toMatchObject({ kind: 'level', value: 1000e8, scope: { industry } });
    }
    for (const industry of ['iot', 'energy-saving', 'bio', 'nuclear']) {
      expect(byId.get(`${industry}-output`)).toMatchObject({ kind: 'level', value: 100e8, scope: { industry } });
    }
  });

  it('encodes the instruments: 5亿元 a year, 3 years full and 3 years half, land share ≥ 50%', () => {
    expect(moneyTextToFen(plan.instruments.specialFund.annualBudget)).toBe(500_000_000 * 100);
    expect(plan.instruments.specialFund.uses).toHaveLength(4);
    expect(plan.instruments.taxRefund.schedule).toEqual([
      { years: 3, rate: 1 },
      { years: 3, rate: 0.5 },
    ]);
    expect(plan.instruments.land.seiShareMin).toBe(0.5);
  });

  it('gives every county one or two focus industries, marked as editable defaults', () => {
    expect(plan.focusIndustries.map((f) => f.region).sort()).toEqual(plan.city.counties.map((c) => c.code).sort());
    for (const f of plan.focusIndustries) {
      expect(f.industries.length).toBeGreaterThanOrEqual(1);
      expect(f.industries.length).toBeLessThanOrEqual(2);
      expect(f.basis).toBe('default');
    }
  });

  it('has an assessment scheme whose weights add up to 100', () => {
    expect(plan.assessment.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
  });
});

describe('plan check: errors name the path inside the file', () => {
  it('names the target and field of a value of the wrong type, with its line', () => {
    const text = edited((doc) => doc.setIn(['targets', 3, 'growth'], 'fifteen percent'));
    const line = text.split('\n').findIndex((l) => l.includes('fifteen percent')) + 1;
    expect(problemsOf(text)).toContain(
      `targets[3].growth (line ${line}): expected a number, got the text "fifteen percent"`,
    );
  });

  it('names a missing required field', () => {
    const text = edited((doc) => doc.deleteIn(['industries', 2, 'name', 'en']));
    expect(problemsOf(text).some((p) => p.startsWith('industries[2].name.en') && p.includes('required'))).toBe(true);
  });

  it('names a reference to an industry the file does not define', () => {
    const text = edited((doc) => doc.setIn(['clusters', 0, 'industry'], 'space'));
    expect(
      problemsOf(text).some((p) => p.startsWith('clusters[0].industry') && p.includes('unknown industry "space"')),
    ).toBe(true);
  });

  it('accepts a stated breakdown of an amount target and names what is wrong in one', () => {
    const ok = edited((doc) =>
      doc.set('cascade', [{ target: 'sei-output-level', region: '330402', value: 45000000000 }]),
    );
    const parsed = parsePlanText(ok);
    expect(parsed.ok && parsed.plan.cascade).toEqual([{ target: 'sei-output-level', region: '330402', value: 45e9 }]);
    const bad = edited((doc) =>
      doc.set('cascade', [
        { target: 'no-such-target', region: '330402', value: 1 },
        { target: 'sei-output-share', region: '330402', value: 1 },
        { target: 'sei-output-level', region: '999999', industry: 'space', value: 1 },
      ]),
    );
    const problems = problemsOf(bad);
    expect(problems.some((p) => p.startsWith('cascade[0].target') && p.includes('unknown target'))).toBe(true);
    expect(problems.some((p) => p.startsWith('cascade[1].target') && p.includes('share target'))).toBe(true);
    expect(problems.some((p) => p.startsWith('cascade[2].region') && p.includes('unknown region'))).toBe(true);
    expect(problems.some((p) => p.startsWith('cascade[2].industry') && p.includes('unknown industry'))).toBe(true);
  });

  it('names duplicate target ids', () => {
    const text = edited((doc) => doc.setIn(['targets', 1, 'id'], 'sei-output-multiple'));
    expect(problemsOf(text)).toContainEqual(expect.stringMatching(/^targets\[1\].*duplicate "sei-output-multiple"/));
  });

  it('rejects assessment weights that do not add up to 100', () => {
    const text = edited((doc) => doc.setIn(['assessment', 'criteria', 0, 'weight'], 31));
    expect(problemsOf(text)).toContainEqual(expect.stringMatching(/^assessment\.criteria.*weights add up to 101/));
  });

  it('rejects an amount without its unit', () => {
    const text = edited((doc) => doc.setIn(['instruments', 'specialFund', 'annualBudget'], '500000000'));
    expect(problemsOf(text)).toContainEqual(expect.stringMatching(/^instruments\.specialFund\.annualBudget.*"5亿元"/));
  });

  it('reports broken YAML with its line', () => {
    const problems = problemsOf('id: x\nname: [unclosed\n');
    expect(problems[0]).toMatch(/line \d+\): YAML:/);
  });

  it('reports a file that cannot be read', () => {
    const result = readPlanFile('/nonexistent/plan.yaml');
    expect(result.ok).toBe(false);
  });
});

describe('money in plan files', () => {
  it('converts 亿元, 万元 and 元 to integer fen', () => {
    expect(moneyTextToFen('5亿元')).toBe(50_000_000_000);
    expect(moneyTextToFen('3000万元')).toBe(3_000_000_000);
    expect(moneyTextToFen('0.01元')).toBe(1);
    expect(moneyTextToFen('1.5万元')).toBe(1_500_000);
  });
});
