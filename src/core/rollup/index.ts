// The weekly rollup core: what adapters and custom functions import.
export { rollup } from './rollup';
export * from './rollup-types';
export { plannedToDate, plannedFraction } from './planned-to-date';
export { backlog } from './backlog';
export { perDay, perDayFor } from './per-day';
export { progress } from './progress';
export { status } from './status';
export { cumulative } from './cumulative';
export { thisWeek } from './this-week';
export { communeLine, communeLines } from './commune-rows';
export { weekReport } from './week-report';
export { villageScore, meanOfCapped } from './score';
export { ranking, tieScore } from './ranking';
export { verdict } from './verdict';
export {
  supportBlock,
  supportAmount,
  unclaimedHouseholds,
  DEFAULT_SUPPORT_AMOUNT,
  DEFAULT_SUPPORT_CODE,
  SUPPORT_COMPARE_CODE,
} from './support';
export { ROLLUP_HEADERS, SCORE_HEADERS, rollupTableRows, scoreTableRows, lineRow } from './rollup-tables';
export { HISTORY_HEADERS, historyRows, weekDateCell } from './history';
export {
  historyLayout,
  placeRow,
  weekOfCell,
  replaceWeekBlock,
  firstDifferentRow,
  type HistoryLayout,
  type ReplaceOptions,
} from './history-block';
export { supportTableRows } from './support-table';
export { CHART_HEADERS, chartRows, plannedShare } from './chart-data';
export { decimalSum } from './decimal-sum';
export {
  campaignNote,
  campaignPhase,
  phaseSentence,
  OUTSIDE_VERDICT,
  type CampaignPhase,
} from './campaign-note';
export { weekNote } from './week-note';
