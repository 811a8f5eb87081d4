// What the runner prints for one action: its summary, what its toasts and alerts add (each line once), and a failure's one line.
import type { ActionReport } from './session';

const problems = (summary: string) =>
  summary
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('•'))
    .map((l) => l.replace(/^•\s*/, ''));

/** One line for a failure summary: its first `•` problem (or first line), saying how many more there are. */
export function firstProblem(summary: string): string {
  const bullets = problems(summary);
  const lines = summary
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const first = (bullets[0] ?? lines[0] ?? 'không rõ lỗi').replace(/[.:]\s*$/, '');
  return bullets.length > 1 ? `${first} (và ${bullets.length - 1} vấn đề khác, xem ở trên).` : `${first}.`;
}

/** True when a failed action's summary says more than its one-line stop message (several problems). */
export function failureNeedsDetail(summary: string): boolean {
  return problems(summary).length > 1;
}

/**
 * Prints `✔ action: summary` (or ✘), then the lines of its toasts and alerts that the summary does not
 * already hold. A toast or alert mostly repeats the summary, often after its title (`Gửi nhắc hạn: …`):
 * every line is printed once, whichever message it came in.
 */
export function printReport(r: ActionReport, print: (l: string) => void): void {
  if (!r.supported) return print(`${r.action}: chưa hỗ trợ`);
  print(`${r.ok ? '✔' : '✘'} ${r.action}: ${r.summary}`.trimEnd());
  const seen = new Set(
    r.summary
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  const known = (line: string) => seen.has(line) || [...seen].some((s) => line.endsWith(`: ${s}`));
  for (const message of r.messages) {
    for (const raw of message.split('\n')) {
      const line = raw.trim();
      if (!line || known(line)) continue;
      seen.add(line);
      print(`    ${line}`);
    }
  }
}
