import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { industryTitle, sentenceText, type BulletinModel, type ModelChart, type ModelTable } from './bulletin.model.js';
import { assessmentTable, liaisonLine, sectionTitles, warningLines } from './render-common.js';
import { chineseNumber } from './render-pdf.js';

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: 'Times New Roman' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' };

const body = (text: string) =>
  new Paragraph({
    children: [new TextRun({ text, font: FONT, size: 28 })],
    indent: { firstLine: 560 },
    spacing: { line: 440, after: 60 },
    alignment: AlignmentType.JUSTIFIED,
  });
const heading = (text: string) =>
  new Paragraph({
    children: [new TextRun({ text, font: HEADING_FONT, size: 30, bold: true })],
    spacing: { before: 240, after: 120 },
  });
const caption = (text: string) =>
  new Paragraph({
    children: [new TextRun({ text, font: HEADING_FONT, size: 22, bold: true })],
    alignment: AlignmentType.CENTER,
    spacing: { before: 160, after: 80 },
  });

function table(t: ModelTable): (Paragraph | Table)[] {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '888888' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (text: string, header: boolean, first: boolean) =>
    new TableCell({
      borders,
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF8' } : undefined,
      children: [
        new Paragraph({
          alignment: first ? AlignmentType.LEFT : header ? AlignmentType.CENTER : AlignmentType.RIGHT,
          children: [new TextRun({ text, font: FONT, size: 18, bold: header })],
        }),
      ],
    });
  return [
    caption(t.title),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c, true, i === 0)) }),
        ...t.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c.text, false, i === 0)) })),
      ],
    }),
  ];
}

/** A chart as Word can show it anywhere: a two-column table with the value and a bar drawn in block characters. */
function chart(c: ModelChart): (Paragraph | Table)[] {
  if (c.bars.length === 0) return [caption(`${c.title}（${c.unit}）`), body('暂无数据。')];
  const max = Math.max(...c.bars.map((b) => Math.abs(b.value)), 1e-9);
  return table({
    title: `${c.title}（${c.unit}）`,
    columns: ['', c.unit, ''],
    rows: c.bars.map((b) => [
      { text: b.label },
      { text: b.value.toFixed(c.unit === '%' ? 1 : 2) },
      { text: `${b.value < 0 ? '−' : ''}${'█'.repeat(Math.max(1, Math.round((Math.abs(b.value) / max) * 20)))}` },
    ]),
  });
}

/** The bulletin as a Word document (docx): the same sections as the PDF, tables as Word tables. */
export async function renderDocx(model: BulletinModel): Promise<Buffer> {
  const titles = sectionTitles(model);
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: model.title, font: HEADING_FONT, size: 40, bold: true, color: 'B00000' })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [
        new TextRun({
          text: `${model.leadingGroup?.officeZh ?? model.regionName}\u3000${model.generatedAt.slice(0, 10)}`,
          font: FONT,
          size: 20,
          color: '555555',
        }),
      ],
    }),
    heading(titles.overview),
    body(sentenceText(model.headline)),
    ...model.overview.map((s) => body(sentenceText(s))),
    heading(titles.industries),
  ];
  model.industries.forEach((section, i) => {
    children.push(
      new Paragraph({
        children: [
          new TextRun({
            text: `（${chineseNumber(i + 1)}）${industryTitle(section.nameZh)}`,
            font: HEADING_FONT,
            size: 28,
          }),
        ],
        spacing: { before: 120 },
      }),
      new Paragraph({
        children: [new TextRun({ text: liaisonLine(section.liaison), font: FONT, size: 22, color: '555555' })],
      }),
      ...section.sentences.map((s) => body(sentenceText(s))),
    );
  });
  const [byIndustry, byCounty] = model.tables;
  if (byIndustry) children.push(...table(byIndustry));
  children.push(heading(titles.counties), ...model.counties.map((s) => body(sentenceText(s))));
  if (byCounty) children.push(...table(byCounty));
  children.push(heading(titles.charts));
  for (const c of model.charts) children.push(...chart(c));
  children.push(heading(titles.warnings), ...warningLines(model).map(body));
  if (model.assessment) {
    children.push(heading(titles.assessment));
    const t = assessmentTable(model);
    children.push(...(t ? table(t) : [body(`${model.period}年度县（市、区）战略性新兴产业发展考核结果尚未公布。`)]));
  }
  const doc = new Document({
    creator: model.leadingGroup?.officeZh ?? model.regionName,
    title: model.title,
    sections: [{ properties: {}, children }],
  });
  return Packer.toBuffer(doc);
}
