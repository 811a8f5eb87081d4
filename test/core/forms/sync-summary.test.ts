// Tests of the officer's summary of a form sync: created, each kind of change named and counted, or nothing changed.
import { syncSummary, type FormItemSpec, type SyncOp } from '../../../src/core/forms';

const item = (title: string): FormItemSpec => ({
  key: title,
  title,
  type: 'TEXT',
  required: false,
  helpText: '',
});

test('a new form says how many questions it has', () => {
  expect(syncSummary([{ op: 'create', item: item('Thôn') }], true, 16)).toBe(
    'đã tạo biểu mẫu mới với 16 câu hỏi',
  );
});

test('no operation: unchanged', () => {
  expect(syncSummary([], false, 16)).toBe('biểu mẫu đã khớp với tab Chỉ tiêu và Thôn, không có gì thay đổi');
});

test('added, renamed, removed, updated and moved are each said once', () => {
  const ops: SyncOp[] = [
    { op: 'delete', id: 3, title: '[A] Cũ', reason: 'removed' },
    { op: 'update', id: 4, key: '[B]', from: '[B] Tên cũ', changes: { title: '[B] Tên mới' } },
    { op: 'update', id: 1, key: 'village', from: 'Thôn', changes: { choices: ['X'] } },
    { op: 'create', item: item('[C] Mới') },
    { op: 'move', ref: { key: '[C]' }, to: 3 },
  ];
  expect(syncSummary(ops, false, 16)).toBe(
    'đã cập nhật biểu mẫu: thêm 1 câu hỏi; đổi tên 1 câu hỏi («[B] Tên cũ» → «[B] Tên mới»); ' +
      'xóa 1 câu hỏi («[A] Cũ»); câu trả lời cũ vẫn giữ nguyên trong tab câu trả lời; ' +
      'cập nhật 1 câu hỏi (danh sách thôn, lựa chọn, hướng dẫn hoặc kiểm tra số); sắp lại thứ tự câu hỏi theo tab Chỉ tiêu',
  );
});

test('a question remade for a new type is not counted as added; long lists are cut', () => {
  const ops: SyncOp[] = [
    { op: 'delete', id: 3, title: '[A] X', reason: 'type' },
    { op: 'create', item: item('[A] X') },
    ...[1, 2, 3, 4, 5, 6, 7].map((n): SyncOp => ({
      op: 'delete',
      id: 10 + n,
      title: `[R${n}]`,
      reason: 'removed',
    })),
  ];
  expect(syncSummary(ops, false, 9)).toBe(
    'đã cập nhật biểu mẫu: làm lại 1 câu hỏi đổi loại («[A] X»); xóa 7 câu hỏi («[R1]», «[R2]», «[R3]», «[R4]», «[R5]» và 2 câu khác); câu trả lời cũ vẫn giữ nguyên trong tab câu trả lời',
  );
});
