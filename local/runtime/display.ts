// Display values: what a cell shows for its stored value and number format, in the spreadsheet's locale.
import { WallDate, type Stored } from './cell';
import { formatSheetsDate } from './date-format';
import { conventions } from './locale';
import { formatNumber, isDateFormat } from './number-format';
import { DAY_MS, SERIAL_EPOCH_WALL, serialOfWall, wallOfSerial } from './zone';

function defaultDateFormat(wall: number, locale: string): string {
  const conv = conventions(locale);
  if (wall >= SERIAL_EPOCH_WALL && wall < SERIAL_EPOCH_WALL + DAY_MS) return conv.timeFormat;
  return wall % DAY_MS === 0 ? conv.dateFormat : conv.dateTimeFormat;
}

/** True when a format is an explicit number format (not automatic, not text, not a date format). */
export function isNumberFormat(format: string | undefined): format is string {
  return !!format && format !== '@' && !/^general$/i.test(format.trim()) && !isDateFormat(format);
}

/** The text a cell shows. */
export function displayOf(value: Stored | undefined, format: string | undefined, locale: string): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const vi = locale.startsWith('vi');
  const conv = conventions(locale);
  if (value instanceof WallDate) {
    if (isNumberFormat(format)) return formatNumber(serialOfWall(value.wall), format, conv);
    const f = format && isDateFormat(format) ? format : defaultDateFormat(value.wall, locale);
    return formatSheetsDate(value.wall, f, vi);
  }
  if (format && isDateFormat(format)) return formatSheetsDate(wallOfSerial(value), format, vi);
  return formatNumber(value, format ?? '', conv);
}
