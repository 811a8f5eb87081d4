// The custom functions give the rollup's own figures to the last digit: the demo plan's workbook (seed targets,
// generated form answers) and the rollup tests' three-week scenario, rolled up by the core and recomputed by
// NTM_PROGRESS / NTM_PLANNED / NTM_BACKLOG / NTM_PER_DAY / NTM_WEEK through dist/Code.js, one range per column.
import { exampleInputTabs } from '../../local/demo/example-tabs';
import { generateFormTab } from '../../local/demo/form-tab';
import { planFromWorkbook } from '../../local/demo/plan-from-workbook';
import { createRuntime } from '../../local/runtime';
import type { WorkbookData } from '../../local/workbook-data';
import { formatDeadlineRule, readModel } from '../../src/core/model';
import { rollup, type RollupLine } from '../../src/core/rollup';
import type { Day, Instant, Model, ValidationResult } from '../../src/core/types';
import { validate } from '../../src/core/validation';
import { formatViNumber } from '../../src/core/vi-format';
import { dayFromYmd, instantOf } from '../../src/core/zone';
import { weekOfInstant } from '../../src/core/weeks';
import { readTab } from '../../src/sheets/tab-io';
import { scenarioModel, scenarioRows } from '../core/rollup/scenario';
import { loadFunctions } from './custom-functions-bundle';

const ZONE = 'Asia/Ho_Chi_Minh';
const DAY_MS = 86_400_000;
const fx = loadFunctions(ZONE);
const at = (day: number, month: number, hh: number, mm: number) =>
  instantOf(dayFromYmd(2023, month, day), hh * 60 + mm, ZONE);
const column = <T>(lines: readonly RollupLine[], pick: (l: RollupLine) => T): T[][] =>
  lines.map((l) => [pick(l)]);

/** The demo's workbook: the example plan's input tabs and a form tab of answers sent up to 20/04/2023, read as the add-on reads tabs. */
function demoModel(): { model: Model } {
  const workbook: WorkbookData = { sheets: exampleInputTabs(ZONE), timeZone: ZONE, locale: 'vi_VN' };
  const plan = planFromWorkbook(workbook, ZONE);
  if (!plan) throw new Error('the example plan has no villages or targets');
  const wallAsOf = new Date(Date.UTC(2023, 3, 6, 14, 0));
  workbook.sheets.push(
    generateFormTab(plan, {
      zone: ZONE,
      seed: 2023,
      asOf: wallAsOf,
      until: new Date(wallAsOf.getTime() + 14 * DAY_MS),
    }).sheet,
  );
  const runtime = createRuntime({ workbook });
  const { model, problems } = readModel(runtime.spreadsheet.getSheets().map(readTab));
  if (!model) throw new Error(problems.map((p) => p.message).join('\n'));
  return { model };
}

/** A target as an officer types it next to its unit: `0,15 km`, `3.200 m`, `24 công trình`. */
function typedTarget(l: RollupLine): string {
  return `${formatViNumber(l.target)}${l.unit ? ` ${l.unit}` : ''}`;
}

function compare(model: Model, validation: ValidationResult, asOf: Instant): void {
  // The week holding as-of, as NTM_WEEK names it (the rollup's default would be the week just closed within 24 h after a deadline).
  const r = rollup(
    model,
    validation,
    asOf,
    weekOfInstant(asOf, model.settings.deadline, model.settings.timeZone),
  );
  const asOfCell = new Date(asOf);
  const byCode = new Map(model.indicators.map((i) => [i.code, i]));
  const dateCell = (day: Day) => new Date(instantOf(day, 0, ZONE));
  expect(fx.call('NTM_WEEK', asOfCell, formatDeadlineRule(model.settings.deadline))).toEqual(
    new Date(r.weekDeadline),
  );

  const all = [...r.lines, ...r.communeLines];
  const targets = column(all, typedTarget);
  expect(fx.call('NTM_NUMBER', targets)).toEqual(column(all, (l) => l.target));
  expect(
    fx.call(
      'NTM_PROGRESS',
      column(all, (l) => l.cumulative),
      targets,
    ),
  ).toEqual(column(all, (l) => l.ratio));

  // Every line, yes/no criteria included, with the indicator's `Loại` as the optional kind (blank for `Đạt/Chưa` Cần/ngày).
  const kinds = column(all, (l) => l.kind);
  const [t, done, due] = [
    targets,
    column(all, (l) => l.cumulative),
    column(all, (l) => dateCell(byCode.get(l.code)!.due)),
  ];
  expect(all.some((l) => l.kind === 'Đạt/Chưa')).toBe(true);
  expect(fx.call('NTM_PER_DAY', t, done, due, asOfCell, kinds)).toEqual(column(all, (l) => l.perDay ?? ''));

  // Plan and backlog of village lines (a `Toàn xã` plan is the sum of the village plans, not a formula of its own).
  const village = r.lines;
  const start = column(village, (l) => dateCell(byCode.get(l.code)!.start));
  const vDue = column(village, (l) => dateCell(byCode.get(l.code)!.due));
  const vTarget = column(village, typedTarget);
  const vKinds = column(village, (l) => l.kind);
  expect(fx.call('NTM_PLANNED', vTarget, start, vDue, asOfCell, vKinds)).toEqual(
    column(village, (l) => l.planned),
  );
  expect(
    fx.call(
      'NTM_BACKLOG',
      vTarget,
      column(village, (l) => l.cumulative),
      start,
      vDue,
      asOfCell,
      vKinds,
    ),
  ).toEqual(column(village, (l) => l.backlog));
  // Without the kind, counted lines are the same (blank kind = Cộng dồn).
  const counted = village.filter((l) => l.kind !== 'Đạt/Chưa');
  expect(
    fx.call(
      'NTM_PLANNED',
      column(counted, typedTarget),
      column(counted, (l) => dateCell(byCode.get(l.code)!.start)),
      column(counted, (l) => dateCell(byCode.get(l.code)!.due)),
      asOfCell,
    ),
  ).toEqual(column(counted, (l) => l.planned));
}

describe('custom functions against the rollup', () => {
  const demo = demoModel();

  it('the demo workbook has lines with work done, a backlog and decimal km targets to compare', () => {
    const r = rollup(demo.model, validate(demo.model, at(6, 4, 14, 0), new Set()), at(6, 4, 14, 0));
    expect(r.lines.length).toBeGreaterThan(20);
    expect(r.lines.some((l) => l.cumulative > 0 && l.backlog > 0)).toBe(true);
    expect(r.lines.some((l) => l.unit === 'km' && !Number.isInteger(l.target))).toBe(true);
  });

  it.each([
    ['23/03/2023 10:00', at(23, 3, 10, 0)],
    ['06/04/2023 14:00 (the demo run)', at(6, 4, 14, 0)],
    ['06/04/2023 14:31', at(6, 4, 14, 31)],
    ['19/04/2023 23:59', at(19, 4, 23, 59)],
  ])('give the demo rollup figures as of %s', (_label, asOf) => {
    compare(demo.model, validate(demo.model, asOf, new Set()), asOf);
  });

  it.each([
    ['23/03/2023 14:30', at(23, 3, 14, 30)],
    ['30/03/2023 10:00', at(30, 3, 10, 0)],
    ['15/05/2023 09:00 (a due date)', at(15, 5, 9, 0)],
  ])('give the three-week scenario figures as of %s (Lũy kế and Đạt/Chưa kinds included)', (_label, asOf) => {
    compare(scenarioModel(), scenarioRows(), asOf);
  });
});
