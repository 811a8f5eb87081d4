// Reads `Cấu hình` (`Tham số` | `Giá trị` | `Ghi chú`) into Settings; an unreadable value stops, a blank one takes its default.
import { SETTING_SPECS, SETTINGS_COLUMNS, TAB, type SettingKey, type SettingSpec } from '../contract';
import { isBlank } from '../text';
import type { CellValue, Parsed, Settings, TabData } from '../types';
import { formatDay, ymdOfDay } from '../zone';
import { a1 } from './a1';
import { parseDeadlineRule } from './deadline-rule';
import { findColumn, headerKey } from './headers';
import { Problems, quoted, shownText } from './problems';
import {
  parseDayValue,
  parseEmailList,
  parseHours,
  parseMoney,
  parsePeakPhases,
  parseSwitch,
  parseTimeZone,
} from './setting-values';

const T = TAB.settings;

interface Entry {
  value: CellValue;
  shown: string;
  /** A1 of the value cell, '' when the parameter's row is missing. */
  cell: string;
}

/** What a blank value means for the officer, when it takes a default. */
const BLANK_EFFECT: Partial<Record<SettingKey, string>> = {
  officerEmails: 'thư báo thôn quá hạn sẽ không gửi được cho cán bộ nào',
};

function specOf(name: string): SettingSpec | undefined {
  const key = headerKey(name);
  return SETTING_SPECS.find((s) => [s.name, ...(s.aliases ?? [])].some((n) => headerKey(n) === key));
}

/** Finds each parameter's row; reports unknown names and parameters written twice. */
function locate(tab: TabData, p: Problems): Map<SettingKey, Entry> | null {
  const header = tab.values[0] ?? [];
  const paramCol = findColumn(header, SETTINGS_COLUMNS.param);
  const valueCol = findColumn(header, SETTINGS_COLUMNS.value);
  if (paramCol < 0 || valueCol < 0) {
    const missing = paramCol < 0 ? SETTINGS_COLUMNS.param.title : SETTINGS_COLUMNS.value.title;
    p.stop(
      T,
      'A1',
      `thiếu cột "${missing}" ở hàng 1: hàng tiêu đề phải là Tham số | Giá trị | Ghi chú (chạy "Thiết lập / sửa sổ theo dõi" để thêm).`,
    );
    return null;
  }
  const found = new Map<SettingKey, Entry & { row: number }>();
  for (let r = 1; r < tab.values.length; r++) {
    const name = shownText(tab.values[r]?.[paramCol], tab.displays[r]?.[paramCol]);
    const value = tab.values[r]?.[valueCol] ?? '';
    const shown = shownText(value, tab.displays[r]?.[valueCol]);
    const cell = a1(r + 1, valueCol + 1);
    if (name === '') {
      if (!isBlank(value))
        p.note(
          T,
          cell,
          `giá trị ${quoted(shown)} không có tên tham số: hãy ghi tên tham số ở cột Tham số hoặc xóa giá trị.`,
        );
      continue;
    }
    const spec = specOf(name);
    if (!spec) {
      const names = SETTING_SPECS.map((s) => s.name).join(', ');
      p.note(
        T,
        a1(r + 1, paramCol + 1),
        `không có tham số ${quoted(name)}, dòng này không được dùng: các tham số là ${names}.`,
      );
      continue;
    }
    const prev = found.get(spec.key);
    if (prev) {
      p.stop(
        T,
        a1(r + 1, paramCol + 1),
        `tham số "${spec.name}" ghi hai lần (dòng ${prev.row} và dòng ${r + 1}): hãy xóa một dòng.`,
      );
      continue;
    }
    found.set(spec.key, { value, shown, cell, row: r + 1 });
  }
  return found;
}

