// A three-week, three-village workbook (as counted rows) whose figures the scenario tests compute by hand.
import type { Model, ValidationResult } from '../../../src/core/types';
import { at, d, indicator, model, row } from './fixtures';

export const TB = 'Thịnh Bằng';
export const BP = 'Bằng Phúc';
export const DS = 'Đông Sơn';

export function scenarioModel(): Model {
  return model(
    [TB, BP, DS],
    [
      indicator('HANG_RAO', 'Cộng dồn', { [TB]: 1000, [BP]: 620 }, { due: d(15, 5) }),
      indicator('VUON_CT', 'Lũy kế', { [TB]: 10, [BP]: 5, [DS]: 8 }, { unit: 'vườn' }),
      indicator('KDC_KM', 'Đạt/Chưa', { [TB]: 1 }, { unit: 'đạt/chưa', due: d(15, 5) }),
      indicator('NUOC_THAI', 'Cộng dồn', { [TB]: 20, [BP]: 10 }, { unit: 'hộ' }),
      indicator('NUOC_THAI_HT', 'Cộng dồn', { [TB]: 5, [BP]: 3 }, { unit: 'hộ' }),
      indicator('CUNG_HOA', 'Cộng dồn', {}, { unit: 'km' }),
    ],
  );
}

/** Rows of weeks 16/03, 23/03 and 30/03 (deadlines Thứ 5 14:30), plus rows sent after 30/03 10:00. */
export function scenarioRows(): ValidationResult {
  return {
    problems: [],
    rows: [
      // Thịnh Bằng: week 16/03, then exactly at the 23/03 deadline, then one minute after it.
      row(
        TB,
        at(16, 3, 9, 0),
        { HANG_RAO: 200, VUON_CT: 2, KDC_KM: 0, NUOC_THAI: 3, NUOC_THAI_HT: 1 },
        d(16, 3),
      ),
      row(TB, at(23, 3, 14, 30, 0), { HANG_RAO: 150.5, VUON_CT: 5 }),
      row(TB, at(23, 3, 14, 31), { HANG_RAO: 100, VUON_CT: 4, KDC_KM: 1 }),
      row(TB, at(30, 3, 11, 0), { HANG_RAO: 999 }),
      // Bằng Phúc: the 22/03 report sent late on 24/03, then 29/03 on time.
      row(BP, at(24, 3, 8, 0), { HANG_RAO: 300, VUON_CT: 1 }, d(22, 3)),
      row(BP, at(29, 3, 20, 0), { HANG_RAO: 20, NUOC_THAI: 2, NUOC_THAI_HT: 3 }, d(29, 3)),
      // Đông Sơn: only a report sent after the as-of time, for a day of week 30/03.
      row(DS, at(30, 3, 12, 0), { VUON_CT: 3 }, d(29, 3)),
    ],
  };
}
