// Adapter for the execution log: a line in Apps Script's Executions (console), where a trigger's failure is seen when nothing else can show it.

/** Writes one error line to Executions; never throws (a missing console must not hide the failure being reported). */
export function logExecutionError(line: string): void {
  try {
    console.error(line);
  } catch (_e) {
    // no console at all: nothing else is left to report to
  }
}
