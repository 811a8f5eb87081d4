// Builders of Model / ValidationResult objects for the rollup tests (Sơn Bằng 2023, Thứ 5 14:30, Asia/Ho_Chi_Minh).
import type {
  CountedRow,
  Day,
  Indicator,
  IndicatorKind,
  Instant,
  Model,
  Settings,
  Village,
} from '../../../src/core/types';
import { weekOfReport } from '../../../src/core/weeks';
import { dayFromYmd, dayOfInstant, instantOf, addMs } from '../../../src/core/zone';

export const TZ = 'Asia/Ho_Chi_Minh';
export const RULE = { weekday: 4, minuteOfDay: 14 * 60 + 30 };

/** Day of dd/MM/2023 (or another year). */
export function d(day: number, month: number, year = 2023): Day {
  return dayFromYmd(year, month, day);
}

/** Instant of dd/MM/2023 hh:mm(:ss) wall time in Asia/Ho_Chi_Minh. */
export function at(day: number, month: number, hh: number, mm: number, ss = 0, year = 2023): Instant {
  return addMs(instantOf(d(day, month, year), hh * 60 + mm, TZ), ss * 1000);
}

export function settings(over: Partial<Settings> = {}): Settings {
  return {
    communeName: 'Sơn Bằng',
    campaignStart: d(15, 3),
    campaignEnd: d(31, 12),
    deadline: RULE,
    remindBeforeHours: 24,
    officerEmails: ['canbo@sonbang.vn'],
    timeZone: TZ,
    peakPhases: [],
    supportCode: 'NUOC_THAI_HT',
    supportAmount: 1_000_000,
    autoCorrections: false,
    ...over,
  };
}

export function village(name: string, row: number): Village {
  return { name, leader: '', emails: [], households: 100, phone: '', row };
}

export function indicator(
  code: string,
  kind: IndicatorKind,
  targets: Record<string, number>,
  over: Partial<Indicator> = {},
): Indicator {
  return {
    code,
    name: `Nội dung ${code}`,
    unit: 'm',
    kind,
    start: d(15, 3),
    due: d(31, 12),
    targets,
    row: 2,
    ...over,
  };
}

export function model(villages: string[], indicators: Indicator[], over: Partial<Settings> = {}): Model {
  return {
    settings: settings(over),
    villages: villages.map((v, i) => village(v, i + 2)),
    indicators,
    reports: [],
  };
}

let nextRow = 2;

/**
 * A counted row sent at `timestamp`, with `Ngày báo cáo` = `reportDay` (or none): its day, week and
 * on-time flag are placed by the weeks rule, as validation does.
 */
export function row(
  villageName: string,
  timestamp: Instant,
  amounts: Record<string, number>,
  reportDay: Day | null = null,
): CountedRow {
  const placed = weekOfReport(reportDay, timestamp, RULE, TZ);
  const day = reportDay ?? dayOfInstant(timestamp, TZ);
  return {
    tab: 'Báo cáo',
    row: nextRow++,
    village: villageName,
    day,
    timestamp,
    week: placed.week,
    onTime: placed.onTime,
    amounts,
    nextWeekPlan: '',
  };
}
