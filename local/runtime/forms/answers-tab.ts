// The answers tab a linked form owns, as Google keeps it: created on link, one column per question, rows written by responses.
import { WallDate, type Cell } from '../cell';
import { storedOf, writeCell } from '../cell-values';
import { conventions } from '../locale';
import type { FakeSheet } from '../sheet';
import { toWall, wallOf } from '../zone';
import { ITEM_PREFIX, itemKey, type FormState, type ResponseData } from './model';
import type { FormStore } from './store';

const vi = (locale: string) => locale.startsWith('vi');
const tabBase = (locale: string) => (vi(locale) ? 'Câu trả lời biểu mẫu' : 'Form Responses');
const timestampTitle = (locale: string) => (vi(locale) ? 'Dấu thời gian' : 'Timestamp');
const emailTitle = (locale: string) => (vi(locale) ? 'Địa chỉ email' : 'Email Address');

/** Creates `Câu trả lời biểu mẫu N` (first free N) as the first tab, writes its header and every response so far. */
export function linkAnswersTab(store: FormStore, form: FormState): void {
  const ss = store.spreadsheet;
  const base = tabBase(store.ctx.locale);
  let n = 1;
  while (ss.sheets.some((s) => s.name.toLowerCase() === `${base} ${n}`.toLowerCase())) n++;
  const sheet = ss.addSheet(`${base} ${n}`, 0);
  sheet.frozenRows = 1;
  form.destination = { spreadsheetId: ss.id, sheetName: sheet.name, columns: [] };
  store.sheets.set(form.id, sheet);
  syncAnswerColumns(store, form);
  for (const r of form.responses) r.row = undefined;
  for (const r of form.responses) writeResponseRow(store, form, r);
}

/** The live answers tab of a linked form (undefined when unlinked or the tab was deleted). */
export function answersTab(store: FormStore, form: FormState): FakeSheet | undefined {
  const sheet = store.sheets.get(form.id);
  if (!sheet || !store.spreadsheet.sheets.includes(sheet)) return undefined;
  if (form.destination) form.destination.sheetName = sheet.name;
  return sheet;
}

/** Header titles wanted, in form order: timestamp, email when collected, then each question. */
function wanted(store: FormStore, form: FormState): { key: string; title: string }[] {
  const locale = store.ctx.locale;
  const out = [{ key: 'timestamp', title: timestampTitle(locale) }];
  if (form.collectEmail) out.push({ key: 'email', title: emailTitle(locale) });
  for (const i of form.items) out.push({ key: itemKey(i.id), title: i.title });
  return out;
}

/**
 * Brings the header in line with the form: a renamed question retitles its column, a new one gets a column right of
 * the form's last column (columns the script added there move right), a deleted one keeps its column and answers.
 */
export function syncAnswerColumns(store: FormStore, form: FormState): void {
  const sheet = answersTab(store, form);
  const dest = form.destination;
  if (!sheet || !dest) return;
  for (const { key, title } of wanted(store, form)) {
    let column = dest.columns.find((c) => c.key === key);
    if (!column) {
      const col = dest.columns.reduce((m, c) => Math.max(m, c.col), 0) + 1;
      const used = [...sheet.grid.cells()].some(
        ([, c, cell]) => c === col && (cell.value !== undefined || cell.formula !== undefined),
      );
      if (used) sheet.grid.insertColumns(col, 1);
      else if (col > sheet.grid.maxCols)
        sheet.grid.insertColumns(sheet.grid.maxCols + 1, col - sheet.grid.maxCols);
      column = { key, col };
      dest.columns.push(column);
    }
    const cell = sheet.grid.at(1, column.col);
    if (cell.value !== title) writeCell(cell, { value: title });
  }
}

/** The cell contents for one answer: a date for a DATE question, else the text read as if typed in the sheet. */
function answerCell(
  store: FormStore,
  type: string | undefined,
  text: string,
  current: Cell | undefined,
): Pick<Cell, 'value' | 'format' | 'formula'> {
  const ctx = store.ctx;
  if (text === '') return {};
  if (type === 'DATE') {
    const [y, m, d] = text.split('-').map(Number);
    return { value: new WallDate(wallOf(y, m, d) as number), format: conventions(ctx.locale).dateFormat };
  }
  // Forms never writes a formula: an answer starting with `=` stays text.
  if (text.startsWith('=')) return { value: text };
  return storedOf(text, current?.format, ctx);
}

/**
 * Writes a response into its row: a new response on the first empty row, an edited one over its own row.
 * Only the form's columns are written; returns the row.
 */
export function writeResponseRow(
  store: FormStore,
  form: FormState,
  response: ResponseData,
): number | undefined {
  const sheet = answersTab(store, form);
  const dest = form.destination;
  if (!sheet || !dest) return undefined;
  const row = response.row ?? sheet.grid.lastRow() + 1;
  if (row > sheet.grid.maxRows) sheet.grid.insertRows(sheet.grid.maxRows + 1, row - sheet.grid.maxRows);
  const conv = conventions(store.ctx.locale);
  for (const { key, col } of dest.columns) {
    const cell = sheet.grid.at(row, col);
    let next: Pick<Cell, 'value' | 'format' | 'formula'>;
    if (key === 'timestamp')
      next = { value: new WallDate(toWall(response.at, store.ctx.timeZone)), format: conv.dateTimeFormat };
    else if (key === 'email') next = response.email ? { value: response.email } : {};
    else {
      const id = key.slice(ITEM_PREFIX.length);
      const item = form.items.find((i) => String(i.id) === id);
      // A deleted question's column keeps what was written there.
      if (!item) continue;
      next = answerCell(store, item.type, response.answers[id] ?? '', cell);
    }
    writeCell(cell, next);
    if (next.format) cell.format = next.format;
    sheet.grid.tidy(row, col);
  }
  response.row = row;
  return row;
}

/** The form's columns of a row: their 1-based positions, left to right. */
export function formColumns(form: FormState): number[] {
  return (form.destination?.columns ?? []).map((c) => c.col).sort((a, b) => a - b);
}
