// Trạng thái (docs/rollup.md): Hoàn thành, else Đúng tiến độ when Lũy kế ≥ Kế hoạch đến nay, else Chậm tiến độ.
import type { LineStatus } from './rollup-types';

export function status(done: number, target: number, planned: number): LineStatus {
  if (done >= target) return 'Hoàn thành';
  if (done >= planned) return 'Đúng tiến độ';
  return 'Chậm tiến độ';
}
