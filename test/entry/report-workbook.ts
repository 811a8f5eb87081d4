// The messy rollup workbook plus a `Kế hoạch tuần tới` column and a fourth village named with markup that never reports.
import type { CellData, WorkbookData } from '../../local/workbook-data';
import { FORM, messyWorkbook } from './rollup-workbook';

export const TS = 'Tân <b>Sơn</b>';
export const PLAN_TITLE = 'Kế hoạch tuần tới';

/** Plans by sheet row of the form tab (rows without one stay blank). */
export const PLANS: Record<number, string> = {
  4: 'Kế hoạch của tuần 23/03',
  8: 'Trồng tiếp 200 m hàng rào <i>xóm Trên</i>',
  10: 'Cải tạo 2 vườn & "chỉnh trang" 1 vườn',
  11: 'Cải tạo 2 vườn & "chỉnh trang" 1 vườn',
  12: 'Gửi lúc 16:00, sau giờ lập báo cáo',
};

const text = (v: string): CellData => ({ value: v });

export function reportWorkbook(): WorkbookData {
  const wb = messyWorkbook();
  const tab = (name: string) => wb.sheets.find((s) => s.name === name)!;
  tab('Thôn').rows.push([text(TS), text('Phạm Văn D'), text('ts@sonbang.vn'), { value: 90 }]);
  const targets = tab('Chỉ tiêu').rows;
  targets[0].push(text(TS));
  targets[2].push({ value: 4 }); // VUON_CT
  const form = tab(FORM).rows;
  const width = form[0].length;
  form.forEach((row, i) => {
    while (row.length < width) row.push(null);
    const sheetRow = i + 1;
    row.push(sheetRow === 1 ? text(PLAN_TITLE) : PLANS[sheetRow] ? text(PLANS[sheetRow]) : null);
  });
  return wb;
}
