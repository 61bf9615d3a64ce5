import PDFDocument from 'pdfkit';
import { findCjkFont } from './cjk-font.js';
import { industryTitle, sentenceText, type BulletinModel, type ModelChart, type ModelTable } from './bulletin.model.js';
import { assessmentTable, liaisonLine, sectionTitles, warningLines } from './render-common.js';

const MARGIN = 56;
const BLUE = '#1f4e99';

/**
 * The bulletin as PDF: pdfkit with an embedded, subset CJK font (text is selectable and `pdftotext` reads it), tables
 * and bar charts drawn as vectors. Deterministic for a model: the creation date is the model's generation time.
 */
export async function renderPdf(model: BulletinModel): Promise<Buffer> {
  const font = findCjkFont();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: {
      Title: model.title,
      Author: model.leadingGroup?.nameZh ?? model.regionName,
      CreationDate: new Date(model.generatedAt),
    },
    bufferPages: true,
  });
  doc.registerFont('cjk', font.regular.file, font.regular.family);
  doc.registerFont('cjk-bold', font.bold.file, font.bold.family);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const width = doc.page.width - 2 * MARGIN;
  const para = (text: string) => {
    doc.font('cjk').fontSize(11).fillColor('black').text(text, { indent: 22, lineGap: 4, align: 'justify' });
    doc.moveDown(0.4);
  };
  const heading = (text: string) => {
    ensureSpace(doc, 60);
    doc.moveDown(0.3).font('cjk-bold').fontSize(13).fillColor(BLUE).text(text, MARGIN).moveDown(0.3);
  };

  doc.font('cjk-bold').fontSize(18).fillColor('#b00000').text(model.title, { align: 'center' });
  doc.moveDown(0.3);
  doc
    .font('cjk')
    .fontSize(9)
    .fillColor('#555555')
    .text(`${model.leadingGroup?.officeZh ?? model.regionName}\u3000${model.generatedAt.slice(0, 10)}`, {
      align: 'center',
    });
  doc
    .moveTo(MARGIN, doc.y + 6)
    .lineTo(MARGIN + width, doc.y + 6)
    .lineWidth(1.5)
    .strokeColor('#b00000')
    .stroke();
  doc.moveDown(1);

  const titles = sectionTitles(model);
  heading(titles.overview);
  para(sentenceText(model.headline));
  for (const s of model.overview) para(sentenceText(s));

  heading(titles.industries);
  model.industries.forEach((section, i) => {
    ensureSpace(doc, 50);
    doc
      .font('cjk-bold')
      .fontSize(11.5)
      .fillColor('black')
      .text(`（${chineseNumber(i + 1)}）${industryTitle(section.nameZh)}`);
    doc.font('cjk').fontSize(9.5).fillColor('#555555').text(liaisonLine(section.liaison));
    doc.moveDown(0.2);
    for (const s of section.sentences) para(sentenceText(s));
  });
  const [byIndustry, byCounty] = model.tables;
  if (byIndustry) drawTable(doc, byIndustry, width);

  heading(titles.counties);
  for (const s of model.counties) para(sentenceText(s));
  if (byCounty) drawTable(doc, byCounty, width);

  heading(titles.charts);
  for (const chart of model.charts) drawBarChart(doc, chart, width);

  heading(titles.warnings);
  for (const line of warningLines(model)) para(line);

  if (model.assessment) {
    heading(titles.assessment);
    const table = assessmentTable(model);
    if (table) drawTable(doc, table, width);
    else para(`${model.period}年度县（市、区）战略性新兴产业发展考核结果尚未公布。`);
  }

  // Page numbers, once every page exists.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font('cjk')
      .fontSize(8)
      .fillColor('#777777')
      .text(`— ${i + 1} / ${range.count} —`, MARGIN, doc.page.height - MARGIN + 16, {
        width,
        align: 'center',
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}

function ensureSpace(doc: PDFKit.PDFDocument, needed: number) {
  if (doc.y + needed > doc.page.height - MARGIN) doc.addPage();
}

function drawTable(doc: PDFKit.PDFDocument, table: ModelTable, width: number) {
  const columns = table.columns.length;
  const first = width * 0.22;
  const rest = (width - first) / Math.max(1, columns - 1);
  const widths = table.columns.map((_, i) => (i === 0 ? first : rest));
  const rowHeight = 18;
  ensureSpace(doc, 40 + rowHeight * 2);
  doc.moveDown(0.3).font('cjk-bold').fontSize(10).fillColor('black').text(table.title, MARGIN, doc.y, {
    width,
    align: 'center',
  });
  doc.moveDown(0.3);
  const drawRow = (cells: string[], header: boolean) => {
    const height = header ? rowHeight * 1.6 : rowHeight;
    ensureSpace(doc, height);
    const y = doc.y;
    let x = MARGIN;
    if (header) doc.rect(MARGIN, y, width, height).fill('#e8eef8');
    cells.forEach((text, i) => {
      const w = widths[i] ?? rest;
      doc.rect(x, y, w, height).lineWidth(0.5).strokeColor('#888888').stroke();
      doc
        .font(header ? 'cjk-bold' : 'cjk')
        .fontSize(header ? 8 : 8.5)
        .fillColor('black')
        .text(text, x + 3, y + 4, { width: w - 6, align: i === 0 ? 'left' : header ? 'center' : 'right', lineGap: 0 });
      x += w;
    });
    doc.x = MARGIN;
    doc.y = y + height;
  };
  drawRow(table.columns, true);
  for (const row of table.rows) {
    drawRow(
      row.map((c) => c.text),
      false,
    );
  }
  doc.moveDown(0.8);
}

function drawBarChart(doc: PDFKit.PDFDocument, chart: ModelChart, width: number) {
  const barHeight = 14;
  const gap = 6;
  const height = 30 + chart.bars.length * (barHeight + gap);
  ensureSpace(doc, height + 20);
  doc.font('cjk-bold').fontSize(10).fillColor('black').text(`${chart.title}（${chart.unit}）`, MARGIN, doc.y, {
    width,
    align: 'center',
  });
  doc.moveDown(0.4);
  if (chart.bars.length === 0) {
    doc.font('cjk').fontSize(9).text('暂无数据', { align: 'center' });
    doc.moveDown(0.8);
    return;
  }
  const labelWidth = 90;
  const valueWidth = 60;
  const plot = width - labelWidth - valueWidth;
  const max = Math.max(...chart.bars.map((b) => Math.abs(b.value)), 1e-9);
  const hasNegative = chart.bars.some((b) => b.value < 0);
  const zero = MARGIN + labelWidth + (hasNegative ? plot / 2 : 0);
  const scale = (hasNegative ? plot / 2 : plot) / max;
  const top = doc.y;
  chart.bars.forEach((bar, i) => {
    const y = top + i * (barHeight + gap);
    doc
      .font('cjk')
      .fontSize(8.5)
      .fillColor('black')
      .text(bar.label, MARGIN, y + 2, {
        width: labelWidth - 6,
        align: 'right',
        lineBreak: false,
      });
    const length = Math.abs(bar.value) * scale;
    const x = bar.value >= 0 ? zero : zero - length;
    doc.rect(x, y, Math.max(length, 0.5), barHeight).fill(bar.value >= 0 ? '#3b6fc4' : '#c44e3b');
    const valueX = bar.value >= 0 ? zero + length + 4 : zero + 4;
    doc
      .font('cjk')
      .fontSize(8)
      .fillColor('#333333')
      .text(bar.value.toFixed(chart.unit === '%' ? 1 : 2), valueX, y + 2, { width: valueWidth, lineBreak: false });
  });
  doc
    .moveTo(zero, top - 2)
    .lineTo(zero, top + chart.bars.length * (barHeight + gap))
    .lineWidth(0.6)
    .strokeColor('#444444')
    .stroke();
  doc.x = MARGIN;
  doc.y = top + chart.bars.length * (barHeight + gap) + 12;
}

export function chineseNumber(n: number): string {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  if (n <= 10) return digits[n] ?? String(n);
  if (n < 20) return `十${digits[n - 10] ?? ''}`;
  return String(n);
}
