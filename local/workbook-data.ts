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
  /** True when the text wraps (Sheets' WRAP strategy; xlsx `wrapText`). */
  wrap?: boolean;
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
  /** True for a tab hidden with `hideSheet` (Excel's sheet state `hidden`). */
  hidden?: boolean;
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

/** A part of a cell the writer handles as one: `value` covers the value, the formula and the link. */
export type CellPart = 'value' | 'format' | 'note' | 'background' | 'bold' | 'wrap';

/**
 * What a run changed in a tab it loaded from a file, against what it loaded: the writer writes
 * everything else back as the file held it.
 */
export interface TabChanges {
  /** Position of the tab in the loaded WorkbookData (and in the file). */
  from: number;
  /** `[r - 1]` = the loaded row that row r now shows (undefined: inserted); null when no row moved. */
  rows: (number | undefined)[] | null;
  cols: (number | undefined)[] | null;
  /** Cells (at their current position) whose parts differ from what was loaded there. */
  cells: { row: number; col: number; parts: CellPart[] }[];
  frozenRows: boolean;
  /** Columns whose width changed. */
  columnWidths: number[];
  hiddenColumns: boolean;
  dataValidations: boolean;
  conditionalFormats: boolean;
}
