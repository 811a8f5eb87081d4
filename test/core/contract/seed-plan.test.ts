// The example plan: the commune figures of docs/workbook.md, split over five villages with Thịnh Bằng among them.
import {
  seedPlan,
  seedTargetsTable,
  seedSettingsTable,
  seedVillagesTable,
  seedValueText,
  EXAMPLE_NOTE,
} from '../../../src/core/contract';
import { dayFromYmd } from '../../../src/core/zone';

/** Commune targets of docs/workbook.md, in thousandths (exact integers, so sums compare exactly). */
const COMMUNE_MILLI: Record<string, number> = {
  DUONG_MR: 700,
  VUON_CT: 35_000,
  VUON_CTR: 121_000,
  HANG_RAO: 3_200_000,
  RAC_THAI: 883_000,
  NUOC_THAI: 88_000,
  CUNG_HOA: 380,
  NHA_VS: 25_000,
  HO_U_PHAN: 24_000,
  KDC_KM: 1_000,
};

function milli(x: number): number {
  const m = Math.round(x * 1000);
  expect(Math.abs(m - x * 1000)).toBeLessThan(1e-6); // no finer than a thousandth
  return m;
}

describe('seed plan', () => {
  const plan = seedPlan();

  test('five villages, Thịnh Bằng among them, distinct names and example.vn addresses', () => {
    const names = plan.villages.map((v) => v.name);
    expect(names).toHaveLength(5);
    expect(names).toContain('Thịnh Bằng');
    expect(new Set(names).size).toBe(5);
    for (const v of plan.villages) {
      expect(v.emails.length).toBeGreaterThan(0);
      for (const e of v.emails) expect(e).toMatch(/^[a-z.]+@example\.vn$/);
    }
  });

  test('households add up to the commune figure of 883', () => {
    expect(plan.villages.reduce((s, v) => s + v.households, 0)).toBe(883);
  });

  test('the ten indicators of the plan plus NUOC_THAI_HT, in the order of docs/workbook.md', () => {
    expect(plan.indicators.map((i) => i.code)).toEqual([...Object.keys(COMMUNE_MILLI), 'NUOC_THAI_HT']);
  });

  test.each(Object.entries(COMMUNE_MILLI))(
    '%s: village targets add up exactly to the commune target',
    (code, total) => {
      const ind = plan.indicators.find((i) => i.code === code)!;
      expect(ind.targets).toHaveLength(plan.villages.length);
      expect(ind.targets.reduce((s, t) => s + milli(t), 0)).toBe(total);
      for (const t of ind.targets) expect(t).toBeGreaterThanOrEqual(0);
    },
  );

  test('one road route per village: every village has a DUONG_MR target', () => {
    const road = plan.indicators.find((i) => i.code === 'DUONG_MR')!;
    expect(road.targets.every((t) => t > 0)).toBe(true);
    expect(road.unit).toBe('km');
  });

  test('KDC_KM is a yes/no criterion with target 1 for Thịnh Bằng only', () => {
    const kdc = plan.indicators.find((i) => i.code === 'KDC_KM')!;
    expect(kdc.kind).toBe('Đạt/Chưa');
    const withTarget = plan.villages.filter((_, k) => kdc.targets[k] > 0).map((v) => v.name);
    expect(withTarget).toEqual(['Thịnh Bằng']);
    expect(kdc.targets.filter((t) => t > 0)).toEqual([1]);
  });

  test('RAC_THAI asks every household of each village, as a running total', () => {
    const rac = plan.indicators.find((i) => i.code === 'RAC_THAI')!;
    expect(rac.kind).toBe('Lũy kế');
    expect(rac.targets).toEqual(plan.villages.map((v) => v.households));
  });

  test('counted units have whole targets; NUOC_THAI_HT has a few households per village', () => {
    for (const ind of plan.indicators.filter((i) => ['vườn', 'hộ', 'cái', 'công trình'].includes(i.unit))) {
      for (const t of ind.targets) expect(Number.isInteger(t)).toBe(true);
    }
    const ht = plan.indicators.find((i) => i.code === 'NUOC_THAI_HT')!;
    ht.targets.forEach((t, k) => {
      expect(t).toBeGreaterThan(0);
      expect(t).toBeLessThanOrEqual(plan.villages[k].households);
    });
  });

  test('peak indicators are due 15/05/2023, the others at campaign end (blank)', () => {
    const due = Object.fromEntries(plan.indicators.map((i) => [i.code, i.due]));
    const peakEnd = dayFromYmd(2023, 5, 15);
    expect(due.VUON_CT).toBe(peakEnd);
    expect(due.VUON_CTR).toBe(peakEnd);
    expect(due.HANG_RAO).toBe(peakEnd);
    expect(due.RAC_THAI).toBeNull();
    expect(due.KDC_KM).toBeNull();
    expect(plan.indicators.every((i) => i.start === null)).toBe(true);
  });

  test('each call returns a fresh copy', () => {
    const a = seedPlan();
    a.villages[0].emails.push('x@example.vn');
    a.indicators[0].targets[0] = 99;
    const b = seedPlan();
    expect(b.villages[0].emails).toEqual(['thuongbang@example.vn']);
    expect(b.indicators[0].targets[0]).toBe(0.15);
  });
});

