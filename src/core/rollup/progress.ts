// Tỷ lệ = Lũy kế / Chỉ tiêu (docs/rollup.md), a fraction shown as a percentage.

/** Tỷ lệ of `done` against `target`. A line exists only for a target > 0, so any other target is an input error. */
export function progress(done: number, target: number): number {
  if (!(target > 0) || !Number.isFinite(target)) {
    throw new Error(`Chỉ tiêu phải là một số lớn hơn 0 (đang là ${target}): hãy nhập chỉ tiêu của thôn.`);
  }
  if (!Number.isFinite(done)) throw new Error(`Khối lượng đã làm phải là một số (đang là ${done}).`);
  return done / target;
}
