// The six NTM_ definitions run in-process: the worked example of docs/rollup.md by hand, units reconciled, bad spans and targets refused.
import {
  NTM_BACKLOG,
  NTM_NUMBER,
  NTM_PER_DAY,
  NTM_PLANNED,
  NTM_PROGRESS,
  NTM_WEEK,
  runFunction,
} from '../../../src/core/functions';
import { errorOf } from './error-of';

const TZ = 'Asia/Ho_Chi_Minh';
const ctx = { timeZone: TZ };

describe('NTM_ definitions over the core', () => {
  it('NTM_PLANNED, NTM_BACKLOG, NTM_PER_DAY and NTM_PROGRESS give the figures of the worked example of docs/rollup.md', () => {
    const args = ['15/03/2023', '15/05/2023', '23/03/2023'];
    // By hand: 15/03..23/03 is 9 of the 62 days 15/03..15/05; 23/03..15/05 is 9 + 30 + 15 = 54 days left.
    const planned = 3200 * (9 / 62); // 464,516…
    expect(runFunction(NTM_PLANNED, ['3.200', ...args], ctx)).toBe(planned);
    expect(runFunction(NTM_BACKLOG, ['3.200 m', '400 m', ...args], ctx)).toBeCloseTo(planned - 400, 9);
    expect(runFunction(NTM_PER_DAY, [3200, 400, '15/05/2023', '23/03/2023'], ctx)).toBeCloseTo(2800 / 54, 9);
    expect(runFunction(NTM_PROGRESS, [400, 3200], ctx)).toBe(0.125);
  });

  it('convert m and km between target and done, the result in the target unit', () => {
    expect(runFunction(NTM_PROGRESS, ['0,4 km', '3.200 m'], ctx)).toBe(0.125);
    expect(runFunction(NTM_PER_DAY, ['0,7 km', '100 m', '15/05/2023', '23/03/2023'], ctx)).toBeCloseTo(
      0.6 / 54,
      12,
    ); // km a day
    expect(errorOf(() => runFunction(NTM_PROGRESS, ['2 vườn', '3 hộ'], ctx))).toBe(
      'NTM_PROGRESS: done (lũy kế đã làm): "2 vườn" có đơn vị "vườn", khác ĐVT của chỉ tiêu là "hộ"; hãy nhập số theo hộ, không kèm đơn vị khác',
    );
  });

  it('NTM_PROGRESS refuses a target of 0 with the core message, on the target', () => {
    expect(errorOf(() => runFunction(NTM_PROGRESS, [1, 0], ctx))).toMatch(
      /^NTM_PROGRESS: target \(chỉ tiêu\): Chỉ tiêu phải là một số lớn hơn 0/,
    );
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
    expect(errorOf(() => runFunction(NTM_NUMBER, ['ba'], ctx))).toBe(
      'NTM_NUMBER: "ba" là chữ, hãy nhập bằng chữ số (ví dụ 3)',
    );
    expect(errorOf(() => runFunction(NTM_NUMBER, ['3', 4], ctx))).toMatch(
      /^NTM_NUMBER: unit \(đơn vị\): đơn vị phải là chữ/,
    );
  });

  it('NTM_WEEK gives the deadline instant of the week, by default Thứ 5 14:30, else the rule given', () => {
    const result = runFunction(NTM_WEEK, ['16/03/2023 14:31'], ctx) as Date;
    expect(result.getTime()).toBe(Date.UTC(2023, 2, 23, 14 - 7, 30)); // Thứ 5 23/03/2023 14:30 in Việt Nam (UTC+7)
    expect(runFunction(NTM_WEEK, ['16/03/2023 14:30'], ctx) as Date).toEqual(
      new Date(Date.UTC(2023, 2, 16, 7, 30)),
    );
    const sunday = runFunction(NTM_WEEK, ['16/03/2023 14:31', 'Chủ nhật 08:00'], ctx) as Date;
    expect(sunday.getTime()).toBe(Date.UTC(2023, 2, 19, 8 - 7, 0));
  });
});
