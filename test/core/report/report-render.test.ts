// The weekly report rendered: HTML escapes every workbook value (village names, plan texts), the text version is plain.
import { reportHtml, reportText, weeklyReport, type ReportDoc } from '../../../src/core/report';
import { BP, handModel, handRollup, handRows } from './hand-made';

const doc = (): ReportDoc => weeklyReport(handModel(), handRollup(), handRows());

/** The page without its textarea (the text version, checked on its own). */
function body(page: string): string {
  const start = page.indexOf('<textarea');
  const end = page.indexOf('</textarea>');
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  return page.slice(0, start) + page.slice(end + '</textarea>'.length);
}

describe('reportHtml', () => {
  const page = reportHtml(doc());

  it('escapes markup typed in a village name and in a plan text, everywhere', () => {
    expect(page).not.toContain('<b>Phúc');
    expect(page).not.toContain('<script');
    expect(page).toContain('<td>Bằng &lt;b&gt;Phúc&lt;/b&gt;</td>');
    expect(page).toContain('<h3>Bằng &lt;b&gt;Phúc&lt;/b&gt;</h3>');
    expect(page).toContain(
      '<li>Vận động &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;hộ&quot; chính sách</li>',
    );
    // the text version to copy holds the same escaped text (a `</textarea>` typed in a plan cannot close it)
    const area = page.slice(page.indexOf('<textarea'), page.indexOf('</textarea>'));
    expect(area).toContain('Bằng &lt;b&gt;Phúc&lt;/b&gt;: điểm 50%');
  });

  it('cannot be closed early by a plan text holding </textarea>', () => {
    const rows = handRows();
    rows[0] = { ...rows[0], nextWeekPlan: '</textarea><img src=x onerror=alert(1)>' };
    const p = reportHtml(weeklyReport(handModel(), handRollup(), rows));
    expect(p.match(/<\/textarea>/g)).toHaveLength(1);
    expect(p).not.toContain('<img');
  });

  it('shows the figures the vi-VN way in the results table', () => {
    expect(page).toContain(
      '<td>Trồng hàng rào xanh</td><td>m</td><td class="num">3.200</td><td class="num">1.411,5</td><td class="num">320</td><td class="num">44,1%</td><td class="num">825,8</td><td class="num">0</td><td>Đúng tiến độ</td>',
    );
    expect(page).toContain('<td class="num">3.000.000</td>');
  });

  it('numbers the sections I to IV, and IV becomes III without NQ 44 support', () => {
    expect(body(page).match(/<h2>[^<]*<\/h2>/g)).toEqual([
      '<h2>I. KẾT QUẢ THỰC HIỆN</h2>',
      '<h2>II. THI ĐUA GIỮA CÁC THÔN</h2>',
      '<h2>III. HỖ TRỢ THEO NGHỊ QUYẾT 44/2021/NQ-HĐND</h2>',
      '<h2>IV. KẾT QUẢ VÀ KẾ HOẠCH TUẦN TỚI CỦA TỪNG THÔN</h2>',
    ]);
    const without = reportHtml({ ...doc(), support: null });
    expect(body(without).match(/<h2>[^<]*<\/h2>/g)).toEqual([
      '<h2>I. KẾT QUẢ THỰC HIỆN</h2>',
      '<h2>II. THI ĐUA GIỮA CÁC THÔN</h2>',
      '<h2>III. KẾT QUẢ VÀ KẾ HOẠCH TUẦN TỚI CỦA TỪNG THÔN</h2>',
    ]);
  });

  it('is a printable page: a print button, a toolbar hidden when printing, the style sheet unescaped', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<button type="button" onclick="window.print()">In / lưu PDF</button>');
    expect(page).toContain('@media print { .toolbar { display: none; }');
    expect(page).toContain('font-family: "Times New Roman"');
    expect(page).toContain('<h1>BÁO CÁO TUẦN</h1>');
  });

  it('carries the runner file name only when asked, escaped too', () => {
    expect(page).not.toContain('ntm-save-as');
    expect(reportHtml(doc(), { saveAs: 'bao-cao-tuan.html' })).toContain(
      '<html lang="vi" data-ntm-save-as="bao-cao-tuan.html">',
    );
    expect(reportHtml(doc(), { saveAs: '"><x>' })).toContain('data-ntm-save-as="&quot;&gt;&lt;x&gt;"');
  });
});

