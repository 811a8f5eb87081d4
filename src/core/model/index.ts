// The workbook model in one import: readModel, the forgiving lookups adapters use, and the setting parsers.
export { readModel, findTab, type ModelResult } from './read-model';
export { matchVillage, findVillageIn } from './match-village';
export { findHeader, findHeaderAny, findColumn, headerKey } from './headers';
export { parseDeadlineRule, formatDeadlineRule } from './deadline-rule';
export { parseEmailList, parsePeakPhases } from './setting-values';
export { indicatorOfTitle } from './read-reports';
export { parseKind } from './read-indicators';
export { a1, columnLetter, parseCellRef } from './a1';
export {
  LEDGER_FIELDS,
  ledgerColumns,
  ledgerTitle,
  readLedger,
  type LedgerColumns,
  type LedgerField,
  type LedgerRead,
} from './read-ledger';
