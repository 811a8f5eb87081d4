// "Thiết lập / sửa sổ theo dõi": creates what is missing, seeds the example and says what is left to fill in.
// Empty tabs get the example, the sheet is set up for Vietnamese input, then the workbook is read back. Never deletes or overwrites.
import {
  OUTPUT_TABS,
  TAB,
  seedPlan,
  seedSettingsTable,
  seedTargetsTable,
  seedVillagesTable,
  type TabName,
} from '../../core/contract';
import { readModel } from '../../core/model';
import { problemLines } from '../load-model';
import { ensureMarkRecord } from '../cell-marks';
import { active, findSheet, readAllTabs, readTab, type Sheet, type Spreadsheet } from '../tab-io';
import { ensureContractTabs } from './ensure-tabs';
import { helpSettings, helpTargets, helpVillages } from './input-help';
import { protectOutputs } from './protect-outputs';
import { isEmptyTab, setupTab, villageNames, type TabOutcome } from './setup-tab';
import { setupSummary } from './setup-summary';
import { applySpreadsheetSettings, zoneOfSettings } from './spreadsheet-settings';

export interface SetupResult {
  summary: string;
  created: TabName[];
  outcomes: TabOutcome[];
  protectedTabs: TabName[];
  zone: string;
}

function emptyOrMissing(ss: Spreadsheet, name: string): boolean {
  const sheet = findSheet(ss, name);
  return !sheet || isEmptyTab(readTab(sheet));
}

/** Runs set-up on the spreadsheet (the caller holds the document lock and logs the outcome). */
export function runSetup(ss: Spreadsheet = active()): SetupResult {
  const plan = seedPlan();
  const activeBefore = ss.getActiveSheet();
  const settingsSheet = findSheet(ss, TAB.settings);
  const settingsTab = settingsSheet ? readTab(settingsSheet) : undefined;
  const seedSettings = !settingsTab || isEmptyTab(settingsTab);
  const seedVillagesAndTargets = emptyOrMissing(ss, TAB.villages) && emptyOrMissing(ss, TAB.targets);

  // The zone first: the example's dates are written as midnight in it.
  const seedZone = plan.settings.find((s) => s.key === 'timeZone')?.value;
  const choice =
    seedSettings && typeof seedZone === 'string'
      ? { zone: seedZone, problem: undefined }
      : zoneOfSettings(settingsTab);
  const zone = choice.zone;
  const zoneLine = applySpreadsheetSettings(ss, zone);

  const { sheets, created } = ensureContractTabs(ss);
  const sheet = (name: TabName): Sheet => sheets.get(name)!;
  const outcomes: TabOutcome[] = [];
  outcomes.push(
    setupTab(sheet(TAB.settings), TAB.settings, zone, seedSettings ? seedSettingsTable(plan) : null, []),
  );
  outcomes.push(
    setupTab(
      sheet(TAB.villages),
      TAB.villages,
      zone,
      seedVillagesAndTargets ? seedVillagesTable(plan) : null,
      [],
    ),
  );
  const villages = villageNames(readTab(sheet(TAB.villages)));
  outcomes.push(
    setupTab(
      sheet(TAB.targets),
      TAB.targets,
      zone,
      seedVillagesAndTargets ? seedTargetsTable(plan) : null,
      villages,
    ),
  );
  for (const name of OUTPUT_TABS) outcomes.push(setupTab(sheet(name), name, zone, null, []));
  const protectedTabs = protectOutputs(sheets, OUTPUT_TABS);

  helpSettings(sheet(TAB.settings), readTab(sheet(TAB.settings)));
  helpVillages(sheet(TAB.villages));
  helpTargets(sheet(TAB.targets), villages);
  for (const o of outcomes) if (o.seeded) sheet(o.tab).autoResizeColumns(1, sheet(o.tab).getLastColumn());
  ensureMarkRecord(ss);
  // Inserting a tab makes it the active one: show Cấu hình after creating it, else the tab the officer was on.
  ss.setActiveSheet(created.includes(TAB.settings) ? sheet(TAB.settings) : activeBefore);

  const { model, problems } = readModel(readAllTabs(ss));
  const check = model
    ? problems.length === 0
      ? 'Đọc thử sổ: đầy đủ, không có vấn đề nào.'
      : `Đọc thử sổ: dùng được, còn ${problems.length} điều nên xem:\n${problemLines(problems)}`
    : `Đọc thử sổ: còn thiếu, các thao tác khác chưa chạy được cho tới khi sửa:\n${problemLines(problems.filter((p) => p.fatal !== false))}`;
  const summary = setupSummary({
    created,
    outcomes,
    protectedTabs,
    zoneLine,
    zoneProblem: choice.problem,
    check,
  });
  return { summary, created, outcomes, protectedTabs, zone };
}
