// The weekly report's content for a hand-made rollup: heading, results in vi-VN, emulation lists, NQ 44 support, next week's plans.
import { addMs } from '../../../src/core/zone';
import { weeklyReport } from '../../../src/core/report';
import { BP, DS, TB, handModel, handRollup, handRows } from './hand-made';

const doc = () => weeklyReport(handModel(), handRollup(), handRows());

describe('weeklyReport: heading', () => {
  it('names the issuer, the week, the place and date, the addressee and the as-of time', () => {
    const r = doc();
    expect(r.issuer).toBe('BCĐ xây dựng NTM xã Sơn Bằng');
    expect(r.title).toBe('BÁO CÁO TUẦN');
    expect(r.subject).toBe(
      'Kết quả thực hiện phong trào xây dựng nông thôn mới từ ngày 24/03/2023 đến ngày 30/03/2023 và kế hoạch tuần tới',
    );
    expect(r.placeDate).toBe('Sơn Bằng, ngày 30 tháng 03 năm 2023');
    expect(r.recipient).toBe('Kính gửi: Ủy ban nhân dân xã Sơn Bằng');
    expect(r.asOf).toBe(
      'Số liệu tính đến 30/03/2023 16:05; hạn nộp báo cáo của các thôn: 30/03/2023 14:30.' +
        ' Hạn nộp Tuần đến 30/03/2023 đã qua (30/03/2023 14:30): trong 24 giờ sau hạn, số liệu là của tuần vừa hết hạn, tính như vào ngày hạn nộp; thôn nộp sau hạn ghi Trễ hạn. Từ 31/03/2023 14:30 sẽ tổng hợp tuần mới.',
    );
  });

  it("leaves the number and the signer's name to fill in by hand when Cấu hình has none, under the title TRƯỞNG BAN", () => {
    const r = doc();
    expect(r.number).toBe('Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-BCĐ');
    expect([r.signerTitle, r.signerName]).toEqual(['TRƯỞNG BAN', '']);
    expect(r.recipients[0]).toBe('Như trên');
  });

  it("takes the number, the signer's title and name from Cấu hình", () => {
    const m = handModel();
    m.settings = {
      ...m.settings,
      reportNumber: '15',
      signerTitle: 'Phó Trưởng ban',
      signerName: 'Nguyễn Văn An',
    };
    const r = weeklyReport(m, handRollup(), handRows());
    expect([r.number, r.signerTitle, r.signerName]).toEqual([
      'Số: 15/BC-BCĐ',
      'PHÓ TRƯỞNG BAN',
      'Nguyễn Văn An',
    ]);
  });

  it('says the villages still have time when the report is made before their deadline', () => {
    const early = { ...handRollup(), asOf: addMs(handRollup().weekDeadline, -60_000) };
    expect(weeklyReport(handModel(), early, []).asOf).toBe(
      'Số liệu tính đến 30/03/2023 14:29; hạn nộp báo cáo của các thôn: 30/03/2023 14:30 (chưa đến hạn: thôn chưa nộp vẫn còn thời gian).',
    );
  });

  it('does not say "xã xã" when the commune name already starts with Xã', () => {
    const m = handModel();
    m.settings.communeName = 'Xã Sơn Bằng';
    const r = weeklyReport(m, handRollup(), []);
    expect([r.issuer, r.placeDate, r.recipient]).toEqual([
      'BCĐ xây dựng NTM Xã Sơn Bằng',
      'Sơn Bằng, ngày 30 tháng 03 năm 2023',
      'Kính gửi: Ủy ban nhân dân Xã Sơn Bằng',
    ]);
  });
});

