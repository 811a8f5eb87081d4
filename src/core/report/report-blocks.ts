// Blocks the weekly and monthly reports share as HTML: the table of results per indicator, the ranking, the lists of villages named, NQ 44 support.
import { html, SafeHtml } from '../reminders/html';
import type { Mention, RankItem, ResultItem, SupportSection } from './report-types';

export const NUM = new SafeHtml(' class="num"');

/** Column titles that differ between reports: the period's amount (`Tuần này`, `Trong tháng`) and the plan (`Kế hoạch đến nay`). */
export interface ResultTitles {
  period: string;
  planned: string;
}

export const WEEK_TITLES: ResultTitles = { period: 'Tuần này', planned: 'Kế hoạch đến nay' };

/** One row per indicator: Chỉ tiêu, Lũy kế, the period's amount, Tỷ lệ, the plan, Nợ tồn, Trạng thái. */
export function resultsTable(items: readonly ResultItem[], titles: ResultTitles = WEEK_TITLES): SafeHtml {
  if (items.length === 0) return html`<p>Chưa có chỉ tiêu nào được giao cho các thôn (tab Chỉ tiêu).</p>`;
  const rows = items.map(
    (r, i) =>
      html`<tr><td${NUM}>${i + 1}</td><td>${r.name}</td><td>${r.unit}</td><td${NUM}>${r.target}</td><td${NUM}>${r.done}</td><td${NUM}>${r.thisWeek}</td><td${NUM}>${r.ratio}</td><td${NUM}>${r.planned}</td><td${NUM}>${r.backlog}</td><td>${r.status}</td></tr>`,
  );
  return html`<table><thead><tr><th>TT</th><th>Nội dung</th><th>ĐVT</th><th>Chỉ tiêu</th><th>Lũy kế</th><th>${titles.period}</th><th>Tỷ lệ</th><th>${titles.planned}</th><th>Nợ tồn</th><th>Trạng thái</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Villages praised or reminded, each with its reason; `không có` when none. */
export function mentions(title: string, list: readonly Mention[]): SafeHtml {
  if (list.length === 0) return html`<p><b>${title}:</b> không có.</p>`;
  return html`<p><b>${title}:</b></p><ul>${list.map((m) => html`<li><b>${m.village}</b>: ${m.reason}.</li>`)}</ul>`;
}

/** A list of village names on one line; `không có` when none. */
export function names(title: string, list: readonly string[]): SafeHtml {
  return html`<p><b>${title}:</b> ${list.length ? list.join(', ') : 'không có'}.</p>`;
}

/** The ranking, best first: Xếp hạng, Thôn, the villages' reports (`reportTitle`), Điểm, Đánh giá. */
export function rankingTable(ranking: readonly RankItem[], reportTitle = 'Báo cáo tuần'): SafeHtml {
  const rows = ranking.map(
    (r) =>
      html`<tr><td${NUM}>${r.rank}</td><td>${r.village}</td><td>${r.weekReport}</td><td${NUM}>${r.score}</td><td>${r.verdict}</td></tr>`,
  );
  return html`<table><thead><tr><th>Xếp hạng</th><th>Thôn</th><th>${reportTitle}</th><th>Điểm</th><th>Đánh giá</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** NQ 44 support: the indicator, the summary sentences, a row per village and the total. */
export function supportBlock(s: SupportSection): SafeHtml {
  const row = (r: SupportSection['total'], total = false) =>
    total
      ? html`<tr class="total"><td>${r.village}</td><td${NUM}>${r.eligible}</td><td${NUM}>${r.households}</td><td${NUM}>${r.amount}</td></tr>`
      : html`<tr><td>${r.village}</td><td${NUM}>${r.eligible}</td><td${NUM}>${r.households}</td><td${NUM}>${r.amount}</td></tr>`;
  return html`<p>${s.name} (${s.code}).</p>${s.summary.map((l) => html`<p>${l}</p>`)}<table><thead><tr><th>Thôn</th><th>Hộ đủ điều kiện</th><th>Hộ đã xây</th><th>Kinh phí hỗ trợ (đồng)</th></tr></thead><tbody>${s.rows.map((r) => row(r))}${row(s.total, true)}</tbody></table>`;
}
