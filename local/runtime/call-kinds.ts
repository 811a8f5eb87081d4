// Sorts the counted calls ('Class.method') by what they cost in Apps Script: Sheets round trips, other services, local objects.

/** Builders and values built on the script's side: calling them sends nothing to Sheets. */
const LOCAL_OBJECTS = new Set([
  'RichTextValueBuilder',
  'RichTextValue',
  'DataValidationBuilder',
  'DataValidation',
  'ConditionalFormatRuleBuilder',
  'ConditionalFormatRule',
  'BooleanCondition',
  'EmbeddedChartBuilder',
  'ChartOptions',
  'HtmlOutput',
  'Menu',
  'TextValidationBuilder',
  'Choice',
]);

/** The spreadsheet's own objects: each call is a trip to Sheets, the cost batching keeps down. */
const SHEETS_OBJECTS = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'EmbeddedChart',
]);

export type CallKind = 'sheets-read' | 'sheets-write' | 'service' | 'local';

/** What one counted call is: a local object (a builder, or a `new…` factory), a Sheets read (get…, is…, has…) or write (any other method), or another service. */
export function callKind(key: string): CallKind {
  const [cls, method = ''] = key.split('.');
  if (LOCAL_OBJECTS.has(cls) || /^new[A-Z]/.test(method)) return 'local';
  if (SHEETS_OBJECTS.has(cls)) return /^(get|is|has)[A-Z]/.test(method) ? 'sheets-read' : 'sheets-write';
  return 'service';
}

export interface CallsByKind {
  kind: CallKind;
  total: number;
  /** 'Class.method' → count, busiest first. */
  methods: [string, number][];
}

/** The calls grouped by kind (Sheets reads, Sheets writes, other services, local objects), kinds with no call left out. */
export function callsByKind(calls: Record<string, number>): CallsByKind[] {
  const kinds: CallKind[] = ['sheets-read', 'sheets-write', 'service', 'local'];
  return kinds
    .map((kind) => {
      const methods = Object.entries(calls)
        .filter(([k, n]) => n > 0 && callKind(k) === kind)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      return { kind, total: methods.reduce((s, [, n]) => s + n, 0), methods };
    })
    .filter((g) => g.total > 0);
}
