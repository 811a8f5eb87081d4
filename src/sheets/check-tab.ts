// Adapter for `Kiểm tra`: rebuilt in one clear, one setValues, one plain-text format, one wrap and one set of links to the offending cells.
import { TAB } from '../core/contract';
import { a1 } from '../core/model';
import { fold } from '../core/text';
import type { Place } from './check/check-rows';
import type { CheckTable } from './check/check-table';
import { WARNING_COLOR } from './check/marks';
import { active, ensureSize, findSheet, writeBlock, type Sheet, type Spreadsheet } from './tab-io';
import { insertTab } from './new-tab';

/**
 * The in-document link to a place: `#gid=<sheet id>&range=<A1>`, built only from numbers and column
 * letters. It goes on a rich-text value, so no formula is ever written and the tab name stays plain text.
 */
export function placeLink(place: Place, sheetIds: ReadonlyMap<string, number>): string | null {
  const id = sheetIds.get(place.tab) ?? sheetIds.get(fold(place.tab));
  if (id === undefined) return null;
  return place.row && place.col ? `#gid=${id}&range=${a1(place.row, place.col)}` : `#gid=${id}`;
}

function sheetIdsOf(ss: Spreadsheet): Map<string, number> {
  const ids = new Map<string, number>();
  for (const s of ss.getSheets()) {
    const id = s.getSheetId();
    ids.set(s.getName(), id);
    if (!ids.has(fold(s.getName()))) ids.set(fold(s.getName()), id);
  }
  return ids;
}

/** Replaces the contents of `Kiểm tra` (created when missing) with `table`; data validations and protection stay. */
export function writeCheckTab(table: CheckTable, ss: Spreadsheet = active()): Sheet {
  const sheet = findSheet(ss, TAB.check) ?? insertTab(ss, TAB.check);
  const height = table.values.length;
  const width = table.header.length;
  const rows = Math.max(sheet.getLastRow(), height);
  const cols = Math.max(sheet.getLastColumn(), width);
  ensureSize(sheet, rows, cols);
  // Formats go too, so a leftover plain-text format cannot keep the apostrophe that guards the text written next.
  sheet.getRange(1, 1, rows, cols).clear({ contentsOnly: true, formatOnly: true, commentsOnly: true });
  writeBlock(sheet, 1, 1, table.values);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setNotes([table.notes]);
  sheet.setFrozenRows(1);
  // `Khóa` is for the add-on (it keeps acceptances across rebuilds): hidden, so the officer reads the problems only.
  sheet.hideColumns(table.keyCol);
  if (height > 1) {
    // Plain text, so the original value shows exactly as typed (=1+1, 3.200, 16/3) even when an officer retypes it.
    sheet.getRange(2, table.valueCol, height - 1, 1).setNumberFormat('@');
    // A message runs over one line (how to fix it, the officer's unclear text below): it wraps in its column.
    sheet.getRange(2, table.messageCol, height - 1, 1).setWrapStrategy(SpreadsheetApp.WrapStrategy.WRAP);
    const ids = sheetIdsOf(ss);
    const links = table.places.map((place) => {
      const url = placeLink(place, ids);
      const text = SpreadsheetApp.newRichTextValue().setText(place.tab);
      return [(url ? text.setLinkUrl(url) : text).build()];
    });
    sheet.getRange(2, table.tabCol, height - 1, 1).setRichTextValues(links);
    // An officer's text in Xác nhận that is not Đồng ý is kept, and its cell shows it needs a look.
    if (table.unclear.some((u) => u)) {
      sheet
        .getRange(2, table.confirmCol, height - 1, 1)
        .setBackgrounds(table.unclear.map((u) => [u ? WARNING_COLOR : null]));
    }
  }
  return sheet;
}
