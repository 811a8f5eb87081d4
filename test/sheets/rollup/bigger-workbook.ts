// The messy rollup workbook grown by `n` villages, each with targets and three weeks of reports: for call-count tests.
import type { CellData, WorkbookData } from '../../../local/workbook-data';
import { at, FORM, messyWorkbook } from '../../entry/rollup-workbook';

const cell = (v: string | number | Date): CellData => ({ value: v });

export function biggerWorkbook(n: number): WorkbookData {
  const wb = messyWorkbook();
  const sheet = (name: string) => wb.sheets.find((s) => s.name === name)!;
  const villages = sheet('Thôn');
  const targets = sheet('Chỉ tiêu');
  const form = sheet(FORM);
  for (let i = 1; i <= n; i++) {
    const name = `Thôn mới ${i}`;
    const email = `thon${i}@sonbang.vn`;
    villages.rows.push([cell(name), cell(`Trưởng thôn ${i}`), cell(email), cell(50 + i)]);
    targets.rows[0].push(cell(name));
    targets.rows.slice(1).forEach((row, k) => row.push(cell([400, 6, 1, 2][k])));
    for (const [day, month] of [
      [15, 3],
      [22, 3],
      [29, 3],
    ]) {
      form.rows.push([
        cell(new Date(at(day, month, 8, i % 60))),
        cell(email),
        cell(name),
        null,
        cell(String(10 + i)),
        cell(String(day % 5)),
        null,
        null,
        null,
      ]);
    }
  }
  return wb;
}
