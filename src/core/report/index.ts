// The weekly report core: build the report of a rolled-up week, render it as printable HTML or plain text.
export { weeklyReport } from './weekly-report';
export { reportHtml, type ReportHtmlOptions } from './report-html';
export { reportText } from './report-text';
export { villagePlans, MAX_PLAN_CHARS } from './plan-section';
export { amountText, percentText, dongText } from './report-format';
export type * from './report-types';
export { reportMail, reportFileStem, type ReportMail } from './report-mail';
export { monthlyReport } from './monthly-report';
export { monthlyHtml, monthlyText } from './monthly-html';
export { monthSpan, monthText, parseMonthChoice, resolveMonth, type Month, type MonthChoice } from './month';
