import type { BulletinModel, ModelLiaison, ModelTable } from './bulletin.model.js';

/** Section headings shared by the formats, numbered in the order they appear. */
export function sectionTitles(model: BulletinModel) {
  return {
    overview: '一、总体情况',
    industries: '二、分产业情况',
    counties: '三、分县（市、区）情况',
    charts: '四、图表',
    warnings: '五、预警情况',
    assessment: model.assessment ? `六、${model.period}年度县（市、区）考核结果` : '',
  };
}

/** `联系市领导：张三（副市长）`, addressed to each industry's section. */
export function liaisonLine(liaison: ModelLiaison | null): string {
  return liaison
    ? `联系市领导：${liaison.leaderName}（${liaison.leaderTitleZh}）`
    : '联系市领导：未指定（由领导小组办公室在“联系制度”中指定）';
}

export function warningLines(model: BulletinModel): string[] {
  if (model.warnings.length === 0) return ['本期无预警。'];
  return model.warnings.map((w, i) => `${i + 1}. ${w.text}`);
}

/** The published assessment as a table; null when the bulletin has none published. */
export function assessmentTable(model: BulletinModel): ModelTable | null {
  const a = model.assessment?.published;
  if (!a) return null;
  return {
    title: `表3\u3000${a.year}年度县（市、区）战略性新兴产业发展考核结果${a.version ? `（第${a.version}版）` : ''}`,
    columns: ['名次', '县（市、区）', '总分'],
    rows: a.rows.map((r) => [{ text: String(r.rank) }, { text: r.regionName }, { text: r.total.toFixed(2) }]),
  };
}
