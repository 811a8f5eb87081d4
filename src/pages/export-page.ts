// The dialog of `Xuất dữ liệu cho tỉnh` (docs/export.md): the CSV travels inside the page; the page's own script makes the download.
import { escapeHtml } from '../core/reminders/html';
import { EXPORT_FILE } from '../core/export/schema';

/** The CSV as a JSON string fit for a `<script type="application/json">` element (no `<`, no line separators). */
export function embeddedJson(csv: string): string {
  return JSON.stringify(csv)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The first `n` lines of the CSV, for the preview. */
function firstLines(csv: string, n: number): string {
  return csv.split('\r\n').slice(0, n).join('\n');
}

/**
 * A page holding the CSV (`#ntm-csv`, JSON) and a button whose script turns it into a UTF-8 Blob and
 * downloads it as `ntm-export.csv`: no Drive file, no new permission. `data-ntm-save-csv` tells the local
 * runner to write the same text to `DIR/ntm-export.csv`.
 */
export function exportPageHtml(csv: string, summary: string): string {
  return `<!DOCTYPE html>
<html lang="vi" data-ntm-save-csv="${EXPORT_FILE}">
<head><meta charset="utf-8"><title>Xuất dữ liệu cho tỉnh</title>
<style>body{font-family:Arial,sans-serif;font-size:14px;margin:16px}button{font-size:14px;padding:6px 14px}
pre{background:#f4f4f4;padding:8px;overflow:auto;max-height:220px;font-size:12px}</style></head>
<body>
<p>${escapeHtml(summary)}</p>
<p><button id="tai" type="button">Tải tệp ${EXPORT_FILE}</button> rồi gửi tệp này cho tỉnh (thư, Zalo, thư mục chung).</p>
<p>Tệp CSV mã UTF-8, dòng đầu là tên cột; xem mô tả các cột trong tài liệu Xuất dữ liệu cho tỉnh.</p>
<pre>${escapeHtml(firstLines(csv, 6))}</pre>
<script type="application/json" id="ntm-csv">${embeddedJson(csv)}</script>
<script>
document.getElementById('tai').addEventListener('click', function () {
  var csv = JSON.parse(document.getElementById('ntm-csv').textContent);
  var url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  var a = document.createElement('a');
  a.href = url;
  a.download = '${EXPORT_FILE}';
  document.body.appendChild(a);
  a.click();
  setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
});
</script>
</body></html>`;
}

/** The CSV a page built by `exportPageHtml` carries, or null for any other page. */
export function csvOfExportPage(page: string): { file: string; csv: string } | null {
  const file = /<html\b[^>]*\sdata-ntm-save-csv="([^"]*)"/i.exec(page)?.[1];
  const json = /<script type="application\/json" id="ntm-csv">([^<]*)<\/script>/.exec(page)?.[1];
  if (!file || json === undefined) return null;
  const csv: unknown = JSON.parse(json);
  return typeof csv === 'string' ? { file, csv } : null;
}