describe('weeklyReport: I. results of the commune', () => {
  it('gives each Toàn xã line the vi-VN way, percentages with one decimal', () => {
    const [hangRao, kdc, ht] = doc().results;
    expect(hangRao).toEqual({
      code: 'HANG_RAO',
      name: 'Trồng hàng rào xanh',
      unit: 'm',
      kind: 'Cộng dồn',
      target: '3.200',
      done: '1.411,5',
      thisWeek: '320',
      ratio: '44,1%',
      planned: '825,8',
      backlog: '0',
      status: 'Đúng tiến độ',
    });
    expect(ht).toMatchObject({
      target: '8',
      done: '3',
      thisWeek: '1',
      ratio: '37,5%',
      planned: '1',
      backlog: '0',
    });
    expect(kdc).toMatchObject({
      target: 'Đạt',
      done: 'Chưa đạt',
      thisWeek: '',
      ratio: '0%',
      planned: 'Chưa đến hạn',
      backlog: '',
    });
  });

  it('never writes a fraction of a household: plan to date and backlog of a counted unit round up to whole things', () => {
    const r = handRollup();
    r.communeLines = r.communeLines.map((l) =>
      l.code === 'NUOC_THAI_HT' ? { ...l, planned: 10.55, backlog: 7.55, status: 'Chậm tiến độ' } : l,
    );
    const items = weeklyReport(handModel(), r, []).results;
    expect(items.find((i) => i.code === 'NUOC_THAI_HT')).toMatchObject({ planned: '11', backlog: '8' });
    expect(items.find((i) => i.code === 'HANG_RAO')).toMatchObject({ planned: '825,8' });
  });

  it('counts villages for a yes/no criterion several villages must reach', () => {
    const r = handRollup();
    r.communeLines[1] = {
      ...r.communeLines[1],
      target: 3,
      cumulative: 2,
      thisWeek: 1,
      ratio: 2 / 3,
      planned: 3,
      backlog: 1,
      status: 'Chậm tiến độ',
    };
    expect(weeklyReport(handModel(), r, []).results[1]).toMatchObject({
      target: '3 thôn đạt',
      done: '2/3 thôn',
      thisWeek: '+1 thôn',
      ratio: '66,7%',
      planned: '3 thôn đạt',
      backlog: '1 thôn',
      status: 'Chậm tiến độ',
    });
  });
});

describe('weeklyReport: II. emulation', () => {
  it('ranks best first and lists praised, reminded, not submitted and late villages', () => {
    const r = doc();
    expect(r.ranking.map((x) => [x.rank, x.village, x.weekReport, x.score, x.verdict])).toEqual([
      [1, TB, 'Đúng hạn', '100%', 'Biểu dương'],
      [2, DS, 'Chưa nộp', '100%', 'Nhắc nhở'],
      [3, BP, 'Trễ hạn', '50%', 'Nhắc nhở'],
    ]);
    expect(r.praised.map((m) => m.village)).toEqual([TB]);
    expect(r.reminded).toEqual([
      { village: DS, reason: 'chưa nộp báo cáo tuần' },
      { village: BP, reason: 'điểm 50%, dưới 80% kế hoạch đến nay' },
    ]);
    expect(r.notSubmitted).toEqual([DS]);
    expect(r.late).toEqual([BP]);
  });

  it('gives both reasons to a village that did not report and is behind', () => {
    const r = handRollup();
    r.scores[2] = { ...r.scores[2], score: 0.25 };
    expect(weeklyReport(handModel(), r, []).reminded.find((m) => m.village === DS)?.reason).toBe(
      'chưa nộp báo cáo tuần; điểm 25%, dưới 80% kế hoạch đến nay',
    );
  });
});

