// Test helpers: run validation on row specs and describe its problems compactly.
import type { Instant, Model, Problem, ValidationResult } from '../../../src/core/types';
import { validate } from '../../../src/core/validation';
import { END_OF_CAMPAIGN, model, type RowSpec } from './fixtures';

export interface RunOptions {
  asOf?: Instant;
  accepted?: Iterable<string>;
  model?: Partial<Omit<Model, 'reports'>>;
}

export function run(rows: RowSpec[], opts: RunOptions = {}): ValidationResult {
  return validate(model(rows, opts.model), opts.asOf ?? END_OF_CAMPAIGN, new Set(opts.accepted ?? []));
}

/** `tab!row column level` of each problem, in the order given. */
export function brief(problems: Problem[]): string[] {
  return problems.map((p) => `${p.tab}!${p.row} ${p.column} ${p.level}`);
}

/** Counted amounts of each counted row, as `tab!row` → amounts. */
export function amounts(result: ValidationResult): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const r of result.rows) out[`${r.tab}!${r.row}`] = r.amounts;
  return out;
}

/** Problems raised on cells of indicator `code` (column titles `[CODE] …`). */
export function onCode(problems: Problem[], code: string): Problem[] {
  return problems.filter((p) => p.column.startsWith(`[${code}]`));
}
