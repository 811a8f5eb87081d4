// Adapter for the form-submit event: tells a real answer from the blank submissions Forms sometimes sends, and whether a form is linked.
import { REPORT_COLUMNS, titlesOf } from '../../core/contract';
import { headerKey } from '../../core/model';
import { isBlank } from '../../core/text';
import { active, type Spreadsheet } from '../tab-io';

/** What a spreadsheet's form-submit event may carry (every field optional: a spurious event may lack them). */
export interface FormSubmitEvent {
  range?: GoogleAppsScript.Spreadsheet.Range;
  values?: unknown[];
  namedValues?: Record<string, unknown[] | unknown>;
}

/** Answers Forms (or the add-on, for `Link sửa`) fills in by itself: they alone do not make a report. */
const AUTOMATIC = new Set(
  [REPORT_COLUMNS.timestamp, REPORT_COLUMNS.email, REPORT_COLUMNS.editLink].flatMap(titlesOf).map(headerKey),
);

function blankAnswer(v: unknown): boolean {
  return Array.isArray(v) ? v.every((x) => isBlank(x)) : isBlank(v);
}

function onlyAutomatic(pairs: [unknown, unknown][]): boolean {
  return pairs.every(([title, v]) => AUTOMATIC.has(headerKey(title)) || blankAnswer(v));
}

/** The submitted row as (header, value) pairs: its values and the header above them (two small reads). */
function rowPairs(range: GoogleAppsScript.Spreadsheet.Range): [unknown, unknown][] {
  if (range.getRow() < 2) return [];
  const sheet = range.getSheet();
  const values = range.getValues()[0] ?? [];
  const header = sheet.getRange(1, range.getColumn(), 1, Math.max(1, values.length)).getValues()[0];
  return values.map((v, i) => [header[i], v]);
}

/**
 * True for a submission with nothing in it besides what Forms writes itself (timestamp, email):
 * judged from `namedValues`, else `values` (the first is the timestamp), else the row in the sheet.
 * An event carrying none of them is not called blank: validating once more costs nothing.
 */
export function isBlankSubmission(e: FormSubmitEvent | null | undefined): boolean {
  if (!e || typeof e !== 'object') return false;
  if (e.namedValues && typeof e.namedValues === 'object' && Object.keys(e.namedValues).length > 0) {
    return onlyAutomatic(Object.entries(e.namedValues));
  }
  if (Array.isArray(e.values) && e.values.length > 0) return e.values.slice(1).every((v) => isBlank(v));
  if (e.range && typeof e.range.getSheet === 'function') return onlyAutomatic(rowPairs(e.range));
  return false;
}

/** True when some tab of the spreadsheet receives a Google Form's answers. */
export function hasLinkedForm(ss: Spreadsheet = active()): boolean {
  return ss.getSheets().some((s) => {
    try {
      return !!s.getFormUrl();
    } catch (_e) {
      return false;
    }
  });
}
