// The self-test's core in one import: the samples it writes, the comparison of what is read back, the report.
export * from './samples';
export { compareLine, describeCell, errorLine, lineText, selfTestReport } from './lines';
export type { SelfTestLine } from './lines';
export { quotaLine, triggerLine } from './status-lines';
