// Rule: timestamp missing or not a date; `Ngày báo cáo` not a date, later than the timestamp's day, or outside the campaign: the row is left out whole (Lỗi).
import { isBlank } from '../text';
import type { CellValue, Day, Instant, ReportRow, Settings } from '../types';
import { dateCellText, parseDateTime } from '../vi-date';
import { quote } from '../vi-number';
import { formatDay, isDateCell, ymdOfDay } from '../zone';
import type { Titles } from './context';
import type { Draft } from './problem';

export interface RowTime {
  instant: Instant;
  day: Day;
  hasReportDate: boolean;
}

let lastStart: Day | null = null;
let lastYear = NaN;

/** The year a date typed without one takes: the campaign's. */
export function campaignYear(settings: Settings): number {
  if (settings.campaignStart !== lastStart) {
    lastStart = settings.campaignStart;
    lastYear = ymdOfDay(lastStart).year;
  }
  return lastYear;
}

/** Reads the row's timestamp; `null` when it is missing or not a date. */
export function readTimestamp(row: ReportRow, settings: Settings): { instant: Instant; day: Day } | null {
  if (isBlank(row.timestamp)) return null;
  const p = parseDateTime(row.timestamp, settings.timeZone, campaignYear(settings));
  return p.ok ? p.value : null;
}

/** What the date reader said is wrong beyond "not a date" (a month 16: day goes first; 31/02 does not exist), or ''. */
function reasonOf(message: string, shown: string): string {
  const prefix = `${quote(shown)}: `;
  return message.startsWith(prefix) ? ` (${message.slice(prefix.length)})` : '';
}

/** The cell as typed; a Date cell as its display when that reads day first, else dd/MM/yyyy (never `03-06-24`). */
function shownDate(value: CellValue, display: string, timeZone: string): string {
  if (isDateCell(value)) return dateCellText(value, display, timeZone);
  return display !== '' ? display : String(value ?? '');
}

function parseMessage(value: CellValue, settings: Settings): string {
  const p = parseDateTime(value, settings.timeZone, campaignYear(settings));
  return p.ok ? '' : p.message;
}

/** A whole-row Lỗi. */
function whole(column: string, col: number, value: string, message: string): Draft {
  return { column, col, level: 'Lỗi', value, wholeRow: true, message: `${message} Cả dòng chưa được tính.` };
}

/** Checks the row's timestamp (`timestamp`: as read, when the caller has read it) and report day; returns its time or the whole-row problems found (a list). */
export function checkRowDates(
  row: ReportRow,
  settings: Settings,
  titles: Titles,
  timestamp: { instant: Instant; day: Day } | null = readTimestamp(row, settings),
): RowTime | Draft[] {
  const ts = timestamp;
  const hasReportDate = !isBlank(row.reportDate);
  // The common case, a row whose dates are right, without a closure or a list.
  if (ts !== null && !hasReportDate && ts.day >= settings.campaignStart && ts.day <= settings.campaignEnd)
    return { instant: ts.instant, day: ts.day, hasReportDate };
  const problems: Draft[] = [];
  // Shown only in a message: a row without problems never formats its dates.
  const tsShown = () => shownDate(row.timestamp, row.timestampDisplay, settings.timeZone);
  if (ts === null) {
    const why = isBlank(row.timestamp) ? '' : reasonOf(parseMessage(row.timestamp, settings), tsShown());
    problems.push(
      whole(
        titles.timestamp,
        row.timestampCol,
        tsShown(),
        isBlank(row.timestamp)
          ? 'Thiếu dấu thời gian: hãy ghi ngày giờ gửi báo cáo (ví dụ 16/03/2023 08:00).'
          : `Dấu thời gian "${tsShown()}" không phải ngày giờ${why}: hãy ghi theo kiểu ngày/tháng/năm giờ:phút (ví dụ 16/03/2023 08:00).`,
      ),
    );
  }
  const campaign = () => `${formatDay(settings.campaignStart)}–${formatDay(settings.campaignEnd)}`;
  let day: Day | null = ts ? ts.day : null;
  if (hasReportDate) {
    const rdShown = () => shownDate(row.reportDate, row.reportDateDisplay, settings.timeZone);
    const rdCol = row.reportDateCol ?? row.timestampCol;
    const p = parseDateTime(row.reportDate, settings.timeZone, campaignYear(settings));
    if (!p.ok) {
      day = null;
      problems.push(
        whole(
          titles.reportDate,
          rdCol,
          rdShown(),
          `Ngày báo cáo "${rdShown()}" không phải ngày${reasonOf(p.message, rdShown())}: hãy ghi theo kiểu ngày/tháng/năm (ví dụ 16/03/2023).`,
        ),
      );
    } else {
      day = p.value.day;
      if (ts && day > ts.day) {
        problems.push(
          whole(
            titles.reportDate,
            rdCol,
            rdShown(),
            `Ngày báo cáo ${formatDay(day)} muộn hơn ngày gửi báo cáo ${formatDay(ts.day)}: hãy ghi ngày đã làm việc, không sau ngày gửi.`,
          ),
        );
      } else if (day < settings.campaignStart || day > settings.campaignEnd) {
        problems.push(
          whole(
            titles.reportDate,
            rdCol,
            rdShown(),
            `Ngày báo cáo ${formatDay(day)} nằm ngoài thời gian phong trào (${campaign()}): hãy ghi ngày đã làm việc, trong thời gian phong trào.`,
          ),
        );
      }
    }
  } else if (ts && (ts.day < settings.campaignStart || ts.day > settings.campaignEnd)) {
    problems.push(
      whole(
        titles.timestamp,
        row.timestampCol,
        tsShown(),
        `Báo cáo gửi ngày ${formatDay(ts.day)}, nằm ngoài thời gian phong trào (${campaign()}), và không ghi Ngày báo cáo: hãy ghi ngày đã làm việc vào cột Ngày báo cáo.`,
      ),
    );
  }
  if (problems.length > 0 || ts === null || day === null) return problems;
  return { instant: ts.instant, day, hasReportDate };
}
