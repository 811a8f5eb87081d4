// The sidebar page `Bảng điều khiển` (docs/dashboard.md): one 300 px column, its own style and script, no external resource.
import { html, SafeHtml } from '../core/reminders/html';
import { DASHBOARD_SCRIPT } from './dashboard-script';

/** The top-level functions the page calls through google.script.run, by role. */
export interface DashboardServer {
  /** Returns the `DashboardData`. */
  data: string;
  rollup: string;
  preview: string;
  report: string;
}

/** The sidebar is 300 px wide in Sheets: everything stacks in one column and long names wrap. */
const STYLE = `*{box-sizing:border-box}
body{margin:0;padding:8px 10px;font:13px/1.4 Arial,sans-serif;color:#222;overflow-wrap:anywhere}
h1{font-size:15px;margin:0}
h2{font-size:13px;margin:12px 0 4px}
p{margin:2px 0}
.countdown{font-size:18px;font-weight:bold}
.open{color:#0b6b2e}
.late{color:#b00020}
.note{color:#555;font-size:12px}
ul{list-style:none;margin:0;padding:0}
li{display:flex;justify-content:space-between;align-items:flex-start;gap:6px;padding:2px 0;border-bottom:1px solid #eee}
.name{min-width:0}
.badge{flex:none;border-radius:3px;padding:0 4px;font-size:12px}
.b-ok{background:#d9f2e0}
.b-late{background:#fff0c2}
.b-none{background:#fddede}
.b-out{background:#eee}
.row{margin:6px 0}
.top{display:flex;justify-content:space-between;gap:6px}
.pct{flex:none}
.bar{height:10px;background:#e6e6e6;border-radius:3px;overflow:hidden}
.fill{height:100%}
.fill.ok{background:#2e7d32}
.fill.warn{background:#f9a825}
.fill.bad{background:#c62828}
.actions{margin-top:12px}
.actions button{display:block;width:100%;margin:4px 0;padding:6px;font:inherit;cursor:pointer}
#message{min-height:1em;margin-top:8px}
#message.error{color:#b00020}`;

/** The whole page; the data arrives later, from `server.data`, through google.script.run. */
export function dashboardPage(server: DashboardServer): string {
  // JSON inside <script>: `<` written as \u003c so no text can close the script element.
  const names = JSON.stringify(server).replace(/</g, '\\u003c');
  const script = new SafeHtml(
    `(function () {\n'use strict';\nvar SERVER = ${names};${DASHBOARD_SCRIPT}})();`,
  );
  // A full document, as HtmlService expects; no meta tags (Apps Script drops them).
  return html`<!DOCTYPE html>
<html lang="vi"><head><title>Bảng điều khiển</title><style>${new SafeHtml(STYLE)}</style></head>
<body>
<h1 id="commune">Bảng điều khiển NTM</h1>
<div id="content" hidden>
<p id="week"></p>
<p id="deadline"></p>
<p id="countdown" class="countdown"></p>
<p id="next" class="note"></p>
<p id="asof" class="note"></p>
<div id="notes"></div>
<h2 id="reported"></h2>
<ul id="reports"></ul>
<h2>Tiến độ so với kế hoạch đến nay</h2>
<div id="bars"></div>
</div>
<div class="actions">
<button type="button" id="rollup">Tổng hợp tuần</button>
<button type="button" id="preview">Xem trước nhắc hạn</button>
<button type="button" id="report">Báo cáo tuần</button>
<button type="button" id="refresh">Làm mới</button>
</div>
<p id="message" role="status"></p>
<script>${script}</script>
</body></html>`.value;
}
