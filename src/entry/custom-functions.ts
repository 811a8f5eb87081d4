// The NTM_ custom functions (docs/functions.md): Sheets formulas over the rollup core, with Vietnamese JSDoc for autocomplete.
// They read only the spreadsheet's time zone (no authorisation needed); everything else is the pure core.
import {
  NTM_BACKLOG,
  NTM_NUMBER,
  NTM_PER_DAY,
  NTM_PLANNED,
  NTM_PROGRESS,
  NTM_WEEK,
  runFunction,
  type FunctionDef,
} from '../core/functions';
import { spreadsheetTimeZone } from '../sheets/spreadsheet-zone';
import type { EntryPoint } from './entry-point';

const RANGES =
  'Nhận một ô hoặc một vùng ô: các vùng cùng kích thước đi theo từng ô, một ô đơn dùng chung cho mọi ô; ô trống cho kết quả trống.';
const ERRORS = 'Dữ liệu sai thì báo lỗi #ERROR! kèm lời giải thích (không trả về số sai).';
const NUM = 'number|string|Array<Array<number|string>>';
const DATE = 'Date|string|Array<Array<Date|string>>';
const TARGET = `@param {${NUM}} target Chỉ tiêu, ví dụ 3.200 hoặc "3.200 m" (ghi đơn vị khi lũy kế ghi m hoặc km).`;
const DONE = `@param {${NUM}} done Lũy kế đã làm, ví dụ 400 hoặc "0,4 km" (m và km tự đổi theo đơn vị của chỉ tiêu).`;
const START = `@param {${DATE}} start Ngày bắt đầu, ví dụ 15/03/2023.`;
const DUE = `@param {${DATE}} due Hạn hoàn thành, ví dụ 15/05/2023.`;
const AS_OF = `@param {${DATE}} asOf Ngày tính (ví dụ ô có =TODAY() hoặc 23/03/2023); hàm chỉ tính lại khi ô này đổi.`;
const KIND = (yesNo: string) =>
  `@param {string|Array<Array<string>>} kind (Không bắt buộc) Loại như cột Loại của tab Chỉ tiêu: "Cộng dồn" (mặc định), "Lũy kế" hoặc "Đạt/Chưa" (${yesNo}).`;

function entry(def: FunctionDef, doc: string[]): EntryPoint {
  return {
    name: def.name,
    doc: [...doc, '@customfunction'],
    params: def.params.map((p) => p.name),
    run: (...args: unknown[]) => runFunction(def, args, { timeZone: spreadsheetTimeZone() }),
  };
}

export function customFunctionEntries(): EntryPoint[] {
  return [
    entry(NTM_NUMBER, [
      'Đọc một số gõ theo kiểu Việt Nam (3.200; 0,38; "3.200 m"; "0,5 km") thành số; có đơn vị thì đổi m và km sang đơn vị đó.',
      RANGES,
      ERRORS,
      '',
      `@param {${NUM}} text Số đã gõ, ví dụ "3.200 m" hoặc "0,38".`,
      '@param {string} unit (Không bắt buộc) Đơn vị muốn nhận, ví dụ "km"; bỏ trống thì giữ đơn vị đã gõ.',
      '@return {number|Array<Array<number>>} Số đã đọc (theo đơn vị unit nếu có).',
    ]),
    entry(NTM_PROGRESS, [
      'Tỷ lệ = Lũy kế / Chỉ tiêu, như cột "Tỷ lệ" của Tổng hợp (định dạng phần trăm để xem).',
      RANGES,
      ERRORS,
      '',
      DONE,
      TARGET,
      '@return {number|Array<Array<number>>} Tỷ lệ hoàn thành (0,125 = 12,5 %).',
    ]),
    entry(NTM_PLANNED, [
      'Kế hoạch đến nay = Chỉ tiêu × số ngày từ Bắt đầu đến ngày tính / số ngày từ Bắt đầu đến Hạn (tính cả hai đầu, tối đa bằng chỉ tiêu), như cột "Kế hoạch đến nay" của Tổng hợp.',
      RANGES,
      ERRORS,
      '',
      TARGET,
      START,
      DUE,
      AS_OF,
      KIND('kế hoạch 0 trước Hạn, bằng chỉ tiêu từ Hạn'),
      '@return {number|Array<Array<number>>} Khối lượng lẽ ra phải xong đến ngày tính, cùng đơn vị với chỉ tiêu.',
    ]),
    entry(NTM_BACKLOG, [
      'Nợ tồn = max(0, Kế hoạch đến nay − Lũy kế): phần việc chưa làm được cộng dồn, như cột "Nợ tồn" của Tổng hợp.',
      RANGES,
      ERRORS,
      '',
      TARGET,
      DONE,
      START,
      DUE,
      AS_OF,
      KIND('kế hoạch 0 trước Hạn, bằng chỉ tiêu từ Hạn'),
      '@return {number|Array<Array<number>>} Nợ tồn, cùng đơn vị với chỉ tiêu.',
    ]),
    entry(NTM_PER_DAY, [
      'Cần/ngày = max(0, Chỉ tiêu − Lũy kế) / số ngày từ ngày tính đến Hạn (tính cả hai đầu, ít nhất 1), như cột "Cần/ngày" của Tổng hợp.',
      RANGES,
      ERRORS,
      '',
      TARGET,
      DONE,
      DUE,
      AS_OF,
      KIND('kết quả để trống, như Tổng hợp'),
      '@return {number|Array<Array<number>>} Khối lượng cần làm mỗi ngày, cùng đơn vị với chỉ tiêu (trống với Đạt/Chưa).',
    ]),
    entry(NTM_WEEK, [
      'Hạn báo cáo khép lại tuần chứa thời điểm đã cho (ngày và giờ), như "Tuần đến …" của Tổng hợp; định dạng ô là ngày giờ để xem.',
      RANGES,
      ERRORS,
      '',
      `@param {${DATE}} dateTime Thời điểm, ví dụ 16/03/2023 08:00 hoặc ô dấu thời gian của biểu mẫu.`,
      '@param {string} deadline (Không bắt buộc) Hạn báo cáo viết như ở tab Cấu hình, ví dụ "Thứ 5 14:30" (mặc định).',
      '@return {Date|Array<Array<Date>>} Thời điểm hạn báo cáo của tuần đó.',
    ]),
  ];
}
