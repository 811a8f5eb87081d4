// Array helpers safe at any length: a call takes a bounded number of arguments, so `push(...rows)` and `Math.max(...rows)` fail on long lists.

/** Appends every item of each list to `target`, in order; returns `target`. */
export function pushAll<T>(target: T[], ...lists: readonly (readonly T[])[]): T[] {
  for (const list of lists) for (const item of list) target.push(item);
  return target;
}

/** `Math.max(floor, ...values)` without spreading: the largest value, at least `floor`. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) max = Math.max(max, v);
  return max;
}

/** `Math.min(ceiling, ...values)` without spreading: the smallest value, at most `ceiling`. */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) min = Math.min(min, v);
  return min;
}
