// The workbook model: reads `Cấu hình`, `Thôn`, `Chỉ tiêu` and every report tab into typed records, with every input problem.
//
// A problem is fatal (the model is null and no action runs) when going on would mean guessing:
// a missing input tab or key column (Tham số/Giá trị, Thôn, Mã); a setting that cannot be read, or a
// blank Ngày bắt đầu / Ngày kết thúc, or a parameter written twice; no village, a village name twice or
// reserved; no indicator, a code twice or with spaces/brackets, an unknown Loại, a bad or reversed
// Bắt đầu/Hạn, a target that is not a number, negative, or not 1 for Đạt/Chưa; a village column of
// `Chỉ tiêu` that holds values but names no village of `Thôn`, or two columns for one village.
// Everything else is reported and the model is still built (see docs/workbook.md for the list).
import {
  ALL_TABS,
  DEFAULT_SUPPORT_CODE,
  SETTING_SPECS,
  TAB,
  type SettingKey,
  type TabName,
} from '../contract';
import type { Model, ModelProblem, Settings, TabData } from '../types';
import { ymdOfDay } from '../zone';
import { headerKey } from './headers';
import { Problems, quoted } from './problems';
import { readIndicators, type DateContext } from './read-indicators';
import { readReportTabs } from './read-reports';
import { readSettings } from './read-settings';
import { readVillages } from './read-villages';
import { IndicatorSchema, SettingsSchema, VillageSchema } from './schema';
import '../zod';
import * as z from 'zod';

export interface ModelResult {
  model: Model | null;
  problems: ModelProblem[];
}

/** The tab named `name`: exactly, else forgivingly (case, spaces, diacritics). */
export function findTab(tabs: readonly TabData[], name: string): TabData | undefined {
  return tabs.find((t) => t.name === name) ?? tabs.find((t) => headerKey(t.name) === headerKey(name));
}

function dateContext(s: Settings): DateContext {
  return {
    timeZone: s.timeZone,
    year: ymdOfDay(s.campaignStart).year,
    campaignStart: s.campaignStart,
    campaignEnd: s.campaignEnd,
  };
}

/** Reads the model; `model` is null when a fatal problem was found (all problems are listed, in reading order). */
export function readModel(tabs: TabData[]): ModelResult {
  const p = new Problems();
  const [settingsTab, villagesTab, targetsTab] = [TAB.settings, TAB.villages, TAB.targets].map((n) =>
    findTab(tabs, n),
  );
  for (const [tab, name] of [
    [settingsTab, TAB.settings],
    [villagesTab, TAB.villages],
    [targetsTab, TAB.targets],
  ] as const) {
    if (!tab)
      p.stop(
        name,
        '',
        `sổ chưa có tab này: hãy chạy menu NTM › Thiết lập / sửa sổ theo dõi để tạo tab, hoặc đổi tên tab đang có thành "${name}".`,
      );
  }
  if (!settingsTab || !villagesTab || !targetsTab) return { model: null, problems: p.list };
  const tabTitles: Partial<Record<TabName, string>> = {};
  for (const name of ALL_TABS) {
    const found = findTab(tabs, name);
    if (found) {
      tabTitles[name] = found.name;
      p.setTitle(name, found.name);
    }
  }

  const cells = new Map<SettingKey, string>();
  const settings = readSettings(settingsTab, p, cells);
  const villages = readVillages(villagesTab, p);
  const before = p.fatalCount();
  const indicators = readIndicators(targetsTab, villages, settings ? dateContext(settings) : null, p);
  if (indicators.length === 0 && p.fatalCount() === before) {
    p.stop(
      TAB.targets,
      '',
      'chưa có chỉ tiêu nào: hãy ghi mỗi chỉ tiêu một dòng (Mã, Nội dung, ĐVT, Loại, Bắt đầu, Hạn, chỉ tiêu từng thôn).',
    );
  }
  // Only when the parameter's row exists and names a code someone chose: a workbook without the indicator just has no
  // subsidy block, and the default set-up writes (NUOC_THAI_HT) is never a mistake to report.
  const supportCell = cells.get('supportCode');
  const chosen =
    settings !== null &&
    settings.supportCode !== '' &&
    headerKey(settings.supportCode) !== headerKey(DEFAULT_SUPPORT_CODE);
  if (settings && supportCell && chosen && indicators.length > 0) {
    if (!indicators.some((i) => headerKey(i.code) === headerKey(settings.supportCode))) {
      const name = SETTING_SPECS.find((s) => s.key === 'supportCode')!.name;
      p.note(
        TAB.settings,
        supportCell,
        `${name} ${quoted(settings.supportCode)} không có trong tab ${p.title(TAB.targets)}: chưa tính được số tiền hỗ trợ; hãy ghi đúng mã chỉ tiêu đếm hộ được hỗ trợ.`,
      );
    }
  }
  const reports = indicators.length > 0 ? readReportTabs(tabs, indicators, villages, p) : [];
  if (p.fatal || !settings) return { model: null, problems: p.list };
  assertShape(SettingsSchema, settings);
  villages.forEach((v) => assertShape(VillageSchema, v));
  indicators.forEach((i) => assertShape(IndicatorSchema, i));
  return { model: { settings, villages, indicators, reports, tabTitles }, problems: p.list };
}

/** A record that breaks its schema here is a bug of the reader, not of the workbook. */
function assertShape(schema: z.ZodType, value: unknown): void {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`NTM model: bản ghi sai dạng ${JSON.stringify(value)}: ${r.error.message}`);
}
