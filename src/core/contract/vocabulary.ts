// Fixed words of the contract that people type or pick: indicator kinds, the example marker.
import type { IndicatorKind } from '../types';

/** Values of `Chỉ tiêu`.`Loại`, in the order offered by the drop-down. */
export const INDICATOR_KINDS: readonly IndicatorKind[] = ['Cộng dồn', 'Lũy kế', 'Đạt/Chưa'];

/** `Loại` used when the cell is blank. */
export const DEFAULT_KIND: IndicatorKind = 'Cộng dồn';

/** Text in the `Ghi chú` column of every example row set-up writes: "Xóa dữ liệu mẫu" finds rows by it. */
export const EXAMPLE_NOTE = 'Ví dụ — thay bằng số liệu của xã';

/** Village column value of the commune-wide rows of `Tổng hợp` (and of escalations in `Nhắc hạn`). */
export const COMMUNE_ROW_NAME = 'Toàn xã';
