// Neutral workbook snapshot exchanged between the in-memory Sheets runtime and the .xlsx reader/writer.

/** One cell. `value` holds what getValues would return (Date = instant); `formula` is without the leading `=`. */
export interface CellData {
  value: string | number | boolean | Date | null;
  formula?: string;
  /** Number format as Sheets writes it (`dd/MM/yyyy`, `#,##0.##`, `@` for plain text, '' = automatic). */
  numberFormat?: string;
  note?: string;
  /** Background colour `#rrggbb`, or undefined for none. */
  background?: string;
  bold?: boolean;
  /** Hyperlink target of the cell, if any. */
  link?: string;
}

export interface DataValidationData {
  /** A1 range, e.g. `D2:D1000`. */
  range: string;
  kind: 'list' | 'date' | 'number';
  /** For `list`. */
  values?: string[];
  helpText?: string;
  allowInvalid: boolean;
}

export interface ConditionalFormatData {
  range: string;
  /** `blank`, `textEqual`, or `formula`. */
  kind: 'blank' | 'textEqual' | 'formula';
  text?: string;
  formula?: string;
  background: string;
}

export interface SheetData {
  name: string;
  /** rows[r][c] is cell (r+1, c+1); missing or null entries are blank cells. */
  rows: (CellData | null)[][];
  frozenRows?: number;
  /** Column widths in pixels, by 1-based column. */
  columnWidths?: Record<number, number>;
  /** 1-based columns hidden (`hideColumns`), ascending. */
  hiddenColumns?: number[];
  dataValidations?: DataValidationData[];
  conditionalFormats?: ConditionalFormatData[];
  /** Warning-only protection description, if the sheet is protected. */
  protection?: { description: string; warningOnly: boolean };
  /** Number of embedded charts (xlsx cannot carry them). */
  charts?: number;
}

export interface WorkbookData {
  sheets: SheetData[];
  timeZone?: string;
  locale?: string;
}