describe('seed tables', () => {
  test('settings rows carry the seed commune and typed values', () => {
    const t = seedSettingsTable();
    expect(t.header).toEqual(['Tham số', 'Giá trị', 'Ghi chú']);
    const byName = Object.fromEntries(t.rows.map((r) => [r[0], r[1]]));
    expect(byName['Tên xã']).toBe('Sơn Bằng');
    expect(byName['Ngày bắt đầu']).toEqual({ day: dayFromYmd(2023, 3, 15) });
    expect(byName['Ngày kết thúc']).toEqual({ day: dayFromYmd(2023, 12, 31) });
    expect(byName['Hạn báo cáo']).toBe('Thứ 5 14:30');
    expect(byName['Nhắc trước (giờ)']).toBe(24);
    expect(byName['Múi giờ']).toBe('Asia/Ho_Chi_Minh');
    expect(byName['Đợt cao điểm']).toBe('15/03/2023-15/05/2023; 01/07/2023-01/08/2023');
    expect(byName['Mã hỗ trợ NQ44']).toBe('NUOC_THAI_HT');
    expect(byName['Mức hỗ trợ (đồng/hộ)']).toBe(1_000_000);
    expect(String(byName['Email cán bộ'])).toMatch(/@example\.vn/);
    expect(t.notes).toHaveLength(3);
  });

  test('village and target rows are marked as examples and line up with their headers', () => {
    const v = seedVillagesTable();
    expect(v.header.slice(0, 4)).toEqual(['Thôn', 'Trưởng thôn', 'Email', 'Số hộ']);
    for (const row of v.rows) {
      expect(row).toHaveLength(v.header.length);
      expect(row[v.header.indexOf('Ghi chú')]).toBe(EXAMPLE_NOTE);
    }
    const t = seedTargetsTable();
    expect(t.header.slice(0, 6)).toEqual(['Mã', 'Nội dung', 'ĐVT', 'Loại', 'Bắt đầu', 'Hạn']);
    expect(t.header).toContain('Thịnh Bằng');
    expect(t.notes).toHaveLength(t.header.length);
    for (const row of t.rows) {
      expect(row).toHaveLength(t.header.length);
      expect(row[t.header.indexOf('Ghi chú')]).toBe(EXAMPLE_NOTE);
    }
    const kdc = t.rows.find((r) => r[0] === 'KDC_KM')!;
    expect(kdc[t.header.indexOf('Thịnh Bằng')]).toBe(1);
    expect(kdc[t.header.indexOf('Hạ Bằng')]).toBe('');
  });

  test('values read as vi-VN cell text', () => {
    expect(seedValueText(3200)).toBe('3.200');
    expect(seedValueText(0.38)).toBe('0,38');
    expect(seedValueText({ day: dayFromYmd(2023, 3, 15) })).toBe('15/03/2023');
    expect(seedValueText('Thứ 5 14:30')).toBe('Thứ 5 14:30');
  });
});
