// What the self-test writes into its scratch tab and expects to read back: one sample of each kind of value the product relies on.
import { dayFromYmd } from '../zone';

export const SELF_TEST_LABEL = 'Tự kiểm tra';
/** The scratch tab's name starts with this; a number makes it unique. */
export const SCRATCH_PREFIX = 'NTM tự kiểm tra';
/** Texts an officer types that Sheets would read as a date, a number or a formula if written bare. */
export const TYPED_TEXTS: readonly string[] = ['1/2', '001', '3,5', '=1+1'];
/** A day written as a date at midnight and at 14:30 in the spreadsheet's zone. */
export const SAMPLE_DAY = dayFromYmd(2026, 3, 16);
export const SAMPLE_MINUTE = 14 * 60 + 30;
export const DATE_FORMATS = ['dd/MM/yyyy', 'dd/MM/yyyy HH:mm'] as const;
export const SAMPLE_NOTE = 'Ghi chú thử: 3,5 & <b>1/2</b>';
/** The link text; its target is the scratch tab's own cell A1 (`#gid=…&range=A1`), as `Kiểm tra` links its places. */
export const SAMPLE_LINK_TEXT = 'Thôn Đông';
export const SAMPLE_PROTECTION = 'Tự kiểm tra: bảo vệ chỉ cảnh báo';
/** The conditional format: a text equal to `text` colours the cell `background` (as `Tổng hợp` does). */
export const SAMPLE_RULE = { text: 'Hoàn thành', background: '#b7e1cd', criteria: 'TEXT_EQUAL_TO' } as const;
export const SAMPLE_CHART_TITLE = 'NTM tự kiểm tra: biểu đồ';
