// The seed's plan (Sơn Bằng 2023, docs/workbook.md) as the worked example set-up writes into an empty workbook.
//
// Choices where the plan is silent (replace them with the commune's own figures):
// - Five villages ("5/5 thôn"); only Thịnh Bằng is named in the plan, the other four names, the leaders,
//   the e-mails (example.vn) and the household counts are invented. Households add up to 883, the
//   commune's figure for waste collection, so RAC_THAI asks 100% of each village's households.
// - Every per-village split below adds up exactly to the commune figure of docs/workbook.md.
// - `Loại`: RAC_THAI is `Lũy kế` (households taking part in waste collection is a standing count:
//   a leader reports "150 hộ" in total, not the week's new ones); KDC_KM is `Đạt/Chưa` (target 1, Thịnh
//   Bằng only); all others are `Cộng dồn`.
// - `Hạn`: the plan sets the garden figures for the first peak phase ("Trong đợt cao điểm … 35 vườn,
//   121 vườn"), and the worked example of docs/rollup.md gives HANG_RAO the same due date, so VUON_CT, VUON_CTR and
//   HANG_RAO are due 15/05/2023; the others are blank (= campaign end 31/12/2023). `Bắt đầu` is blank
//   everywhere (= campaign start 15/03/2023).
// - NUOC_THAI_HT (NQ 44 support) is not in the plan: a few eligible households per village, to replace.
import type { Day, IndicatorKind } from '../types';
import { dayFromYmd } from '../zone';
import type { SettingKey } from './settings-params';

export interface SeedVillage {
  name: string;
  leader: string;
  emails: string[];
  households: number;
  phone: string;
}

export interface SeedIndicator {
  code: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  /** null = blank cell (campaign start). */
  start: Day | null;
  /** null = blank cell (campaign end). */
  due: Day | null;
  /** Target of each village, in the order of `SeedPlan.villages` (0 = no target, a blank cell). */
  targets: number[];
}

/** A settings value: text, a number, or a calendar day (set-up writes days as real dates). */
export type SeedValue = string | number | { day: Day };

export interface SeedSetting {
  key: SettingKey;
  value: SeedValue;
}

export interface SeedPlan {
  settings: SeedSetting[];
  villages: SeedVillage[];
  indicators: SeedIndicator[];
}

const VILLAGES: SeedVillage[] = [
  {
    name: 'Thượng Bằng',
    leader: 'Nguyễn Văn An',
    emails: ['thuongbang@example.vn'],
    households: 182,
    phone: '',
  },
  {
    name: 'Trung Bằng',
    leader: 'Trần Thị Bình',
    emails: ['trungbang@example.vn'],
    households: 195,
    phone: '',
  },
  {
    name: 'Thịnh Bằng',
    leader: 'Lê Văn Cường',
    emails: ['thinhbang@example.vn'],
    households: 176,
    phone: '',
  },
  { name: 'Hạ Bằng', leader: 'Phạm Văn Dũng', emails: ['habang@example.vn'], households: 168, phone: '' },
  {
    name: 'Tân Bằng',
    leader: 'Hoàng Thị Hoa',
    emails: ['tanbang@example.vn', 'hoa.tanbang@example.vn'],
    households: 162,
    phone: '',
  },
];

type Row = [code: string, name: string, unit: string, kind: IndicatorKind, peak: boolean, targets: number[]];

// Targets per village in VILLAGES order: Thượng Bằng, Trung Bằng, Thịnh Bằng, Hạ Bằng, Tân Bằng.
const INDICATOR_ROWS: Row[] = [
  [
    'DUONG_MR',
    'Giải tỏa, mở rộng nền đường (1 tuyến mỗi thôn)',
    'km',
    'Cộng dồn',
    false,
    [0.15, 0.12, 0.16, 0.13, 0.14],
  ],
  ['VUON_CT', 'Cải tạo vườn', 'vườn', 'Cộng dồn', true, [7, 8, 6, 7, 7]],
  ['VUON_CTR', 'Chỉnh trang vườn hộ', 'vườn', 'Cộng dồn', true, [25, 26, 24, 23, 23]],
  ['HANG_RAO', 'Trồng hàng rào xanh', 'm', 'Cộng dồn', true, [700, 650, 600, 650, 600]],
  ['RAC_THAI', 'Hộ thu gom, xử lý rác thải', 'hộ', 'Lũy kế', false, VILLAGES.map((v) => v.households)],
  ['NUOC_THAI', 'Hệ thống xử lý nước thải hộ gia đình', 'hộ', 'Cộng dồn', false, [18, 19, 17, 18, 16]],
  ['CUNG_HOA', 'Cứng hóa giao thông', 'km', 'Cộng dồn', false, [0.08, 0.07, 0.09, 0.07, 0.07]],
  ['NHA_VS', 'Nhà vệ sinh tự hoại (phá bỏ loại 1–2 ngăn)', 'cái', 'Cộng dồn', false, [5, 6, 5, 5, 4]],
  ['HO_U_PHAN', 'Hố ủ phân công trình chăn nuôi', 'công trình', 'Cộng dồn', false, [5, 5, 4, 5, 5]],
  ['KDC_KM', 'Thịnh Bằng đạt chuẩn khu dân cư NTM kiểu mẫu', 'đạt/chưa', 'Đạt/Chưa', false, [0, 0, 1, 0, 0]],
  [
    'NUOC_THAI_HT',
    'Hộ chính sách xây hệ thống xử lý nước thải mẫu 3 bi (hỗ trợ NQ 44)',
    'hộ',
    'Cộng dồn',
    false,
    [3, 4, 3, 2, 3],
  ],
];

/** The example plan; a fresh copy on every call (callers may change it freely). */
export function seedPlan(): SeedPlan {
  const peakEnd = dayFromYmd(2023, 5, 15);
  return {
    settings: [
      { key: 'communeName', value: 'Sơn Bằng' },
      { key: 'campaignStart', value: { day: dayFromYmd(2023, 3, 15) } },
      { key: 'campaignEnd', value: { day: dayFromYmd(2023, 12, 31) } },
      { key: 'deadline', value: 'Thứ 5 14:30' },
      { key: 'remindBeforeHours', value: 24 },
      { key: 'officerEmails', value: 'ntm.sonbang@example.vn; vanphong.sonbang@example.vn' },
      { key: 'timeZone', value: 'Asia/Ho_Chi_Minh' },
      { key: 'peakPhases', value: '15/03/2023-15/05/2023; 01/07/2023-01/08/2023' },
      { key: 'supportCode', value: 'NUOC_THAI_HT' },
      { key: 'supportAmount', value: 1_000_000 },
      { key: 'formLinks', value: '' },
      { key: 'autoCorrections', value: 'Không' },
      { key: 'reportNumber', value: '' },
      { key: 'signerTitle', value: 'Trưởng ban' },
      { key: 'signerName', value: 'Nguyễn Văn An' },
    ],
    villages: VILLAGES.map((v) => ({ ...v, emails: [...v.emails] })),
    indicators: INDICATOR_ROWS.map(([code, name, unit, kind, peak, targets]) => ({
      code,
      name,
      unit,
      kind,
      start: null,
      due: peak ? peakEnd : null,
      targets: [...targets],
    })),
  };
}