/** The value to parse for a parameter, or null when a blank one without default stops the model. */
function valueOf(spec: SettingSpec, entry: Entry | undefined, p: Problems): Entry | null {
  if (entry && !(isBlank(entry.value) && entry.shown === '')) return entry;
  const cell = entry?.cell ?? '';
  const where = entry
    ? `chưa ghi ${spec.name}`
    : `thiếu dòng tham số "${spec.name}" (thêm một dòng: cột Tham số ghi "${spec.name}")`;
  if (spec.whenBlank === 'stop') {
    p.stop(T, cell, `${where}: ${spec.note}`);
    return null;
  }
  if (spec.whenBlank === 'default') {
    const effect = BLANK_EFFECT[spec.key] ?? `đang dùng mặc định ${quoted(spec.defaultText)}`;
    p.note(T, cell, `${where}: ${effect}. ${spec.note}`);
  }
  return { value: spec.defaultText, shown: spec.defaultText, cell };
}

/**
 * Reads the settings; null when a value cannot be read (every such problem is in `p`, marked fatal).
 * `cells` receives the A1 address of each parameter's value cell (for later messages).
 */
export function readSettings(tab: TabData, p: Problems, cells?: Map<SettingKey, string>): Settings | null {
  const found = locate(tab, p);
  if (!found) return null;
  for (const [k, e] of found) cells?.set(k, e.cell);
  const before = p.fatalCount();
  const out: Partial<Settings> = {};
  const take = <K extends SettingKey>(key: K, parse: (e: Entry) => Parsed<Settings[K]>): void => {
    const spec = SETTING_SPECS.find((s) => s.key === key)!;
    const e = valueOf(spec, found.get(key), p);
    if (!e) return;
    const r = parse(e);
    if (r.ok) out[key] = r.value;
    else p.stop(T, e.cell, `${r.message}.`);
  };
  take('timeZone', (e) => parseTimeZone(e.shown));
  const tz = out.timeZone ?? 'Asia/Ho_Chi_Minh';
  take('campaignStart', (e) => parseDayValue(e.value, e.shown, tz, NaN, true));
  const year = out.campaignStart === undefined ? NaN : ymdOfDay(out.campaignStart).year;
  take('campaignEnd', (e) => parseDayValue(e.value, e.shown, tz, year));
  take('deadline', (e) => parseDeadlineRule(e.shown));
  take('remindBeforeHours', (e) => parseHours(e.value, e.shown));
  take('officerEmails', (e) => {
    const list = parseEmailList(e.shown);
    for (const b of list.bad) {
      p.note(
        T,
        e.cell,
        `Email cán bộ: ${quoted(b)} không phải địa chỉ email, đã bỏ qua: hãy sửa lại (ví dụ ten@example.vn).`,
      );
    }
    return { ok: true, value: list.emails };
  });
  take('peakPhases', (e) => parsePeakPhases(e.shown, tz, year));
  take('communeName', (e) => ({ ok: true, value: e.shown }));
  take('supportCode', (e) => ({ ok: true, value: e.shown }));
  take('supportAmount', (e) => parseMoney(e.value, e.shown));
  take('formLinks', (e) => ({ ok: true, value: e.shown === '' ? undefined : e.shown }));
  const text = (e: Entry) => ({
    ok: true as const,
    value: e.shown.trim() === '' ? undefined : e.shown.trim(),
  });
  take('reportNumber', text);
  take('signerTitle', text);
  take('signerName', text);
  take('autoCorrections', (e) => {
    // A switch typed wrong is not worth stopping every action for: it stays off, and the officer is told.
    const on = parseSwitch(e.value, e.shown);
    if (!on.ok) p.note(T, e.cell, `${on.message}; đang coi là Không.`);
    return { ok: true, value: on.ok && on.value };
  });
  if (
    out.campaignStart !== undefined &&
    out.campaignEnd !== undefined &&
    out.campaignEnd < out.campaignStart
  ) {
    p.stop(
      T,
      found.get('campaignEnd')?.cell ?? '',
      `Ngày kết thúc ${formatDay(out.campaignEnd)} trước Ngày bắt đầu ${formatDay(out.campaignStart)}: hãy sửa một trong hai ngày.`,
    );
  }
  return p.fatalCount() > before ? null : (out as Settings);
}