describe('reportText', () => {
  const text = reportText(doc());
  const lines = text.split('\n');

  it('starts with the heading and the as-of line', () => {
    expect(lines.slice(0, 7)).toEqual([
      'BCĐ xây dựng NTM xã Sơn Bằng',
      'Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-BCĐ',
      'Sơn Bằng, ngày 30 tháng 03 năm 2023',
      '',
      'BÁO CÁO TUẦN Kết quả thực hiện phong trào xây dựng nông thôn mới từ ngày 24/03/2023 đến ngày 30/03/2023 và kế hoạch tuần tới',
      'Kính gửi: Ủy ban nhân dân xã Sơn Bằng',
      'Số liệu tính đến 30/03/2023 16:05; hạn nộp báo cáo của các thôn: 30/03/2023 14:30.' +
        ' Hạn nộp Tuần đến 30/03/2023 đã qua (30/03/2023 14:30): trong 24 giờ sau hạn, số liệu là của tuần vừa hết hạn, tính như vào ngày hạn nộp; thôn nộp sau hạn ghi Trễ hạn. Từ 31/03/2023 14:30 sẽ tổng hợp tuần mới.',
    ]);
  });

  it('gives one line per indicator; a yes/no criterion without unit or percentage', () => {
    expect(lines).toContain(
      '1. Trồng hàng rào xanh (m): chỉ tiêu 3.200; lũy kế 1.411,5 (44,1%); tuần này 320; kế hoạch đến nay 825,8; nợ tồn 0. Đúng tiến độ.',
    );
    expect(lines).toContain(
      '2. Thịnh Bằng đạt chuẩn khu dân cư NTM kiểu mẫu: chỉ tiêu Đạt; kết quả Chưa đạt; kế hoạch đến nay Chưa đến hạn. Đúng tiến độ.',
    );
  });

  it('lists the villages not submitted and late, and keeps names as typed (no HTML here)', () => {
    expect(lines).toContain('Chưa nộp báo cáo: Đông Sơn.');
    expect(lines).toContain(`Nộp trễ hạn: ${BP}.`);
    expect(text).not.toContain('&lt;');
  });

  it('writes each village: its indicators with the pace for next week, then its plans latest first, continuation lines indented', () => {
    const from = lines.indexOf('IV. KẾT QUẢ VÀ KẾ HOẠCH TUẦN TỚI CỦA TỪNG THÔN');
    expect(lines.slice(from)).toEqual([
      'IV. KẾT QUẢ VÀ KẾ HOẠCH TUẦN TỚI CỦA TỪNG THÔN',
      '- Thịnh Bằng:',
      '  1. Trồng hàng rào xanh (m): chỉ tiêu giao 2.000; kết quả 1.211,5 (60,6%); tuần tới: Cần 16,8 m/ngày (hạn 15/05/2023).',
      '  2. Thịnh Bằng đạt chuẩn khu dân cư NTM kiểu mẫu: chỉ tiêu giao Đạt; kết quả Chưa đạt; tuần tới: Phấn đấu đạt (hạn 15/05/2023).',
      '  3. Hộ chính sách xây hệ thống 3 bi (hộ): chỉ tiêu giao 5; kết quả 3 (60%); tuần tới: Cần 1 hộ trong 19 tuần (hạn 31/12/2023).',
      '  Kế hoạch tuần tới của thôn:',
      '  + trồng 300 m  hàng rào xanh ở xóm trên',
      '  + Hoàn thiện hồ sơ KDC kiểu mẫu',
      '    họp dân ngày 02/4',
      `- ${BP}:`,
      '  1. Trồng hàng rào xanh (m): chỉ tiêu giao 1.200; kết quả 200 (16,7%); tuần tới: Chậm tiến độ: cần 21,3 m/ngày (hạn 15/05/2023).',
      '  2. Hộ chính sách xây hệ thống 3 bi (hộ): chỉ tiêu giao 3; kết quả 0 (0%); tuần tới: Chậm tiến độ: cần 1 hộ trong 13 tuần (hạn 31/12/2023).',
      '  Kế hoạch tuần tới của thôn:',
      '  + Vận động <script>alert(1)</script> & "hộ" chính sách',
      '- Đông Sơn:',
      '  Thôn chưa gửi kế hoạch tuần tới.',
      '',
      'TRƯỞNG BAN',
    ]);
  });

  it('lists praise and reminders with their reasons', () => {
    const from = lines.indexOf('Biểu dương:');
    expect(lines.slice(from, from + 5)).toEqual([
      'Biểu dương:',
      '- Thịnh Bằng: đạt hoặc vượt kế hoạch đến nay ở mọi chỉ tiêu (điểm 100%), nộp báo cáo đúng hạn.',
      'Nhắc nhở:',
      '- Đông Sơn: chưa nộp báo cáo tuần.',
      `- ${BP}: điểm 50%, dưới 80% kế hoạch đến nay.`,
    ]);
  });
});
