// The monthly report as a printable page and as plain text, built from the weekly report's blocks and frame.
import { html } from '../reminders/html';
import { pushAll } from '../lists';
import { unitInParens } from '../unit-text';
import { mentions, rankingTable, resultsTable, supportBlock } from './report-blocks';
import { documentPage, type ReportHtmlOptions } from './report-page';
import { frameHead, frameTail, mentionLines, resultLine, supportLines } from './report-text';
import type { MonthlyDoc, MonthVillage } from './report-types';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Section titles, numbered I, II, …: NQ 44 support only when tracked; next month's tasks only while the campaign goes on. */
function sections(doc: MonthlyDoc) {
  let n = 0;
  const next = (title: string) => `${ROMAN[n++]}. ${title}`;
  const tasks = doc.villages.some((v) => v.tasks.length > 0);
  return {
    results: next('KẾT QUẢ THỰC HIỆN TRONG THÁNG'),
    emulation: next('THI ĐUA GIỮA CÁC THÔN TRONG THÁNG'),
    support: doc.support ? next('HỖ TRỢ THEO NGHỊ QUYẾT 44/2021/NQ-HĐND') : null,
    villages: next(tasks ? 'KẾT QUẢ VÀ NHIỆM VỤ THÁNG TỚI CỦA TỪNG THÔN' : 'KẾT QUẢ CỦA TỪNG THÔN'),
  };
}

const TASKS = 'Nhiệm vụ tháng tới';

/** What a village still has to do, one line per indicator not finished: `Trồng hàng rào xanh (m): Cần 16,4 m/ngày (hạn 15/05/2023)`. */
function taskLines(v: MonthVillage): string[] {
  if (v.tasks.length === 0) return [];
  const open = v.tasks.filter((t) => !t.finished);
  if (open.length === 0) return ['Đã hoàn thành mọi chỉ tiêu được giao.'];
  return open.map((t) => `${t.name}${unitInParens(t.unit)}: ${t.nextWeek}`);
}

const PRAISED = 'Biểu dương';
const CRITICISED = 'Phê bình, nhắc nhở';
const REPORTS = 'Báo cáo tuần trong tháng';

export function monthlyText(doc: MonthlyDoc): string {
  const period = doc.titles.period.toLocaleLowerCase('vi');
  const planned = doc.titles.planned.toLocaleLowerCase('vi');
  const t = sections(doc);
  const lines = frameHead(doc);
  lines.push(t.results);
  pushAll(
    lines,
    doc.results.map((r, i) => resultLine(r, i, period, planned)),
    ['', t.emulation, 'Xếp hạng:'],
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
  if (t.support && doc.support) pushAll(lines, ['', t.support], supportLines(doc.support));
  lines.push('', t.villages);
  for (const v of doc.villages) {
    lines.push(`- ${v.village}:`);
    if (v.results.length === 0) lines.push('  Thôn không được giao chỉ tiêu nào.');
    pushAll(
      lines,
      v.results.map((r, i) => `  ${resultLine(r, i, period, planned)}`),
    );
    const tasks = taskLines(v);
    if (v.results.length && tasks.length)
      pushAll(
        lines,
        [`  ${TASKS}:`],
        tasks.map((l) => `  + ${l}.`),
      );
  }
  pushAll(lines, frameTail(doc));
  return lines.join('\n');
}

export function monthlyHtml(doc: MonthlyDoc, options: ReportHtmlOptions = {}): string {
  const emulation = doc.outside
    ? html`<p><b>${doc.outside}</b></p>`
    : html`${mentions(PRAISED, doc.praised)}${mentions(CRITICISED, doc.criticised)}`;
  const t = sections(doc);
  const villages = doc.villages.map((v) => {
    const tasks = taskLines(v);
    const todo = tasks.length
      ? html`<p>${TASKS}:</p><ul class="plans">${tasks.map((l) => html`<li>${l}</li>`)}</ul>`
      : null;
    return v.results.length
      ? html`<h3>${v.village}</h3>${resultsTable(v.results, doc.titles)}${todo}`
      : html`<h3>${v.village}</h3><p class="none">Thôn không được giao chỉ tiêu nào.</p>`;
  });
  const body = html`<h2>${t.results}</h2>${resultsTable(doc.results, doc.titles)}
<h2>${t.emulation}</h2>${rankingTable(doc.ranking, REPORTS)}${emulation}
${t.support && doc.support ? html`<h2>${t.support}</h2>${supportBlock(doc.support)}` : null}
<h2>${t.villages}</h2>${villages}`;
  return documentPage(doc, body, monthlyText(doc), options);
}
