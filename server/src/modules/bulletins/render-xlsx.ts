import ExcelJS from 'exceljs';
import {
  sentenceFigures,
  industryTitle,
  sentenceText,
  type BulletinModel,
  type ModelTable,
  type Sentence,
} from './bulletin.model.js';
import { assessmentTable, warningLines } from './render-common.js';

/**
 * The bulletin as a workbook: the text, each table as a sheet with numbers as numbers, and two sheets that keep the
 * trace — every sentence with the figure ids it shows, and every figure (region, industry, code, period) with its values.
 */
export async function renderXlsx(model: BulletinModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = model.leadingGroup?.officeZh ?? model.regionName;
  wb.created = new Date(model.generatedAt);
  wb.modified = new Date(model.generatedAt);

  const text = wb.addWorksheet('通报');
  text.getColumn(1).width = 110;
  text.addRow([model.title]).font = { bold: true, size: 14 };
  const sentences: { section: string; s: Sentence }[] = [
    { section: '总体情况', s: model.headline },
    ...model.overview.map((s) => ({ section: '总体情况', s })),
    ...model.industries.flatMap((i) => i.sentences.map((s) => ({ section: `${industryTitle(i.nameZh)}`, s }))),
    ...model.counties.map((s) => ({ section: '分县（市、区）', s })),
  ];
  for (const { s } of sentences) text.addRow([sentenceText(s)]).alignment = { wrapText: true };
  for (const line of warningLines(model)) text.addRow([`预警：${line}`]).alignment = { wrapText: true };

  const addTable = (name: string, t: ModelTable) => {
    const ws = wb.addWorksheet(name);
    ws.addRow([t.title]).font = { bold: true };
    ws.addRow(t.columns).font = { bold: true };
    for (const row of t.rows) {
      ws.addRow(row.map((c, i) => (i > 0 && c.figure && c.text !== '—' ? Number(c.text) : c.text)));
    }
    ws.columns.forEach((c, i) => (c.width = i === 0 ? 18 : 14));
  };
  const [byIndustry, byCounty] = model.tables;
  if (byIndustry) addTable('分产业', byIndustry);
  if (byCounty) addTable('分县（市、区）', byCounty);
  const assessment = assessmentTable(model);
  if (assessment) addTable('考核结果', assessment);

  const trace = wb.addWorksheet('句子与指标');
  trace.addRow(['部分 section', '句子 sentence', '指标 figure ids']).font = { bold: true };
  for (const { section, s } of sentences) trace.addRow([section, sentenceText(s), sentenceFigures(s).join('; ')]);
  trace.getColumn(2).width = 90;
  trace.getColumn(3).width = 60;

  const figures = wb.addWorksheet('指标数据');
  figures.addRow(['id', 'region', 'industry', 'code', 'period', 'unit', 'value', 'last_year', 'growth']).font = {
    bold: true,
  };
  for (const f of Object.values(model.figures)) {
    figures.addRow([f.id, f.region, f.industry, f.code, f.period, f.unit, f.value, f.lastYear, f.growth]);
  }
  figures.getColumn(1).width = 40;

  return Buffer.from(await wb.xlsx.writeBuffer());
}
