// Reads every tab in one batch each and builds the workbook model; stops the action on a fatal input problem.
import { readModel } from '../core/model';
import type { Model, ModelProblem, TabData } from '../core/types';
import { active, readAllTabs, type Spreadsheet } from './tab-io';
import { UserError } from './user-error';

export interface LoadedModel {
  model: Model;
  /** Problems that did not stop the model (shown to the officer, listed in `Kiểm tra`). */
  problems: ModelProblem[];
  tabs: TabData[];
}

/** How many problems a message lists before saying how many more there are. */
const LISTED = 8;

export function problemLines(problems: readonly ModelProblem[]): string {
  const lines = problems.slice(0, LISTED).map((p) => `• ${p.message}`);
  if (problems.length > LISTED) lines.push(`… và ${problems.length - LISTED} vấn đề khác.`);
  return lines.join('\n');
}

/** The model of the active spreadsheet; throws a UserError listing the problems when it cannot be built. */
export function loadModel(ss: Spreadsheet = active()): LoadedModel {
  const tabs = readAllTabs(ss);
  const { model, problems } = readModel(tabs);
  if (!model) {
    const fatal = problems.filter((p) => p.fatal !== false);
    throw new UserError(
      `Sổ theo dõi có lỗi cần sửa trước:\n${problemLines(fatal.length ? fatal : problems)}`,
    );
  }
  return { model, problems, tabs };
}
