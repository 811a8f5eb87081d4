// Shared domain records of the pure core: what the workbook model produces and every rule reads.

declare const dayUnit: unique symbol;
declare const instantUnit: unique symbol;
/**
 * A calendar day in the campaign's zone, as whole days since 1970-01-01 (civil calendar, no zone). Branded so
 * the compiler refuses an Instant (or a bare number) where a Day is meant; `src/core/zone.ts` makes them.
 */
export type Day = number & { readonly [dayUnit]: 'day' };
/** An instant, as milliseconds since the Unix epoch (what a Date holds); branded like Day, made in zone.ts. */
export type Instant = number & { readonly [instantUnit]: 'ms' };
/** A cell value as Sheets' getValues returns it ("" for blank). */
export type CellValue = string | number | boolean | Date;

export type IndicatorKind = 'Cộng dồn' | 'Lũy kế' | 'Đạt/Chưa';
export type Level = 'Lỗi' | 'Cảnh báo';

/** Weekly report deadline: ISO weekday (1 = Thứ 2 … 7 = Chủ nhật) and minutes after midnight. */
export interface DeadlineRule {
  weekday: number;
  minuteOfDay: number;
}

export interface Period {
  start: Day;
  end: Day;
}

export interface Settings {
  communeName: string;
  campaignStart: Day;
  campaignEnd: Day;
  deadline: DeadlineRule;
  remindBeforeHours: number;
  officerEmails: string[];
  timeZone: string;
  peakPhases: Period[];
  /** Code of the NQ 44 support indicator (default NUOC_THAI_HT). */
  supportCode: string;
  /** Support per household, in đồng (default 1.000.000). */
  supportAmount: number;
  /** `Biểu mẫu`: the report form's links as written (absent when blank). */
  formLinks?: string;
  /** `Tự gửi yêu cầu sửa` = `Có`: the hourly run also sends the correction requests (default false). */
  autoCorrections: boolean;
  /** `Số báo cáo`: the number written before `/BC-BCĐ` (absent when blank: left to fill in by hand). */
  reportNumber?: string;
  /** `Chức vụ người ký`, e.g. `Trưởng ban` (absent when blank). */
  signerTitle?: string;
  /** `Người ký`: the signer's full name (absent when blank: room left to write it by hand). */
  signerName?: string;
}

export interface Village {
  name: string;
  leader: string;
  emails: string[];
  households: number | null;
  phone: string;
  /** 1-based sheet row in `Thôn`. */
  row: number;
  /** The village's prefilled report-form link (`Link báo cáo`), when the tab has one. */
  reportLink?: string;
}

export interface Indicator {
  code: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  start: Day;
  due: Day;
  /** Village name → target, only villages with a target (> 0). Keyed by the name as written in `Thôn`. */
  targets: Record<string, number>;
  row: number;
}

/** One indicator cell of a report row, exactly as read. */
export interface ReportCell {
  code: string;
  /** Column title as written in the tab. */
  column: string;
  /** 1-based sheet column. */
  col: number;
  value: CellValue;
  /** What the person sees in the cell (display value); used for `Giá trị`. */
  display: string;
}

/** One form answer row of a report tab, as read (nothing parsed yet). */
export interface ReportRow {
  tab: string;
  /** 1-based sheet row. */
  row: number;
  timestamp: CellValue;
  timestampDisplay: string;
  /** Village as written (or the tab's name when the tab has no `Thôn` column). */
  village: string;
  villageCol: number | null;
  reportDate: CellValue;
  reportDateDisplay: string;
  reportDateCol: number | null;
  timestampCol: number;
  /** `null` when the tab has no email column. */
  email: string | null;
  emailCol: number | null;
  /** `null` when the tab has no `Ảnh` column. */
  photo: string | null;
  photoCol: number | null;
  note: string;
  nextWeekPlan: string;
  /** This response's edit link (`Link sửa`), when the tab has one. */
  editLink?: string;
  /** The row's indicator cells that are not blank, in column order (a blank cell reports nothing). */
  cells: ReportCell[];
}

export interface ReportTab {
  name: string;
  rows: ReportRow[];
  /** Titles of the fixed columns as written in the tab (for `Kiểm tra`); absent ones default to the contract's names. */
  columnTitles?: Partial<Record<'timestamp' | 'village' | 'reportDate' | 'email' | 'photo', string>>;
}

/** A problem found in the inputs (model level: settings, villages, targets). */
export interface ModelProblem {
  tab: string;
  /** A1 reference such as `B5`, or '' when it concerns the whole tab. */
  cell: string;
  message: string;
  /** True when this problem stops the model from being built (readModel returns `model: null`). */
  fatal?: boolean;
}

export interface Model {
  settings: Settings;
  villages: Village[];
  indicators: Indicator[];
  reports: ReportTab[];
  /** The titles the workbook's contract tabs actually have, by contract name (messages name tabs by them). */
  tabTitles?: Readonly<Partial<Record<string, string>>>;
}

/** Result of parsing what a person typed: a value, or a reason a village leader understands. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** One problem of a report row (a row of `Kiểm tra`). */
export interface Problem {
  tab: string;
  row: number;
  /** Village as written in the row. */
  village: string;
  /** Column title ('' for a whole-row problem about no single column). */
  column: string;
  /** 1-based sheet column of the offending cell (the timestamp column for whole-row problems without one). */
  col: number;
  level: Level;
  message: string;
  /** The original cell text, as the person typed it. */
  value: string;
  /** True when the whole row is left out; such a problem cannot be accepted. */
  wholeRow: boolean;
  /** Acceptance key (tab, timestamp, village, column, original value). */
  key: string;
  /** True when the officer typed `Đồng ý` for this key (and it can be accepted). */
  accepted: boolean;
  /** False when `Đồng ý` has no effect (whole-row problems, words instead of digits); set by validation. */
  acceptable?: boolean;
}

/** A report row that counts (not left out whole), with the amounts that are counted. */
export interface CountedRow {
  tab: string;
  row: number;
  /** Canonical village name, as in `Thôn`. */
  village: string;
  /** Report day (the `Ngày báo cáo`, else the timestamp's day). */
  day: Day;
  timestamp: Instant;
  /** Week (deadline day) the row belongs to. */
  week: Day;
  onTime: boolean;
  /** Indicator code → counted amount in the indicator's unit (Đạt/Chưa: 1 yes, 0 no). */
  amounts: Record<string, number>;
  nextWeekPlan: string;
}

export interface ValidationResult {
  problems: Problem[];
  rows: CountedRow[];
}

/** One tab as read with one getValues / getDisplayValues: row 1 is the header row. */
export interface TabData {
  name: string;
  values: CellValue[][];
  displays: string[][];
}
