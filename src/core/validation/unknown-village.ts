// Rule: a row whose village is not in `Thôn` (after forgiving match) is left out whole (Lỗi).
import { findVillageIn } from '../model/match-village';
import { isBlank } from '../text';
import type { ReportRow, Village } from '../types';
import type { Titles } from './context';
import type { Draft } from './problem';

/** The village of `Thôn` that `written` names: case, spaces, diacritics and a leading "thôn" / "xóm" ignored. */
export function findVillage(villages: readonly Village[], written: string): Village | null {
  return findVillageIn(villages, written);
}

/** The whole-row problem of a row whose village is not in `Thôn`. */
export function villageProblem(row: ReportRow, villages: readonly Village[], titles: Titles): Draft {
  const names = villages.map((v) => v.name).join(', ') || 'chưa có thôn nào';
  const fromColumn = row.villageCol !== null;
  let message: string;
  if (!fromColumn) {
    message = `Tab "${row.tab}" không có cột Thôn và tên tab không trùng tên thôn nào (${names}): hãy thêm cột Thôn hoặc đặt tên tab theo tên thôn. Cả dòng chưa được tính.`;
  } else if (isBlank(row.village)) {
    message = `Chưa ghi tên thôn: hãy ghi một thôn có trong tab ${titles.villagesTab} (${names}). Cả dòng chưa được tính.`;
  } else {
    message = `Không có thôn "${row.village.trim()}" trong tab ${titles.villagesTab}: hãy sửa cho đúng tên thôn (${names}) hoặc thêm thôn vào tab ${titles.villagesTab}. Cả dòng chưa được tính.`;
  }
  return {
    column: fromColumn ? titles.village : '',
    col: row.villageCol ?? row.timestampCol,
    level: 'Lỗi',
    message,
    value: row.village,
    wholeRow: true,
  };
}
