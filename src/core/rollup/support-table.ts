// The NQ 44 support block below the `Tổng hợp` tables, as rectangular rows of cell values (amounts in đồng, unrounded).
import type { CellValue } from '../types';
import type { SupportBlock, SupportLine } from './rollup-types';

/** Rows of the support block: a title row, a header row, one row per village and a `Toàn xã` row; or one explaining row when absent. */
export function supportTableRows(support: SupportBlock): CellValue[][] {
  if (!support.present) {
    return [
      [
        `Hỗ trợ NQ 44: chưa theo dõi chỉ tiêu ${support.code}. Thêm một dòng có Mã ${support.code} vào tab ${support.targetsTab ?? 'Chỉ tiêu'} ` +
          '(chỉ tiêu mỗi thôn là số hộ chính sách đủ điều kiện) để tính tiền hỗ trợ.',
      ],
    ];
  }
  const headers: string[] = ['Thôn', 'Hộ đủ điều kiện', `Hộ đã xây (${support.code})`, 'Tiền hỗ trợ (đồng)'];
  if (support.compared)
    headers.push('Hộ đã có hệ thống xử lý nước thải (NUOC_THAI)', 'Hộ chính sách có thể còn được hỗ trợ');
  const row = (l: SupportLine): CellValue[] => {
    const cells: CellValue[] = [l.village, l.eligible, l.households, l.amount];
    if (support.compared) cells.push(l.built ?? '', l.unclaimed ?? '');
    return cells;
  };
  const title: CellValue[] = [
    `Hỗ trợ NQ 44/2021/NQ-HĐND: ${support.name}`,
    '',
    'Mức hỗ trợ (đồng/hộ)',
    support.amountPerHousehold,
  ];
  while (title.length < headers.length) title.push('');
  return [title, headers, ...support.lines.map(row), row(support.total)];
}
