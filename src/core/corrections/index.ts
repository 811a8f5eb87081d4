// The correction requests core as the adapters use it: which are due, and what each email says.
export { dueCorrections } from './correction-requests';
export { isOpenError, ReportRows, reportsToFix } from './reports-to-fix';
export type { DueCorrectionsInput } from './correction-requests';
export { correctionMessage } from './correction-message';
export { fixLink, reportHtml, reportText, shownReports } from './report-lines';
export type { CorrectionMessage } from './correction-message';
export { problemSetDigest } from './digest';
export { leaderProblem, splitMessage } from './leader-text';
export type { CorrectionItem, DueCorrections, LeaderProblem, ReportToFix } from './correction-types';
