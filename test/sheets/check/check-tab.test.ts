// The Kiểm tra adapter on the runtime: grows the tab for long lists, clears what an earlier longer list left, links by sheet id.
import type { CheckRow } from '../../../src/sheets/check/check-rows';
import { buildCheckTable } from '../../../src/sheets/check/check-table';
import { placeLink, writeCheckTab } from '../../../src/sheets/check-tab';
import { findSheet } from '../../../src/sheets/tab-io';
import { FORM, install, uninstall } from './harness';

afterEach(uninstall);

function rows(n: number): CheckRow[] {
  return Array.from({ length: n }, (_, i) => ({
    tab: FORM,
    row: i + 2,
    village: 'Thượng Bằng',
    column: 'Ảnh',
    level: 'Cảnh báo' as const,
    message: 'chưa kèm ảnh',
    value: '',
    key: `k${i}`,
    acceptable: true,
    accepted: false,
    place: { tab: FORM, row: i + 2, col: 8 },
    fromModel: false,
  }));
}

it('a list longer than the tab grows it; a shorter list afterwards leaves nothing of the longer one', () => {
  install();
  const sheet = writeCheckTab(buildCheckTable(rows(1500)));
  expect(sheet.getLastRow()).toBe(1501);
  expect(sheet.getMaxRows()).toBeGreaterThanOrEqual(1501);
  writeCheckTab(buildCheckTable(rows(3)));
  expect(sheet.getLastRow()).toBe(4);
  expect(
    sheet
      .getRange(5, 1, 10, 9)
      .getNumberFormats()
      .flat()
      .every((f) => f === ''),
  ).toBe(true);
  expect(
    sheet
      .getRange(5, 1, 10, 9)
      .getRichTextValues()
      .flat()
      .every((r) => r === null || r.getLinkUrl() === null),
  ).toBe(true);
});

it('links a whole-tab place to the tab, and finds tabs forgivingly', () => {
  const rt = install();
  const ids = new Map([[FORM, 7]]);
  expect(placeLink({ tab: FORM, row: 3, col: 28 }, ids)).toBe('#gid=7&range=AB3');
  expect(placeLink({ tab: FORM }, ids)).toBe('#gid=7');
  expect(placeLink({ tab: 'Không có' }, ids)).toBeNull();
  expect(findSheet(rt.spreadsheet, 'thon')?.getName()).toBe('Thôn');
  expect(findSheet(rt.spreadsheet, 'Không có')).toBeNull();
});
