// Pure: the `Cấu hình` rows set-up appends for parameters the tab does not have yet (default value and note).
import { SETTINGS_COLUMNS, SETTING_SPECS, type SeedValue, type SettingSpec } from '../../core/contract';
import { findColumn, headerKey } from '../../core/model';
import { shownText } from '../../core/model/problems';
import type { TabData } from '../../core/types';

export interface SettingRows {
  /** Names of the parameters added, in contract order. */
  names: string[];
  /** Rows `width` wide, the name, default and note placed under their headers. */
  rows: SeedValue[][];
}

/** The default as it is written: digits as a number, anything else as text ('' = blank, to be filled in). */
function defaultValue(spec: SettingSpec): SeedValue {
  return /^\d+$/.test(spec.defaultText) ? Number(spec.defaultText) : spec.defaultText;
}

/** Rows for every parameter no row names (forgivingly, aliases included); `header` is the header after repair. */
export function missingSettingRows(tab: TabData, header: readonly string[], width: number): SettingRows {
  const param = findColumn(header, SETTINGS_COLUMNS.param);
  const value = findColumn(header, SETTINGS_COLUMNS.value);
  const note = findColumn(header, SETTINGS_COLUMNS.note);
  if (param < 0 || value < 0) return { names: [], rows: [] };
  const present = new Set<string>();
  for (let r = 1; r < tab.values.length; r++)
    present.add(headerKey(shownText(tab.values[r]?.[param], tab.displays[r]?.[param])));
  const missing = SETTING_SPECS.filter(
    (s) => ![s.name, ...(s.aliases ?? [])].some((n) => present.has(headerKey(n))),
  );
  return {
    names: missing.map((s) => s.name),
    rows: missing.map((s) => {
      const row: SeedValue[] = new Array<SeedValue>(width).fill('');
      row[param] = s.name;
      row[value] = defaultValue(s);
      if (note >= 0) row[note] = s.note;
      return row;
    }),
  };
}
