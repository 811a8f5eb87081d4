// Apps Script enums as plain string values (`String(SpreadsheetApp.ProtectionType.SHEET) === 'SHEET'`, as in Apps Script).

/** An enum object whose members are their own names, typed as the Apps Script enum. */
export function enumOf<T>(names: readonly string[]): T {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as T;
}

type S = typeof GoogleAppsScript.Spreadsheet;

export const ProtectionType = enumOf<S['ProtectionType']>(['RANGE', 'SHEET']);
export const BorderStyle = enumOf<S['BorderStyle']>([
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
]);
export const DataValidationCriteria = enumOf<S['DataValidationCriteria']>([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);
export const BooleanCriteria = enumOf<S['BooleanCriteria']>([
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'TEXT_EQUAL_TO',
  'CUSTOM_FORMULA',
]);
export const WrapStrategy = enumOf<S['WrapStrategy']>(['WRAP', 'OVERFLOW', 'CLIP']);
export const Dimension = enumOf<S['Dimension']>(['COLUMNS', 'ROWS']);
export const ChartType = enumOf<typeof GoogleAppsScript.Charts.ChartType>([
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TIMELINE',
  'TREEMAP',
  'WATERFALL',
]);
export const Button = enumOf<typeof GoogleAppsScript.Base.Button>(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = enumOf<typeof GoogleAppsScript.Base.ButtonSet>([
  'OK',
  'OK_CANCEL',
  'YES_NO',
  'YES_NO_CANCEL',
]);
export const AuthMode = enumOf<typeof GoogleAppsScript.Script.AuthMode>([
  'NONE',
  'CUSTOM_FUNCTION',
  'LIMITED',
  'FULL',
]);
export const TriggerSource = enumOf<typeof GoogleAppsScript.Script.TriggerSource>([
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
]);
export const EventType = enumOf<typeof GoogleAppsScript.Script.EventType>([
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]);
export const WeekDay = enumOf<typeof GoogleAppsScript.Base.Weekday>([
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
]);
export const SandboxMode = enumOf<typeof GoogleAppsScript.HTML.SandboxMode>(['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = enumOf<typeof GoogleAppsScript.HTML.XFrameOptionsMode>([
  'ALLOWALL',
  'DEFAULT',
]);
