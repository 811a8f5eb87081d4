// The example plan laid out as the three input tabs (header, header notes, rows), ready for set-up to write.
import type { CellValue, TabData } from '../types';
import { formatViNumber } from '../vi-format';
import { formatDay, instantOf } from '../zone';
import {
  SETTINGS_COLUMNS,
  TARGET_COLUMNS,
  TARGET_EXTRA_COLUMNS,
  TARGET_VILLAGE_COLUMN_NOTE,
  VILLAGE_COLUMNS,
} from './input-columns';
import { seedPlan, type SeedPlan, type SeedValue } from './seed-plan';
import { settingSpec } from './settings-params';
import { TAB } from './tabs';
import { EXAMPLE_NOTE } from './vocabulary';

/** One input tab of the example: set-up writes numbers as numbers, `{ day }` as real dates, the rest as plain text. */
export interface SeedTable {
  tab: string;
  header: string[];
  /** Note for each header cell, same order as `header`. */
  notes: string[];
  rows: SeedValue[][];
}

/** Settings whose example value is the seed commune's own (to replace); the others are sensible defaults. */
const EXAMPLE_SETTINGS = new Set([
  'communeName',
  'campaignStart',
  'campaignEnd',
  'officerEmails',
  'peakPhases',
  'signerName',
]);

/** `Cấu hình`: `Tham số` | `Giá trị` | `Ghi chú`. */
export function seedSettingsTable(plan: SeedPlan = seedPlan()): SeedTable {
  const cols = [SETTINGS_COLUMNS.param, SETTINGS_COLUMNS.value, SETTINGS_COLUMNS.note];
  return {
    tab: TAB.settings,
    header: cols.map((c) => c.title),
    notes: cols.map((c) => c.note),
    rows: plan.settings.map(({ key, value }) => {
      const spec = settingSpec(key);
      return [spec.name, value, EXAMPLE_SETTINGS.has(key) ? `${spec.note} (${EXAMPLE_NOTE})` : spec.note];
    }),
  };
}

/** `Thôn`: `Thôn` | `Trưởng thôn` | `Email` | `Số hộ` | `Điện thoại` | `Ghi chú`. */
export function seedVillagesTable(plan: SeedPlan = seedPlan()): SeedTable {
  const c = VILLAGE_COLUMNS;
  const cols = [c.village, c.leader, c.email, c.households, c.phone, c.note];
  return {
    tab: TAB.villages,
    header: cols.map((x) => x.title),
    notes: cols.map((x) => x.note),
    rows: plan.villages.map((v) => [
      v.name,
      v.leader,
      v.emails.join('; '),
      v.households,
      v.phone,
      EXAMPLE_NOTE,
    ]),
  };
}

/** `Chỉ tiêu`: the fixed columns, one column per village (blank = no target), then `Ghi chú`. */
export function seedTargetsTable(plan: SeedPlan = seedPlan()): SeedTable {
  const c = TARGET_COLUMNS;
  const fixed = [c.code, c.name, c.unit, c.kind, c.start, c.due];
  const note = TARGET_EXTRA_COLUMNS[0];
  return {
    tab: TAB.targets,
    header: [...fixed.map((x) => x.title), ...plan.villages.map((v) => v.name), note.title],
    notes: [...fixed.map((x) => x.note), ...plan.villages.map(() => TARGET_VILLAGE_COLUMN_NOTE), note.note],
    rows: plan.indicators.map((i) => [
      i.code,
      i.name,
      i.unit,
      i.kind,
      i.start === null ? '' : { day: i.start },
      i.due === null ? '' : { day: i.due },
      ...i.targets.map((t) => (t === 0 ? '' : t)),
      EXAMPLE_NOTE,
    ]),
  };
}

/** The three example tables, in tab order. */
export function seedTables(plan: SeedPlan = seedPlan()): SeedTable[] {
  return [seedSettingsTable(plan), seedVillagesTable(plan), seedTargetsTable(plan)];
}

/** A value as a person sees it in a vi_VN sheet: 3.200, 0,38, 15/03/2023. */
export function seedValueText(v: SeedValue): string {
  if (typeof v === 'number') return formatViNumber(v);
  if (typeof v === 'string') return v;
  return formatDay(v.day);
}

/** A value as getValues returns it: days become Dates at midnight in `timeZone`. */
export function seedCellValue(v: SeedValue, timeZone: string): CellValue {
  if (typeof v === 'number' || typeof v === 'string') return v;
  return new Date(instantOf(v.day, 0, timeZone));
}

/** A table as one tab would be read back (values and display texts), e.g. to check the example reads cleanly. */
export function seedTableAsTab(t: SeedTable, timeZone: string): TabData {
  const rows: SeedValue[][] = [t.header, ...t.rows];
  return {
    name: t.tab,
    values: rows.map((r) => r.map((v) => seedCellValue(v, timeZone))),
    displays: rows.map((r) => r.map(seedValueText)),
  };
}
