// Section III of the weekly report: NQ 44 support (priority households that built the "3 bi" system, and the amount due).
import type { SupportBlock, SupportLine } from '../rollup/rollup-types';
import { amountText, dongText } from './report-format';
import type { SupportRow, SupportSection } from './report-types';

function row(l: SupportLine): SupportRow {
  return {
    village: l.village,
    eligible: amountText(l.eligible),
    households: amountText(l.households),
    amount: dongText(l.amount),
  };
}

/** The section, or null when the support indicator is not tracked in `Chỉ tiêu`. */
export function supportSection(block: SupportBlock): SupportSection | null {
  if (!block.present) return null;
  const t = block.total;
  const summary = [
    `${amountText(t.households)}/${amountText(t.eligible)} hộ chính sách đủ điều kiện đã xây hệ thống xử lý nước thải mẫu 3 bi; ` +
      `kinh phí hỗ trợ theo NQ 44/2021/NQ-HĐND: ${dongText(t.amount)} đồng (mức ${dongText(block.amountPerHousehold)} đồng/hộ).`,
  ];
  if (block.compared && t.unclaimed !== null && t.unclaimed > 0)
    summary.push(
      `Có thể còn ${amountText(t.unclaimed)} hộ chính sách đã xây hệ thống xử lý nước thải mà chưa được tính hỗ trợ: đề nghị các thôn rà soát.`,
    );
  return {
    code: block.code,
    name: block.name,
    perHousehold: dongText(block.amountPerHousehold),
    rows: block.lines.map(row),
    total: row(t),
    summary,
  };
}
