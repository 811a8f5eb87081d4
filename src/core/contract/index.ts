// The workbook contract (docs/workbook.md) in one import: tab names, column titles and notes, settings, the example plan.
export * from './tabs';
export * from './input-columns';
export * from './output-columns';
export * from './settings-params';
export * from './vocabulary';
export * from './ledger-words';
export * from './seed-plan';
export * from './seed-tables';
