// The six NTM_ definitions run in-process: the rollup core's own figures, units reconciled, bad spans and targets refused.
import { NTM_BACKLOG, NTM_NUMBER, NTM_PER_DAY, NTM_PLANNED, NTM_PROGRESS, NTM_WEEK, runFunction } from '../../../src/core/functions';
import { backlog, perDay, plannedToDate, progress } from '../../../src/core/rollup';
import { deadlineInstant, weekOfInstant } from '../../../src/core/weeks';
import { dayFromYmd, instantOf } from '../../../src/core/zone';

const TZ = 'Asia/Ho_Chi_Minh';
const ctx = { timeZone: TZ };
const d = (day: number, month: number) => dayFromYmd(2023, month, day);
const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('NTM_ definitions over the core', () => {
  it('NTM_PLANNED, NTM_BACKLOG, NTM_PER_DAY and NTM_PROGRESS give the core formulas on the SPEC example', () => {
    const args = ['15/03/2023', '15/05/2023', '23/03/2023'];
    const planned = plannedToDate(3200, d(15, 3), d(15, 5), d(23, 3));
    expect(planned).toBe(3200 * (9 / 62));
    expect(runFunction(NTM_PLANNED, ['3.200', ...args], ctx)).toBe(planned);
    expect(runFunction(NTM_BACKLOG, ['3.200 m', '400 m', ...args], ctx)).toBe(backlog(planned, 400));
    expect(runFunction(NTM_PER_DAY, [3200, 400, '15/05/2023', '23/03/2023'], ctx)).toBe(perDay(3200, 400, d(23, 3), d(15, 5)));
    expect(runFunction(NTM_PROGRESS, [400, 3200], ctx)).toBe(progress(400, 3200));
  });

  it('convert m and km between target and done, the result in the target unit', () => {
    expect(runFunction(NTM_PROGRESS, ['0,4 km', '3.200 m'], ctx)).toBe(progress(400, 3200));
    expect(runFunction(NTM_PER_DAY, ['0,7 km', '100 m', '15/05/2023', '23/03/2023'], ctx)).toBe(perDay(0.7, 0.1, d(23, 3), d(15, 5)));
    expect(errorOf(() => runFunction(NTM_PROGRESS, ['2 vườn', '3 hộ'], ctx))).toBe(
      'NTM_PROGRESS: done (lũy kế đã làm): "2 vườn" có đơn vị "vườn", khác ĐVT của chỉ tiêu là "hộ"; hãy nhập số theo hộ, không kèm đơn vị khác',
    );
  });

  it('NTM_PROGRESS refuses a target of 0 with the core message, on the target', () => {
    expect(errorOf(() => runFunction(NTM_PROGRESS, [1, 0], ctx))).toMatch(/^NTM_PROGRESS: target \(chỉ tiêu\): Chỉ tiêu phải là một số lớn hơn 0/);
  });

  it('refuse a due date before the start', () => {
    expect(errorOf(() => runFunction(NTM_PLANNED, [1, '15/05/2023', '15/03/2023', '23/03/2023'], ctx))).toBe(
      'NTM_PLANNED: due (hạn hoàn thành): hạn 15/03/2023 trước ngày bắt đầu 15/05/2023; hãy kiểm tra lại hai ngày',
    );
  });

  it('NTM_NUMBER reads the number in its own unit, or converts into the unit asked for', () => {
    expect(runFunction(NTM_NUMBER, ['3.200 m'], ctx)).toBe(3200);
    expect(runFunction(NTM_NUMBER, ['3.200 m', 'km'], ctx)).toBe(3.2);
    expect(runFunction(NTM_NUMBER, ['0,5 km', 'm'], ctx)).toBe(500);
    expect(errorOf(() => runFunction(NTM_NUMBER, ['ba'], ctx))).toBe('NTM_NUMBER: "ba" là chữ, hãy nhập bằng chữ số (ví dụ 3)');
    expect(errorOf(() => runFunction(NTM_NUMBER, ['3', 4], ctx))).toMatch(/^NTM_NUMBER: unit \(đơn vị\): đơn vị phải là chữ/);
  });

  it('NTM_WEEK gives the deadline instant of the week, by default Thứ 5 14:30, else the rule given', () => {
    const t = instantOf(d(16, 3), 14 * 60 + 31, TZ);
    const thursday = { weekday: 4, minuteOfDay: 870 };
    const result = runFunction(NTM_WEEK, ['16/03/2023 14:31'], ctx) as Date;
    expect(result.getTime()).toBe(deadlineInstant(weekOfInstant(t, thursday, TZ), thursday, TZ));
    expect(result.getTime()).toBe(instantOf(d(23, 3), 870, TZ));
    const sunday = runFunction(NTM_WEEK, ['16/03/2023 14:31', 'Chủ nhật 08:00'], ctx) as Date;
    expect(sunday.getTime()).toBe(instantOf(d(19, 3), 480, TZ));
  });
});
