// The spreadsheet's own settings: time zone from `Múi giờ` (or the default) and the Vietnamese locale.
import { SETTINGS_COLUMNS, settingSpec } from '../../core/contract';
import { a1, findColumn, headerKey } from '../../core/model';
import { shownText } from '../../core/model/problems';
import type { TabData } from '../../core/types';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from '../../core/zone';
import type { Spreadsheet } from '../tab-io';

export const VI_LOCALE = 'vi_VN';

export interface ZoneChoice {
  zone: string;
  /** Why the default was used although `Cấu hình` names a zone (the name is not a zone). */
  problem?: string;
}

/** The zone `Cấu hình` names in its `Múi giờ` row; the default when the tab, the row or the value is missing. */
export function zoneOfSettings(tab: TabData | undefined): ZoneChoice {
  const header = tab?.values[0] ?? [];
  const param = findColumn(header, SETTINGS_COLUMNS.param);
  const value = findColumn(header, SETTINGS_COLUMNS.value);
  if (!tab || param < 0 || value < 0) return { zone: DEFAULT_TIME_ZONE };
  const spec = settingSpec('timeZone');
  const names = new Set([spec.name, ...(spec.aliases ?? [])].map(headerKey));
  for (let r = 1; r < tab.values.length; r++) {
    if (!names.has(headerKey(shownText(tab.values[r]?.[param], tab.displays[r]?.[param])))) continue;
    const written = shownText(tab.values[r]?.[value], tab.displays[r]?.[value]);
    if (written === '') return { zone: DEFAULT_TIME_ZONE };
    if (isValidTimeZone(written)) return { zone: written };
    return {
      zone: DEFAULT_TIME_ZONE,
      problem: `${tab.name}!${a1(r + 1, value + 1)}: "${written}" không phải múi giờ nên sổ tạm dùng ${DEFAULT_TIME_ZONE}: hãy ghi tên múi giờ như Asia/Ho_Chi_Minh (giờ Việt Nam) rồi chạy lại Thiết lập.`,
    };
  }
  return { zone: DEFAULT_TIME_ZONE };
}

/** Sets the spreadsheet's zone and locale (only what differs); returns the line for the summary and the log. */
export function applySpreadsheetSettings(ss: Spreadsheet, zone: string): string {
  if (ss.getSpreadsheetTimeZone() !== zone) ss.setSpreadsheetTimeZone(zone);
  if (ss.getSpreadsheetLocale() !== VI_LOCALE) ss.setSpreadsheetLocale(VI_LOCALE);
  return `Đã đặt múi giờ ${zone} và định dạng Việt Nam (${VI_LOCALE}): số 3.200, ngày dd/MM/yyyy.`;
}
