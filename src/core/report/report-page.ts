// A report as a printable HTML page (NĐ 30/2020 layout): toolbar (print, text to copy), heading, title, the body, Nơi nhận and signer.
import { html, SafeHtml } from '../reminders/html';
import { REPORT_STYLE } from './report-style';
import type { DocFrame } from './report-types';

export interface ReportHtmlOptions {
  /** Adds `data-ntm-save-as="…"` to `<html>`: the local runner saves the page under this file name (no meta tag: Apps Script drops them). */
  saveAs?: string;
}

/** The style sheet is a constant of this code (no workbook text): inserted as written, CSS quotes intact. */
const STYLE = new SafeHtml(REPORT_STYLE);

/** The whole page around `body` (already built); `text` is the plain version offered to copy. */
export function documentPage(
  frame: DocFrame,
  body: SafeHtml,
  text: string,
  options: ReportHtmlOptions = {},
): string {
  const saveAs = options.saveAs ? html` data-ntm-save-as="${options.saveAs}"` : null;
  const recipients = frame.recipients.map(
    (r, i) => html`- ${r}${i === frame.recipients.length - 1 ? '.' : ';'}<br>`,
  );
  const page = html`<!DOCTYPE html>
<html lang="vi"${saveAs}><head><meta charset="utf-8"><title>${frame.title} ${frame.subject}</title><style>${STYLE}</style></head>
<body>
<div class="toolbar"><button type="button" onclick="window.print()">In / lưu PDF</button>
<label>Bản chữ để dán vào Zalo hoặc thư điện tử:<textarea readonly rows="8" onclick="this.select()">${text}</textarea></label></div>
<table class="head"><tr><td><b class="up">${frame.issuer}</b><br>${frame.number}</td><td><b class="up">Cộng hòa xã hội chủ nghĩa Việt Nam</b><br><b>Độc lập - Tự do - Hạnh phúc</b></td></tr>
<tr><td></td><td><i>${frame.placeDate}</i></td></tr></table>
<h1>${frame.title}</h1><p class="subject"><b>${frame.subject}</b></p>
<p class="center">${frame.recipient}</p>
<p class="asof"><i>${frame.asOf}</i></p>
${body}
<table class="head sign"><tr><td><b><i>Nơi nhận:</i></b><br>${recipients}</td><td><b class="up">${frame.signerTitle}</b><div class="sign-space"></div><b>${frame.signerName}</b></td></tr></table>
</body></html>`;
  return page.value;
}
