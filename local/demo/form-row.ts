// One generated form submission before it becomes a sheet row: when and for whom, the answers, and what a planted mistake fixed in it.
import type { Slot } from './schedule';

export type Answer = string | number;

/** A cell a planted mistake fixed before the amounts were generated. */
export interface PlantedCell {
  /** What the village leader typed. */
  value: Answer;
  /** The amount it stands for in the indicator's unit (`0,5 km` in m: 500), or null when it is no amount (`ba`, `2,5` vườn). */
  amount: number | null;
}

export interface FormRow {
  slot: Slot;
  /** Indicator code → value; absent = blank. */
  answers: Record<string, Answer>;
  photo: string;
  note: string;
  plan: string;
  /** Cells whose value a planted mistake chose (indicator code → cell). */
  planted?: Record<string, PlantedCell>;
  /** Text typed into `Ngày báo cáo` instead of a date (e.g. `16/3`). */
  reportDayText?: string;
  /** Village written in the row (an unknown one for the planted mistake). */
  village?: string;
  /** A planted mistake makes validation leave the whole row out (its amounts do not count). */
  leftOut?: boolean;
}
