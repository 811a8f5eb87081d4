// The sidebar's data from a rollup (docs/dashboard.md): the deadline and time left, who has reported, a bar per village against plan.
import { dashboardData } from '../../../src/core/dashboard';
import type { Rollup } from '../../../src/core/rollup';
import { at, d } from '../rollup/fixtures';
import { BP, DS, handRollup, TB } from '../report/hand-made';

describe('dashboardData, the hand-made rollup of Tuần đến 30/03/2023 as of 16:05 that Thursday', () => {
  const data = dashboardData(handRollup());

  it('names the commune, the week and the as-of time, dd/MM/yyyy', () => {
    expect([data.communeName, data.weekLabel, data.asOfText]).toEqual([
      'Sơn Bằng',
      'Tuần đến 30/03/2023',
      'Số liệu đến 30/03/2023 16:05',
    ]);
  });

  it('the deadline has passed 1 h 35 min ago; the next one, a week later, is counted down', () => {
    expect(data.deadline).toEqual({
      text: '14:30 Thứ 5, 30/03/2023',
      msLeft: -(95 * 60_000),
      countdown: 'đã quá hạn 1 giờ 35 phút',
    });
    expect(data.nextDeadline).toEqual({
      text: '14:30 Thứ 5, 06/04/2023',
      msLeft: (6 * 1440 + 22 * 60 + 25) * 60_000,
      countdown: 'còn 6 ngày 22 giờ 25 phút',
    });
  });

  it('counts on-time and late reports as reported, not the village that sent nothing', () => {
    expect([data.reported, data.villageCount, data.reportedText]).toEqual([
      2,
      3,
      '2/3 thôn đã nộp báo cáo tuần',
    ]);
    expect(data.villages.map((v) => [v.village, v.reportText])).toEqual([
      [TB, 'Đúng hạn'],
      [BP, 'Trễ hạn'],
      [DS, 'Chưa nộp'],
    ]);
  });

  it('a bar per village: Điểm as a vi-VN percentage, the indicators behind plan, a colour from the reminder threshold', () => {
    expect(data.villages.map((v) => [v.score, v.scoreText, v.detail, v.level, v.rank, v.verdict])).toEqual([
      [1, '100%', 'Đúng kế hoạch (3 chỉ tiêu)', 'ok', 1, 'Biểu dương'],
      [0.5, '50%', 'Chậm 2/2 chỉ tiêu', 'bad', 3, 'Nhắc nhở'],
      [1, '100%', 'Không có chỉ tiêu', 'ok', 2, 'Nhắc nhở'],
    ]);
  });

  it("keeps the rollup's sentence about a week that has just closed", () => {
    expect(data.notes).toHaveLength(1);
    expect(data.notes[0]).toMatch(/^Hạn nộp Tuần đến 30\/03\/2023 đã qua \(30\/03\/2023 14:30\)/);
  });

  it('is plain data: it survives JSON unchanged (google.script.run passes nothing else)', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});

describe('dashboardData before the deadline and outside the campaign', () => {
  it('before the deadline: time left, no next deadline, no note; a score between 80% and 100% is amber', () => {
    const r: Rollup = { ...handRollup(), reason: 'current', asOf: at(28, 3, 9, 0) };
    r.scores = r.scores.map((s) => (s.village === BP ? { ...s, score: 0.8349 } : s));
    const data = dashboardData(r);
    expect(data.deadline.countdown).toBe('còn 2 ngày 5 giờ 30 phút');
    expect(data.nextDeadline).toBeNull();
    expect(data.notes).toEqual([]);
    expect(data.villages[1]).toMatchObject({ scoreText: '83,5%', level: 'warn', score: 0.8349 });
  });

  it('outside the campaign nobody owes a report: the village reads Không phải nộp and the note says why', () => {
    const r: Rollup = {
      ...handRollup(),
      reason: 'current',
      week: d(4, 1, 2024),
      weekDeadline: at(4, 1, 14, 30, 0, 2024),
      asOf: at(2, 1, 8, 0, 0, 2024),
      inCampaign: false,
    };
    r.scores = r.scores.map((s) => ({ ...s, weekReport: s.weekReport === 'Chưa nộp' ? '' : s.weekReport }));
    const data = dashboardData(r);
    expect(data.villages[2].reportText).toBe('Không phải nộp');
    expect(data.notes.join(' ')).toMatch(/Phong trào đã kết thúc/);
  });
});
