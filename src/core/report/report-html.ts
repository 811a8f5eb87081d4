// The weekly report as a printable HTML page: every workbook value goes through the reminders' escaping template.
import { html, SafeHtml } from '../reminders/html';
import type { Mention, ReportDoc, SupportSection, VillagePlan } from './report-types';
import { reportText } from './report-text';
import { sectionTitles } from './sections';
import { REPORT_STYLE } from './report-style';
import { unitInParens } from '../unit-text';

export interface ReportHtmlOptions {
  /** Adds `data-ntm-save-as="…"` to `<html>`: the local runner saves the page under this file name (no meta tag: Apps Script drops them). */
  saveAs?: string;
}

const NUM = new SafeHtml(' class="num"');
const BEHIND = new SafeHtml(' class="behind"');
/** The style sheet is a constant of this code (no workbook text): inserted as written, CSS quotes intact. */
const STYLE = new SafeHtml(REPORT_STYLE);

function resultsTable(doc: ReportDoc): SafeHtml {
  if (doc.results.length === 0)
    return html`<p>Chưa có chỉ tiêu nào được giao cho các thôn (tab Chỉ tiêu).</p>`;
  const rows = doc.results.map(
    (r, i) =>
      html`<tr><td${NUM}>${i + 1}</td><td>${r.name}</td><td>${r.unit}</td><td${NUM}>${r.target}</td><td${NUM}>${r.done}</td><td${NUM}>${r.thisWeek}</td><td${NUM}>${r.ratio}</td><td${NUM}>${r.planned}</td><td${NUM}>${r.backlog}</td><td>${r.status}</td></tr>`,
  );
  return html`<table><thead><tr><th>TT</th><th>Nội dung</th><th>ĐVT</th><th>Chỉ tiêu</th><th>Lũy kế</th><th>Tuần này</th><th>Tỷ lệ</th><th>Kế hoạch đến nay</th><th>Nợ tồn</th><th>Trạng thái</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function mentions(title: string, list: readonly Mention[]): SafeHtml {
  if (list.length === 0) return html`<p><b>${title}:</b> không có.</p>`;
  return html`<p><b>${title}:</b></p><ul>${list.map((m) => html`<li><b>${m.village}</b>: ${m.reason}.</li>`)}</ul>`;
}

function names(title: string, list: readonly string[]): SafeHtml {
  return html`<p><b>${title}:</b> ${list.length ? list.join(', ') : 'không có'}.</p>`;
}

function emulation(doc: ReportDoc): SafeHtml {
  const rows = doc.ranking.map(
    (r) =>
      html`<tr><td${NUM}>${r.rank}</td><td>${r.village}</td><td>${r.weekReport}</td><td${NUM}>${r.score}</td><td>${r.verdict}</td></tr>`,
  );
  const table = html`<table><thead><tr><th>Xếp hạng</th><th>Thôn</th><th>Báo cáo tuần</th><th>Điểm</th><th>Đánh giá</th></tr></thead><tbody>${rows}</tbody></table>`;
  if (doc.outside) return html`${table}<p><b>${doc.outside}</b></p>`;
  return html`${table}${mentions('Biểu dương', doc.praised)}${mentions('Nhắc nhở', doc.reminded)}${names('Chưa nộp báo cáo', doc.notSubmitted)}${names('Nộp trễ hạn', doc.late)}`;
}

function support(s: SupportSection): SafeHtml {
  const row = (r: SupportSection['total'], total = false) =>
    total
      ? html`<tr class="total"><td>${r.village}</td><td${NUM}>${r.eligible}</td><td${NUM}>${r.households}</td><td${NUM}>${r.amount}</td></tr>`
      : html`<tr><td>${r.village}</td><td${NUM}>${r.eligible}</td><td${NUM}>${r.households}</td><td${NUM}>${r.amount}</td></tr>`;
  return html`<p>${s.name} (${s.code}).</p>${s.summary.map((l) => html`<p>${l}</p>`)}<table><thead><tr><th>Thôn</th><th>Hộ đủ điều kiện</th><th>Hộ đã xây</th><th>Kinh phí hỗ trợ (đồng)</th></tr></thead><tbody>${s.rows.map((r) => row(r))}${row(s.total, true)}</tbody></table>`;
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
  const saveAs = options.saveAs ? html` data-ntm-save-as="${options.saveAs}"` : null;
  const recipients = doc.recipients.map(
    (r, i) => html`- ${r}${i === doc.recipients.length - 1 ? '.' : ';'}<br>`,
  );
  const page = html`<!DOCTYPE html>
<html lang="vi"${saveAs}><head><meta charset="utf-8"><title>${doc.title} ${doc.subject}</title><style>${STYLE}</style></head>
<body>
<div class="toolbar"><button type="button" onclick="window.print()">In / lưu PDF</button>
<label>Bản chữ để dán vào Zalo hoặc thư điện tử:<textarea readonly rows="8" onclick="this.select()">${reportText(doc)}</textarea></label></div>
<table class="head"><tr><td><b class="up">${doc.issuer}</b><br>${doc.number}</td><td><b class="up">Cộng hòa xã hội chủ nghĩa Việt Nam</b><br><b>Độc lập - Tự do - Hạnh phúc</b></td></tr>
<tr><td></td><td><i>${doc.placeDate}</i></td></tr></table>
<h1>${doc.title}</h1><p class="subject"><b>${doc.subject}</b></p>
<p class="center">${doc.recipient}</p>
<p class="asof"><i>${doc.asOf}</i></p>
<h2>${t.results}</h2>${resultsTable(doc)}
<h2>${t.emulation}</h2>${emulation(doc)}
${t.support && doc.support ? html`<h2>${t.support}</h2>${support(doc.support)}` : null}
<h2>${t.plans}</h2>${doc.plans.map(villagePlan)}
<table class="head sign"><tr><td><b><i>Nơi nhận:</i></b><br>${recipients}</td><td><b class="up">${doc.signerTitle}</b><div class="sign-space"></div><b>${doc.signerName}</b></td></tr></table>
</body></html>`;
  return page.value;
}
