// What a form sync did, in one Vietnamese sentence for the officer: created, questions added / renamed / removed, or unchanged.
import type { SyncOp } from './form-sync';

/** At most this many titles are named in a list; the rest are counted. */
const NAMED = 5;

function named(titles: string[]): string {
  const shown = titles
    .slice(0, NAMED)
    .map((t) => `«${t}»`)
    .join(', ');
  return titles.length > NAMED ? `${shown} và ${titles.length - NAMED} câu khác` : shown;
}

/** The summary of applying `ops`; `created` when the form was made by this run. */
export function syncSummary(ops: readonly SyncOp[], created: boolean, questionCount: number): string {
  if (created) return `đã tạo biểu mẫu mới với ${questionCount} câu hỏi`;
  const add = ops.flatMap((o) => (o.op === 'create' ? [o.item.title] : []));
  const replaced = ops.flatMap((o) => (o.op === 'delete' && o.reason === 'type' ? [o.title] : []));
  const removed = ops.flatMap((o) => (o.op === 'delete' && o.reason !== 'type' ? [o.title] : []));
  const renamed = ops.flatMap((o) =>
    o.op === 'update' && o.changes.title !== undefined ? [`${o.from}» → «${o.changes.title}`] : [],
  );
  const updated = ops.filter((o) => o.op === 'update' && o.changes.title === undefined).length;
  const moved = ops.some((o) => o.op === 'move');
  const form = ops.some((o) => o.op === 'form');
  const parts: string[] = [];
  if (add.length - replaced.length > 0) parts.push(`thêm ${add.length - replaced.length} câu hỏi`);
  if (replaced.length) parts.push(`làm lại ${replaced.length} câu hỏi đổi loại (${named(replaced)})`);
  if (renamed.length) parts.push(`đổi tên ${renamed.length} câu hỏi (${named(renamed)})`);
  if (removed.length)
    parts.push(
      `xóa ${removed.length} câu hỏi (${named(removed)}); câu trả lời cũ vẫn giữ nguyên trong tab câu trả lời`,
    );
  if (updated)
    parts.push(`cập nhật ${updated} câu hỏi (danh sách thôn, lựa chọn, hướng dẫn hoặc kiểm tra số)`);
  if (moved) parts.push('sắp lại thứ tự câu hỏi theo tab Chỉ tiêu');
  if (form) parts.push('cập nhật tiêu đề, mô tả biểu mẫu');
  return parts.length
    ? `đã cập nhật biểu mẫu: ${parts.join('; ')}`
    : 'biểu mẫu đã khớp với tab Chỉ tiêu và Thôn, không có gì thay đổi';
}
