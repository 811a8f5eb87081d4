// The monthly report as a printable page and as plain text, built from the weekly report's blocks and frame.
import { html } from '../reminders/html';
import { pushAll } from '../lists';
import { mentions, rankingTable, resultsTable } from './report-blocks';
import { documentPage, type ReportHtmlOptions } from './report-page';
import { frameHead, frameTail, mentionLines, resultLine } from './report-text';
import type { MonthlyDoc } from './report-types';

const SECTIONS = {
  results: 'I. KẾT QUẢ THỰC HIỆN TRONG THÁNG',
  emulation: 'II. THI ĐUA GIỮA CÁC THÔN TRONG THÁNG',
  villages: 'III. KẾT QUẢ CỦA TỪNG THÔN',
} as const;

const PRAISED = 'Biểu dương';
const CRITICISED = 'Phê bình, nhắc nhở';
const REPORTS = 'Báo cáo tuần trong tháng';

export function monthlyText(doc: MonthlyDoc): string {
  const period = doc.titles.period.toLocaleLowerCase('vi');
  const planned = doc.titles.planned.toLocaleLowerCase('vi');
  const lines = frameHead(doc);
  lines.push(SECTIONS.results);
  pushAll(
    lines,
    doc.results.map((r, i) => resultLine(r, i, period, planned)),
    ['', SECTIONS.emulation, 'Xếp hạng:'],
  );
  pushAll(
    lines,
    doc.ranking.map(
      (r) =>
        `${r.rank}. ${r.village}: ${[`điểm ${r.score}`, r.weekReport, r.verdict].filter((p) => p !== '').join('; ')}.`,
    ),
  );
  if (doc.outside) lines.push(doc.outside);
  else pushAll(lines, mentionLines(PRAISED, doc.praised), mentionLines(CRITICISED, doc.criticised));
  lines.push('', SECTIONS.villages);
  for (const v of doc.villages) {
    lines.push(`- ${v.village}:`);
    if (v.results.length === 0) lines.push('  Thôn không được giao chỉ tiêu nào.');
    pushAll(
      lines,
      v.results.map((r, i) => `  ${resultLine(r, i, period, planned)}`),
    );
  }
  pushAll(lines, frameTail(doc));
  return lines.join('\n');
}

export function monthlyHtml(doc: MonthlyDoc, options: ReportHtmlOptions = {}): string {
  const emulation = doc.outside
    ? html`<p><b>${doc.outside}</b></p>`
    : html`${mentions(PRAISED, doc.praised)}${mentions(CRITICISED, doc.criticised)}`;
  const villages = doc.villages.map(
    (v) =>
      html`<h3>${v.village}</h3>${v.results.length ? resultsTable(v.results, doc.titles) : html`<p class="none">Thôn không được giao chỉ tiêu nào.</p>`}`,
  );
  const body = html`<h2>${SECTIONS.results}</h2>${resultsTable(doc.results, doc.titles)}
<h2>${SECTIONS.emulation}</h2>${rankingTable(doc.ranking, REPORTS)}${emulation}
<h2>${SECTIONS.villages}</h2>${villages}`;
  return documentPage(doc, body, monthlyText(doc), options);
}
