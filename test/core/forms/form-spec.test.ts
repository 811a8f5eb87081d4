// Tests of the wanted report form built from the seed workbook: title, items in order, types, choices, help texts, validation.
import { desiredForm, formTitle, indicatorTitle, numberPattern } from '../../../src/core/forms';
import { readModel } from '../../../src/core/model';
import type { Model } from '../../../src/core/types';
import { seedTabs } from '../model/helpers';

function seedModel(): Model {
  const { model } = readModel(seedTabs());
  if (!model) throw new Error('the seed workbook has no model');
  return model;
}

const form = () => {
  const m = seedModel();
  return desiredForm(m.settings, m.villages, m.indicators);
};

test('title and description name the commune and the deadline', () => {
  const f = form();
  expect(f.title).toBe('Báo cáo tiến độ NTM – xã Sơn Bằng');
  expect(f.description).toContain('xã Sơn Bằng');
  expect(f.description).toContain('trước Thứ 5 14:30');
  expect(f.description).toContain('3.200 hoặc 0,38');
});

test('a commune name written with "xã" is not doubled; no name gives a plain title', () => {
  expect(formTitle({ communeName: 'Xã Sơn Bằng' })).toBe('Báo cáo tiến độ NTM – xã Sơn Bằng');
  expect(formTitle({ communeName: '' })).toBe('Báo cáo tiến độ NTM');
});

test('items in order: Thôn, Ngày báo cáo, one per indicator in Chỉ tiêu order, then Ảnh, Ghi chú, Kế hoạch tuần tới', () => {
  expect(form().items.map((i) => [i.title, i.type, i.required])).toEqual([
    ['Thôn', 'LIST', true],
    ['Ngày báo cáo', 'DATE', false],
    ['[DUONG_MR] Giải tỏa, mở rộng nền đường (1 tuyến mỗi thôn) (km)', 'TEXT', false],
    ['[VUON_CT] Cải tạo vườn (vườn)', 'TEXT', false],
    ['[VUON_CTR] Chỉnh trang vườn hộ (vườn)', 'TEXT', false],
    ['[HANG_RAO] Trồng hàng rào xanh (m)', 'TEXT', false],
    ['[RAC_THAI] Hộ thu gom, xử lý rác thải (hộ)', 'TEXT', false],
    ['[NUOC_THAI] Hệ thống xử lý nước thải hộ gia đình (hộ)', 'TEXT', false],
    ['[CUNG_HOA] Cứng hóa giao thông (km)', 'TEXT', false],
    ['[NHA_VS] Nhà vệ sinh tự hoại (phá bỏ loại 1–2 ngăn) (cái)', 'TEXT', false],
    ['[HO_U_PHAN] Hố ủ phân công trình chăn nuôi (công trình)', 'TEXT', false],
    ['[KDC_KM] Thịnh Bằng đạt chuẩn khu dân cư NTM kiểu mẫu (đạt/chưa)', 'MULTIPLE_CHOICE', false],
    ['[NUOC_THAI_HT] Hộ chính sách xây hệ thống xử lý nước thải mẫu 3 bi (hỗ trợ NQ 44) (hộ)', 'TEXT', false],
    ['Ảnh', 'TEXT', false],
    ['Ghi chú', 'PARAGRAPH_TEXT', false],
    ['Kế hoạch tuần tới', 'PARAGRAPH_TEXT', false],
  ]);
});

test('the village list is the villages of Thôn, in order; the yes/no question offers Đạt and Chưa đạt', () => {
  const items = form().items;
  expect(items[0].choices).toEqual(['Thượng Bằng', 'Trung Bằng', 'Thịnh Bằng', 'Hạ Bằng', 'Tân Bằng']);
  expect(items.find((i) => i.key === '[KDC_KM]')?.choices).toEqual(['Đạt', 'Chưa đạt']);
  expect(items.filter((i) => i.choices).map((i) => i.key)).toEqual(['village', '[KDC_KM]']);
});

test('help texts: since the last report for Cộng dồn, the total to date for Lũy kế, how to add a photo link', () => {
  const by = new Map(form().items.map((i) => [i.key, i]));
  expect(by.get('[HANG_RAO]')?.helpText).toContain('làm được từ lần báo cáo trước (m)');
  expect(by.get('[RAC_THAI]')?.helpText).toContain('tổng số đến nay (hộ)');
  expect(by.get('reportDate')?.helpText).toContain('Để trống thì thời điểm gửi báo cáo quyết định');
  expect(by.get('photo')?.helpText).toMatch(/Google Drive.*Zalo.*Sao chép đường liên kết.*dán vào đây/);
  expect([...by.values()].every((i) => i.helpText.length > 0)).toBe(true);
});

test('every number question is validated by the pattern of its ĐVT; no other question is', () => {
  const items = form().items;
  expect(items.filter((i) => i.validation).map((i) => [i.key, i.validation!.pattern])).toEqual(
    items
      .filter((i) => i.type === 'TEXT' && i.key.startsWith('['))
      .map((i) => [i.key, numberPattern(/\(([^()]*)\)$/.exec(i.title)![1])]),
  );
  expect(items.filter((i) => i.validation).length).toBe(10);
  expect(items.find((i) => i.key === '[VUON_CT]')?.validation?.helpText).toContain('số nguyên');
});

test('an indicator without ĐVT has no "()" in its title', () => {
  expect(indicatorTitle({ code: 'X', name: 'Việc khác', unit: ' ' })).toBe('[X] Việc khác');
  expect(indicatorTitle({ code: 'X', name: 'Việc khác', unit: 'm' })).toBe('[X] Việc khác (m)');
});
