// Reads `Thôn` (`Thôn` | `Trưởng thôn` | `Email` | `Số hộ`, optional `Điện thoại`) into villages, in sheet order.
import {
  COMMUNE_ROW_NAME,
  TAB,
  TARGET_COLUMNS,
  TARGET_EXTRA_COLUMNS,
  VILLAGE_COLUMNS,
  titlesOf,
} from '../contract';
import { isBlank } from '../text';
import type { CellValue, TabData, Village } from '../types';
import { parseViNumber } from '../vi-number';
import { a1 } from './a1';
import { findColumn, headerKey } from './headers';
import { Problems, quoted, shownText } from './problems';
import { parseEmailList } from './setting-values';

const T = TAB.villages;
const C = VILLAGE_COLUMNS;

/** Names a village cannot take: they are column titles of `Chỉ tiêu` or the commune's own rows. */
const RESERVED = new Set(
  [
    COMMUNE_ROW_NAME,
    ...Object.values(TARGET_COLUMNS).flatMap(titlesOf),
    ...TARGET_EXTRA_COLUMNS.flatMap(titlesOf),
  ].map(headerKey),
);

function bareKey(name: string): string {
  return headerKey(name).replace(/^(thon|xom)\s+/, '');
}

/** Reads the villages; problems go to `p` (fatal: no `Thôn` column, no village, a name twice or reserved). */
export function readVillages(tab: TabData, p: Problems): Village[] {
  const header = tab.values[0] ?? [];
  const col = {
    village: findColumn(header, C.village),
    leader: findColumn(header, C.leader),
    email: findColumn(header, C.email),
    households: findColumn(header, C.households),
    phone: findColumn(header, C.phone),
    reportLink: findColumn(header, C.reportLink),
  };
  if (col.village < 0) {
    p.stop(
      T,
      'A1',
      'thiếu cột "Thôn" ở hàng 1: hàng tiêu đề phải có Thôn | Trưởng thôn | Email | Số hộ (chạy "Thiết lập / sửa sổ theo dõi" để thêm).',
    );
    return [];
  }
  for (const k of ['leader', 'email', 'households'] as const) {
    if (col[k] < 0) p.note(T, 'A1', `thiếu cột "${C[k].title}" ở hàng 1: hãy thêm cột này. ${C[k].note}`);
  }
  const before = p.fatalCount();
  const villages: Village[] = [];
  const seen = new Map<string, number>();
  for (let r = 1; r < tab.values.length; r++) {
    const row = r + 1;
    const at = (c: number): { value: CellValue; shown: string } => {
      const value = c < 0 ? '' : (tab.values[r]?.[c] ?? '');
      return { value, shown: c < 0 ? '' : shownText(value, tab.displays[r]?.[c]) };
    };
    const cells = [col.village, col.leader, col.email, col.households, col.phone, col.reportLink].map(at);
    if (cells.slice(0, 5).every((c) => isBlank(c.value) && c.shown === '')) continue;
    const name = cells[0].shown;
    const nameCell = a1(row, col.village + 1);
    if (name === '') {
      p.note(T, nameCell, 'dòng này chưa ghi tên thôn nên không được dùng: hãy ghi tên thôn hoặc xóa dòng.');
      continue;
    }
    if (RESERVED.has(headerKey(name))) {
      p.stop(
        T,
        nameCell,
        `${quoted(name)} không dùng được làm tên thôn (trùng tiêu đề cột của tab ${p.title(TAB.targets)} hoặc dòng Toàn xã): hãy đặt tên khác.`,
      );
      continue;
    }
    const key = bareKey(name);
    const first = seen.get(key);
    if (first !== undefined) {
      p.stop(
        T,
        nameCell,
        `thôn ${quoted(name)} trùng với thôn ở dòng ${first}: mỗi thôn chỉ ghi một dòng, tên không trùng nhau.`,
      );
      continue;
    }
    seen.set(key, row);
    villages.push({
      name,
      leader: cells[1].shown,
      emails: readEmails(cells[2].shown, col.email, row, name, p),
      households: readHouseholds(cells[3], col.households, row, name, p),
      phone: cells[4].shown,
      row,
      ...(col.reportLink >= 0 ? { reportLink: cells[5].shown } : {}),
    });
    if (col.leader >= 0 && cells[1].shown === '')
      p.note(T, a1(row, col.leader + 1), `thôn ${name} chưa ghi Trưởng thôn: hãy ghi họ tên trưởng thôn.`);
  }
  if (villages.length === 0 && p.fatalCount() === before)
    p.stop(T, '', 'chưa có thôn nào: hãy ghi mỗi thôn một dòng (Thôn, Trưởng thôn, Email, Số hộ).');
  return villages;
}

function readEmails(text: string, col: number, row: number, name: string, p: Problems): string[] {
  if (col < 0) return [];
  const cell = a1(row, col + 1);
  const list = parseEmailList(text);
  for (const b of list.bad)
    p.note(T, cell, `${quoted(b)} không phải địa chỉ email, đã bỏ qua: hãy sửa lại (ví dụ ten@example.vn).`);
  if (list.emails.length === 0)
    p.note(
      T,
      cell,
      `thôn ${name} chưa có email đúng: thôn sẽ không nhận được thư nhắc hạn; hãy ghi email của thôn.`,
    );
  return list.emails;
}

function readHouseholds(
  c: { value: CellValue; shown: string },
  col: number,
  row: number,
  name: string,
  p: Problems,
): number | null {
  if (col < 0) return null;
  const cell = a1(row, col + 1);
  if (isBlank(c.value) && c.shown === '') {
    p.note(
      T,
      cell,
      `thôn ${name} chưa ghi Số hộ: chưa kiểm tra được số hộ báo cáo có vượt số hộ của thôn không; hãy ghi số hộ.`,
    );
    return null;
  }
  const n = parseViNumber(c.value);
  if (!n.ok || n.value < 0 || !Number.isInteger(n.value)) {
    p.note(
      T,
      cell,
      `Số hộ ${quoted(c.shown)} không phải số nguyên không âm, chưa dùng được: hãy ghi số hộ bằng chữ số, ví dụ 176.`,
    );
    return null;
  }
  return n.value;
}
