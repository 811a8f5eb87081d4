// Self-test probes of values: typed text kept as text, dates in the sheet's zone, a note, a rich-text link; one write and one read each.
import {
  compareLine,
  DATE_FORMATS,
  describeCell,
  SAMPLE_DAY,
  SAMPLE_LINK_TEXT,
  SAMPLE_MINUTE,
  SAMPLE_NOTE,
  TYPED_TEXTS,
  type SelfTestLine,
} from '../../core/self-test';
import type { CellValue } from '../../core/types';
import { formatInstant, instantOf, startOfDayInstant } from '../../core/zone';
import { asText } from '../cell-text';
import type { Sheet } from '../tab-io';

/** Row 1: each typed text written as the product writes user text; read back as the same text, no formula. */
export function probeTypedText(sheet: Sheet, zone: string): SelfTestLine {
  const range = sheet.getRange(1, 1, 1, TYPED_TEXTS.length);
  range.setValues([TYPED_TEXTS.map(asText)]);
  const values = range.getValues()[0] as CellValue[];
  const formulas = range.getFormulas()[0];
  return compareLine(
    'Chữ gõ giữ nguyên (1/2, 001, 3,5, =1+1)',
    TYPED_TEXTS.map((t) => describeCell(t, zone)),
    values.map((v, i) => describeCell(v, zone) + (formulas[i] ? `, công thức ${formulas[i]}` : '')),
  );
}

/** Row 2: a day at midnight and at 14:30 in the sheet's zone, formatted dd/MM/yyyy (HH:mm); read back as the same instants and texts. */
export function probeDates(sheet: Sheet, zone: string): SelfTestLine {
  const instants = [startOfDayInstant(SAMPLE_DAY, zone), instantOf(SAMPLE_DAY, SAMPLE_MINUTE, zone)];
  const range = sheet.getRange(2, 1, 1, instants.length);
  range.setNumberFormats([[...DATE_FORMATS]]);
  range.setValues([instants.map((t) => new Date(t))]);
  const values = range.getValues()[0] as CellValue[];
  const shown = range.getDisplayValues()[0];
  const expected = instants.flatMap((t, i) => {
    const text = formatInstant(t, zone);
    return [`ngày ${text}`, `hiển thị ${i === 0 ? text.slice(0, 10) : text}`];
  });
  const actual = values.flatMap((v, i) => [describeCell(v, zone), `hiển thị ${shown[i]}`]);
  return compareLine(`Ngày giờ theo múi giờ của sổ (${zone})`, expected, actual);
}

/** Cell A3: a note with characters HTML and Sheets treat specially; read back unchanged. */
export function probeNote(sheet: Sheet): SelfTestLine {
  const range = sheet.getRange(3, 1, 1, 1);
  range.setNotes([[SAMPLE_NOTE]]);
  return compareLine('Ghi chú trên ô', [SAMPLE_NOTE], [String(range.getNotes()[0][0])]);
}

/** Cell A4: a rich-text link to the scratch tab's A1, as `Kiểm tra` links each place; read back text and link. */
export function probeLink(sheet: Sheet): SelfTestLine {
  const url = `#gid=${sheet.getSheetId()}&range=A1`;
  const range = sheet.getRange(4, 1, 1, 1);
  range.setRichTextValues([
    [SpreadsheetApp.newRichTextValue().setText(SAMPLE_LINK_TEXT).setLinkUrl(url).build()],
  ]);
  const read = range.getRichTextValues()[0][0];
  return compareLine(
    'Liên kết trong ô (rich text)',
    [`chữ "${SAMPLE_LINK_TEXT}"`, `liên kết ${url}`],
    [read ? `chữ "${read.getText()}"` : '(không có)', `liên kết ${read?.getLinkUrl() ?? '(không có)'}`],
  );
}
