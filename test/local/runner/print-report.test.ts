// What the runner prints per action: the summary once, only the new lines of toasts and alerts, one line per failure.
import { failureNeedsDetail, firstProblem, printReport } from '../../../local/runner/print-report';
import type { ActionReport } from '../../../local/runner/session';

const report = (summary: string, messages: string[], ok = true): ActionReport => ({
  action: 'remind',
  supported: true,
  ok,
  summary,
  messages,
  calls: {},
  cells: { read: 0, written: 0 },
  ms: 1,
});

function printed(r: ActionReport): string[] {
  const lines: string[] = [];
  printReport(r, (l) => lines.push(l));
  return lines;
}

describe('printReport', () => {
  const summary = 'Đã gửi 2 thư: Nhắc hạn – Hạ Bằng.\nGhi Hết hạn (không gửi muộn) 1 thư: Quá hạn – Toàn xã.';

  it('prints a summary its alert repeats after the title once, whether the alert holds it whole or line by line', () => {
    expect(printed(report(summary, [`Gửi nhắc hạn: ${summary}`]))).toEqual([`✔ remind: ${summary}`]);
    expect(printed(report(summary, [`Gửi nhắc hạn: ${summary}`, summary, summary.split('\n')[1]]))).toEqual([
      `✔ remind: ${summary}`,
    ]);
  });

  it('prints each line a toast or alert adds, once, indented', () => {
    const lines = printed(
      report(summary, [
        'Đang gửi…',
        `Gửi nhắc hạn: ${summary}\nHạn mức còn 98 thư hôm nay.`,
        'Đang gửi…',
        'Hạn mức còn 98 thư hôm nay.',
      ]),
    );
    expect(lines).toEqual([`✔ remind: ${summary}`, '    Đang gửi…', '    Hạn mức còn 98 thư hôm nay.']);
  });

  it('says "chưa hỗ trợ" for an action the build does not offer', () => {
    expect(printed({ ...report('', []), supported: false })).toEqual(['remind: chưa hỗ trợ']);
  });
});

describe('a failure in one line', () => {
  const one = 'Sổ theo dõi có lỗi cần sửa trước:\n• Cấu hình!B5: "Thứ 8 14:30" không phải thứ trong tuần.';
  const two = `${one}\n• Thôn: thiếu tab "Thôn".`;

  it('names the first problem, and how many more are listed above', () => {
    expect(firstProblem(one)).toBe('Cấu hình!B5: "Thứ 8 14:30" không phải thứ trong tuần.');
    expect(firstProblem(two)).toBe(
      'Cấu hình!B5: "Thứ 8 14:30" không phải thứ trong tuần (và 1 vấn đề khác, xem ở trên).',
    );
    expect(firstProblem('Lỗi không mong đợi: x.')).toBe('Lỗi không mong đợi: x.');
  });

  it('lists the problems above the stop line only when there are several', () => {
    expect([
      failureNeedsDetail(one),
      failureNeedsDetail(two),
      failureNeedsDetail('Lỗi không mong đợi: x.'),
    ]).toEqual([false, true, false]);
  });
});
