// The `Cấu hình` parameters (docs/workbook.md): names, what each means, and the default used when a value is blank.
import type { Settings } from '../types';

export type SettingKey = keyof Settings;

export interface SettingSpec {
  key: SettingKey;
  /** The `Tham số` text, as set-up writes it. */
  name: string;
  /** Other names read as this parameter (matched forgivingly). */
  aliases?: readonly string[];
  /** The `Ghi chú` text set-up writes next to it: what the value means and how to write it. */
  note: string;
  /**
   * How a blank (or missing) value is handled:
   * - `stop`: no default; the model cannot be built until it is filled in;
   * - `default`: `defaultText` is used and the blank is reported;
   * - `optional`: `defaultText` is used silently.
   */
  whenBlank: 'stop' | 'default' | 'optional';
  /** The value used when blank, written as a person would type it ('' = nothing). */
  defaultText: string;
}

/** Default of `Mã hỗ trợ NQ44`: the indicator counting NQ 44 households. */
export const DEFAULT_SUPPORT_CODE = 'NUOC_THAI_HT';
/** Default of `Mức hỗ trợ (đồng/hộ)`: 1.000.000 đồng per household (NQ 44/2021/NQ-HĐND). */
export const DEFAULT_SUPPORT_AMOUNT = 1_000_000;
/** Default of `Hạn báo cáo`: before 14:30 every Thursday, as the commune's plan says. */
export const DEFAULT_DEADLINE_TEXT = 'Thứ 5 14:30';
/** Default of `Nhắc trước (giờ)`. */
export const DEFAULT_REMIND_BEFORE_HOURS = 24;

/** The parameters in the order set-up writes them. */
export const SETTING_SPECS: readonly SettingSpec[] = [
  {
    key: 'communeName',
    name: 'Tên xã',
    note: 'Tên xã, ghi trên báo cáo và thư (bắt buộc: báo cáo gửi đi phải ghi tên xã).',
    whenBlank: 'stop',
    defaultText: '',
  },
  {
    key: 'campaignStart',
    name: 'Ngày bắt đầu',
    note: 'Ngày bắt đầu phong trào (dd/MM/yyyy, ghi đủ năm). Chỉ tiêu để trống Bắt đầu thì bắt đầu từ ngày này.',
    whenBlank: 'stop',
    defaultText: '',
  },
  {
    key: 'campaignEnd',
    name: 'Ngày kết thúc',
    note: 'Ngày kết thúc phong trào (dd/MM/yyyy). Chỉ tiêu để trống Hạn thì hạn là ngày này.',
    whenBlank: 'stop',
    defaultText: '',
  },
  {
    key: 'deadline',
    name: 'Hạn báo cáo',
    aliases: ['Hạn nộp báo cáo'],
    note: 'Hạn nộp báo cáo hằng tuần: thứ và giờ, ví dụ "Thứ 5 14:30" (Thứ 2…Thứ 7, Chủ nhật; viết tắt T5, CN cũng được).',
    whenBlank: 'default',
    defaultText: DEFAULT_DEADLINE_TEXT,
  },
  {
    key: 'remindBeforeHours',
    name: 'Nhắc trước (giờ)',
    aliases: ['Nhắc trước'],
    note: 'Bắt đầu gửi thư nhắc bao nhiêu giờ trước hạn (số giờ, ví dụ 24).',
    whenBlank: 'default',
    defaultText: String(DEFAULT_REMIND_BEFORE_HOURS),
  },
  {
    key: 'officerEmails',
    name: 'Email cán bộ',
    note: 'Email cán bộ xã nhận thư báo thôn quá hạn; nhiều địa chỉ thì ngăn cách bằng dấu phẩy hoặc chấm phẩy.',
    whenBlank: 'default',
    defaultText: '',
  },
  {
    key: 'timeZone',
    name: 'Múi giờ',
    note: 'Múi giờ của mọi ngày giờ (Việt Nam: Asia/Ho_Chi_Minh).',
    whenBlank: 'default',
    defaultText: 'Asia/Ho_Chi_Minh',
  },
  {
    key: 'peakPhases',
    name: 'Đợt cao điểm',
    note: 'Các đợt cao điểm "từ ngày-đến ngày", ngăn cách bằng dấu chấm phẩy, ví dụ 15/03/2023-15/05/2023; 01/07/2023-01/08/2023. Trong đợt cao điểm báo cáo cần kèm ảnh. Để trống nếu không có.',
    whenBlank: 'optional',
    defaultText: '',
  },
  {
    key: 'supportCode',
    name: 'Mã hỗ trợ NQ44',
    aliases: ['Mã hỗ trợ', 'Mã hỗ trợ NQ 44'],
    note: `Mã chỉ tiêu đếm số hộ chính sách xây hệ thống xử lý nước thải mẫu 3 bi được hỗ trợ theo NQ 44/2021/NQ-HĐND (mặc định ${DEFAULT_SUPPORT_CODE}).`,
    whenBlank: 'optional',
    defaultText: DEFAULT_SUPPORT_CODE,
  },
  {
    key: 'supportAmount',
    name: 'Mức hỗ trợ (đồng/hộ)',
    aliases: ['Mức hỗ trợ'],
    note: 'Số tiền hỗ trợ mỗi hộ theo NQ 44, đồng (mặc định 1.000.000).',
    whenBlank: 'optional',
    defaultText: String(DEFAULT_SUPPORT_AMOUNT),
  },
  {
    key: 'formLinks',
    name: 'Biểu mẫu',
    note: 'Link biểu mẫu báo cáo của thôn (để điền) và link để cán bộ sửa biểu mẫu. Menu NTM → Tạo / cập nhật biểu mẫu báo cáo tự ghi; để trống thì lần chạy đầu tạo biểu mẫu mới.',
    whenBlank: 'optional',
    defaultText: '',
  },
  {
    key: 'autoCorrections',
    name: 'Tự gửi yêu cầu sửa',
    note: 'Có: mỗi giờ sổ tự gửi thư yêu cầu sửa số liệu cho các thôn có báo cáo bị lỗi (mỗi nhóm lỗi một lần), khi nhắc hạn tự động đang bật. Không (mặc định): chỉ gửi khi bấm NTM → Gửi yêu cầu sửa số liệu.',
    whenBlank: 'optional',
    defaultText: 'Không',
  },
  {
    key: 'reportNumber',
    name: 'Số báo cáo',
    note: 'Số của báo cáo tuần, ghi trước "/BC-BCĐ" (ví dụ 15 thì in "Số: 15/BC-BCĐ"). Để trống thì báo cáo in "Số:     /BC-BCĐ" để ghi tay.',
    whenBlank: 'optional',
    defaultText: '',
  },
  {
    key: 'signerTitle',
    name: 'Chức vụ người ký',
    note: 'Chức vụ ghi trên chữ ký của báo cáo, ví dụ Trưởng ban hoặc KT. Trưởng ban / Phó Trưởng ban. Để trống thì in TRƯỞNG BAN.',
    whenBlank: 'optional',
    defaultText: '',
  },
  {
    key: 'signerName',
    name: 'Người ký',
    note: 'Họ và tên người ký báo cáo. Để trống thì báo cáo chừa chỗ để ghi tay.',
    whenBlank: 'optional',
    defaultText: '',
  },
];

/** The spec of one parameter. */
export function settingSpec(key: SettingKey): SettingSpec {
  const spec = SETTING_SPECS.find((s) => s.key === key);
  if (!spec) throw new Error(`no setting ${key}`);
  return spec;
}
