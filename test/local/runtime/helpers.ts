// Shared set-up for the runtime tests: a runtime at a fixed clock, and instants built from a zone's wall clock.
import { createRuntime, type Runtime, type RuntimeOptions } from '../../../local/runtime';

/** 20/03/2023 10:00 in Hà Nội. */
export const NOW = Date.UTC(2023, 2, 20, 3, 0);

export function runtime(options: RuntimeOptions = {}): {
  rt: Runtime;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
} {
  const rt = createRuntime({ now: () => NOW, ...options });
  return { rt, sheet: rt.spreadsheet.getSheets()[0] };
}

/** The instant of a wall-clock time at a fixed UTC offset (hours), e.g. Hà Nội = +7, New York in winter = −5. */
export function at(offsetHours: number, y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  return Date.UTC(y, mo - 1, d, h, mi, s) - offsetHours * 3600000;
}
