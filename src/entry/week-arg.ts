// The week a rollup or report is asked for: from a menu (none, or "the previous week") or the runner's `--week` text.
import { parseWeekChoice, type WeekChoice } from '../core/report-week';
import type { Settings } from '../core/types';
import { ymdOfDay } from '../core/zone';
import { UserError } from '../sheets/user-error';

/** What a caller may pass: a week already chosen, or the text typed after `--week` (`previous`, `16/03/2023`). */
export type WeekAsked = WeekChoice | string;

/**
 * The argument Apps Script or the runner passed to a menu function: only a string (the runner's `--week`)
 * counts; a menu click passes nothing, and anything else is ignored.
 */
export function weekArgument(arg: unknown): string | undefined {
  return typeof arg === 'string' && arg.trim() !== '' ? arg : undefined;
}

/** The week to report, checked against the workbook's deadline: a typed day that is not a deadline day is refused. */
export function resolveWeek(asked: WeekAsked | undefined, settings: Settings): WeekChoice | undefined {
  if (asked === undefined || typeof asked === 'number' || asked === 'previous') return asked;
  const parsed = parseWeekChoice(
    asked,
    settings.deadline,
    settings.timeZone,
    ymdOfDay(settings.campaignStart).year,
  );
  if (!parsed.ok) throw new UserError(parsed.message);
  return parsed.value;
}
