import type { Evaluation } from './assessment.service.js';

/** The ranking as a plain-text table for the terminal: rank, county, total, points per criterion (actual). */
export function formatAssessment(e: Evaluation): string {
  const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(2)}%`);
  const header = [
    '名次 rank',
    '县（市、区） county',
    '总分 total',
    ...e.criteria.map((c) => `${c.name.zh}（${c.weight}）`),
  ];
  const rows = e.ranking.map((r) => [
    String(r.rank),
    r.name.zh,
    r.total.toFixed(2),
    ...r.scores.map((s) => `${s.points.toFixed(2)} (${pct(s.actual)})`),
  ]);
  const width = (text: string) => [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c)))
      .join('  ')
      .trimEnd();
  return [
    `${e.year}年县（市、区）战略性新兴产业发展考核 · assessment ${e.year} · plan ${e.planId} · scheme v${e.schemeVersion} (not stored, not published)`,
    line(header),
    ...rows.map(line),
    '分数 = 权重 · clamp((实际 − 下限)/(目标 − 下限), 0, 1)；括号内为实际值 / points (actual); no data scores 0',
  ].join('\n');
}