describe('weeklyReport: III. NQ 44 support', () => {
  it('gives households and amounts in đồng when the support indicator is tracked', () => {
    const s = doc().support;
    expect(s?.summary).toEqual([
      '3/8 hộ chính sách đủ điều kiện đã xây hệ thống xử lý nước thải mẫu 3 bi; kinh phí hỗ trợ theo NQ 44/2021/NQ-HĐND: 3.000.000 đồng (mức 1.000.000 đồng/hộ).',
    ]);
    expect(s?.rows).toEqual([
      { village: TB, eligible: '5', households: '3', amount: '3.000.000' },
      { village: BP, eligible: '3', households: '0', amount: '0' },
    ]);
    expect(s?.total).toEqual({ village: 'Toàn xã', eligible: '8', households: '3', amount: '3.000.000' });
  });

  it('points at built systems not counted for support when NUOC_THAI is tracked too', () => {
    const r = handRollup();
    if (!r.support.present) throw new Error('fixture has support');
    r.support = { ...r.support, compared: true, total: { ...r.support.total, built: 7, unclaimed: 4 } };
    expect(weeklyReport(handModel(), r, []).support?.summary[1]).toBe(
      'Có thể còn 4 hộ chính sách đã xây hệ thống xử lý nước thải mà chưa được tính hỗ trợ: đề nghị các thôn rà soát.',
    );
  });

  it('is left out when the workbook does not track it', () => {
    const r = {
      ...handRollup(),
      support: { present: false as const, code: 'NUOC_THAI_HT', amountPerHousehold: 1_000_000 },
    };
    expect(weeklyReport(handModel(), r, []).support).toBeNull();
  });
});

describe('weeklyReport: IV. next week', () => {
  it("takes the week's plans of rows sent by T, latest first, each text once", () => {
    const plans = doc().plans;
    expect(plans.map((p) => p.village)).toEqual([TB, BP, DS]);
    expect(plans[0].plans).toEqual([
      'trồng 300 m  hàng rào xanh ở xóm trên',
      'Hoàn thiện hồ sơ KDC kiểu mẫu\nhọp dân ngày 02/4',
    ]);
    expect(plans[1].plans).toEqual(['Vận động <script>alert(1)</script> & "hộ" chính sách']);
    expect(plans[2].plans).toEqual([]);
  });

  it('keeps plans that differ by diacritics apart', () => {
    const rows = [...handRows()];
    rows.push({
      ...rows[0],
      row: 99,
      timestamp: addMs(rows[0].timestamp, 1),
      nextWeekPlan: 'Trong 300 m hang rao xanh o xom Tren',
    });
    expect(weeklyReport(handModel(), handRollup(), rows).plans[0].plans).toHaveLength(3);
  });

  it('gives each village Chỉ tiêu giao | Kết quả | Kế hoạch tuần tới, the pace in units a person can act on', () => {
    const plans = doc().plans;
    expect(plans[0].lines.map((l) => l.nextWeek)).toEqual([
      'Cần 16,8 m/ngày (hạn 15/05/2023)',
      'Phấn đấu đạt (hạn 15/05/2023)',
      'Cần 1 hộ trong 19 tuần (hạn 31/12/2023)',
    ]);
    expect(plans[1].lines).toEqual([
      {
        name: 'Trồng hàng rào xanh',
        unit: 'm',
        target: '1.200',
        result: '200 (16,7%)',
        nextWeek: 'Chậm tiến độ: cần 21,3 m/ngày (hạn 15/05/2023)',
        behind: true,
        finished: false,
      },
      {
        name: 'Hộ chính sách xây hệ thống 3 bi',
        unit: 'hộ',
        target: '3',
        result: '0 (0%)',
        nextWeek: 'Chậm tiến độ: cần 1 hộ trong 13 tuần (hạn 31/12/2023)',
        behind: true,
        finished: false,
      },
    ]);
  });

  it('names a yes/no criterion behind plan without a pace', () => {
    const r = handRollup();
    r.lines[1] = { ...r.lines[1], planned: 1, backlog: 1, status: 'Chậm tiến độ' };
    expect(weeklyReport(handModel(), r, []).plans[0].lines[1]).toEqual({
      name: 'Thịnh Bằng đạt chuẩn khu dân cư NTM kiểu mẫu',
      unit: '',
      target: 'Đạt',
      result: 'Chưa đạt',
      nextWeek: 'Chậm: phải đạt ngay (hạn 15/05/2023)',
      behind: true,
      finished: false,
    });
  });

  it('clips a pasted plan longer than 2.000 characters', () => {
    const long = 'x'.repeat(5000);
    const plans = weeklyReport(handModel(), handRollup(), [{ ...handRows()[0], nextWeekPlan: long }]).plans[0]
      .plans;
    expect(plans[0]).toHaveLength(2000);
    expect(plans[0].endsWith('…')).toBe(true);
  });
});
