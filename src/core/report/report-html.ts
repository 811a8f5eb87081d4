// The weekly report as a printable HTML page: every workbook value goes through the reminders' escaping template.
import { html, SafeHtml } from '../reminders/html';
import type { ReportDoc, VillagePlan } from './report-types';
import { reportText } from './report-text';
import { sectionTitles } from './sections';
import { unitInParens } from '../unit-text';
import { mentions, names, NUM, rankingTable, resultsTable, supportBlock } from './report-blocks';
import { documentPage, type ReportHtmlOptions } from './report-page';

export type { ReportHtmlOptions } from './report-page';

const BEHIND = new SafeHtml(' class="behind"');

function emulation(doc: ReportDoc): SafeHtml {
  const table = rankingTable(doc.ranking);
  if (doc.outside) return html`${table}<p><b>${doc.outside}</b></p>`;
  return html`${table}${mentions('Biểu dương', doc.praised)}${mentions('Nhắc nhở', doc.reminded)}${names('Chưa nộp báo cáo', doc.notSubmitted)}${names('Nộp trễ hạn', doc.late)}`;
}

function villageTable(p: VillagePlan): SafeHtml {
  if (p.lines.length === 0) return html`<p class="none">Thôn không được giao chỉ tiêu nào.</p>`;
  const rows = p.lines.map(
    (l, i) =>
      html`<tr${l.behind ? BEHIND : null}><td${NUM}>${i + 1}</td><td>${l.name}${unitInParens(l.unit)}</td><td${NUM}>${l.target}</td><td${NUM}>${l.result}</td><td>${l.nextWeek}</td></tr>`,
  );
  return html`<table class="village"><thead><tr><th>TT</th><th>Nội dung</th><th>Chỉ tiêu giao</th><th>Kết quả</th><th>Kế hoạch tuần tới</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function villagePlan(p: VillagePlan): SafeHtml {
  const plans = p.plans.length
    ? html`<p>Kế hoạch tuần tới của thôn:</p><ul class="plans">${p.plans.map((t) => html`<li>${t}</li>`)}</ul>`
    : html`<p class="none">Thôn chưa gửi kế hoạch tuần tới.</p>`;
  return html`<h3>${p.village}</h3>${villageTable(p)}${plans}`;
}

/** The whole page: toolbar (print button, text version to copy), then the report as printed. */
export function reportHtml(doc: ReportDoc, options: ReportHtmlOptions = {}): string {
  const t = sectionTitles(doc);
  const body = html`<h2>${t.results}</h2>${resultsTable(doc.results)}
<h2>${t.emulation}</h2>${emulation(doc)}
${t.support && doc.support ? html`<h2>${t.support}</h2>${supportBlock(doc.support)}` : null}
<h2>${t.plans}</h2>${doc.plans.map(villagePlan)}`;
  return documentPage(doc, body, reportText(doc), options);
}
