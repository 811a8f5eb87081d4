// Adapter for the clock: the only place that reads "now" (the local runner sets it with --as-of).
import type { Instant } from '../core/types';
import { asInstant } from '../core/zone';

export function now(): Instant {
  return asInstant(Date.now());
}
