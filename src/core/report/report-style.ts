// The weekly report page's style sheet: A4, Times New Roman like an administrative document; the toolbar is not printed.

export const REPORT_STYLE = `
@page { size: A4; margin: 15mm 15mm 15mm 20mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.35; color: #000; margin: 12px; }
.toolbar { font-family: Arial, sans-serif; font-size: 10pt; background: #f3f3f3; border: 1px solid #ccc; padding: 8px; margin-bottom: 16px; }
.toolbar button { font-size: 11pt; padding: 4px 14px; margin-bottom: 6px; cursor: pointer; }
.toolbar textarea { display: block; width: 100%; box-sizing: border-box; font-family: Arial, sans-serif; font-size: 10pt; margin-top: 4px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; }
th, td { border: 1px solid #000; padding: 3px 5px; vertical-align: top; }
th { background: #d9e2f3; font-weight: bold; text-align: center; }
td.num { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; }
table.head td { border: none; text-align: center; width: 50%; }
table.sign td { text-align: left; font-size: 11pt; }
table.sign td + td { text-align: center; font-size: 13pt; }
.up { text-transform: uppercase; }
h1 { text-align: center; font-size: 15pt; margin: 18px 0 0; }
h2 { font-size: 13pt; margin: 16px 0 6px; }
h3 { font-size: 13pt; margin: 10px 0 4px; }
.subject, .center { text-align: center; margin: 4px 0; }
.asof { margin: 8px 0; }
ul.plans li { white-space: pre-line; overflow-wrap: anywhere; word-break: break-word; }
h3, li, p, td { overflow-wrap: break-word; }
.none { font-style: italic; }
.sign-space { height: 70px; }
table.village td:nth-child(2) { width: 38%; }
tr.behind td:last-child { font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
@media print { .toolbar { display: none; } body { margin: 0; } th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;
