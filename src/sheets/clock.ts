// Adapter for the clock: the only place that reads "now" (the local runner sets it with --as-of).

export function now(): number {
  return Date.now();
}
