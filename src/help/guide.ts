// The officer's short guide (menu NTM › Hướng dẫn › Đọc hướng dẫn; the same text as docs/officer-guide.md), and its HTML page.
import { ALL_TABS, EXAMPLE_NOTE, TAB, TAB_PURPOSE } from '../core/contract';
import { escapeHtml } from '../core/reminders/html';

export const GUIDE_TITLE = 'Hướng dẫn sổ theo dõi NTM';

export interface GuideSection {
  title: string;
  items: string[];
}

export function guideSections(): GuideSection[] {
  return [
    {
      title: 'Năm phút đầu',
      items: [
        'Chọn NTM › Thiết lập / sửa sổ theo dõi. Sổ có đủ các tab, kèm kế hoạch mẫu của xã Sơn Bằng (2023) để xem cách ghi.',
        'Tab Cấu hình: sửa Tên xã, Ngày bắt đầu, Ngày kết thúc, Email cán bộ và Đợt cao điểm. Hạn báo cáo mặc định là Thứ 5 14:30.',
        'Tab Thôn: mỗi thôn một dòng, với họ tên trưởng thôn, email nhận thư nhắc (nhiều email thì cách nhau bằng dấu phẩy hoặc chấm phẩy) và số hộ.',
        'Tab Chỉ tiêu: mỗi chỉ tiêu một dòng; mỗi thôn một cột, tiêu đề cột là tên thôn, ô là chỉ tiêu giao cho thôn. Ô tô đỏ là ô bắt buộc còn trống.',
        `Dòng mẫu có Ghi chú "${EXAMPLE_NOTE}". Sửa thành số liệu của xã, hoặc chọn NTM › Xóa dữ liệu mẫu để bỏ các dòng mẫu chưa sửa. Nếu kế hoạch mẫu đúng là của xã, chỉ cần xóa chữ ví dụ ở cột Ghi chú: tiện ích sẽ coi các dòng đó là số liệu thật.`,
        'Chạy lại Thiết lập lúc nào cũng được: nó chỉ thêm tab, cột và tham số còn thiếu, không xóa hay ghi đè gì.',
      ],
    },
    {
      title: 'Biểu mẫu cho các thôn',
      items: [
        'Chọn NTM › Tạo / cập nhật biểu mẫu báo cáo: tiện ích tạo Google Biểu mẫu theo tab Chỉ tiêu và Thôn (mỗi chỉ tiêu một câu hỏi, số được kiểm tra ngay khi điền), câu trả lời về một tab mới của sổ này (ví dụ Câu trả lời biểu mẫu 1), và bật kiểm tra khi có báo cáo mới.',
        'Link để thôn điền ghi ở tab Cấu hình, dòng Biểu mẫu. Cột Link báo cáo của tab Thôn có link riêng của từng thôn, đã chọn sẵn tên thôn: gửi link này cho trưởng thôn qua Zalo hoặc email; thư nhắc hạn cũng gửi link này.',
        'Sửa chỉ tiêu hay danh sách thôn xong thì chạy lại mục đó: câu hỏi được thêm, đổi tên hoặc xóa theo tab Chỉ tiêu; không câu trả lời nào mất (cột của câu hỏi đã xóa vẫn ở tab câu trả lời). Chạy hai lần liền không đổi gì.',
        'Mỗi câu trả lời có link sửa ở cột Link sửa của tab câu trả lời: thôn gửi nhầm thì mở link đó để sửa chính câu trả lời ấy.',
        'Nếu không dùng được mục trên, tự làm biểu mẫu: liên kết với sổ này (thẻ Câu trả lời › Liên kết với Trang tính); câu hỏi "Thôn" là trình đơn thả xuống ghi đúng tên thôn; mỗi chỉ tiêu một câu hỏi, tiêu đề mở đầu bằng mã trong ngoặc vuông, ví dụ "[HANG_RAO] Trồng hàng rào xanh (m)"; thêm "Ngày báo cáo", "Ảnh", "Ghi chú", "Kế hoạch tuần tới" nếu cần. Sửa tiêu đề về sau thì giữ nguyên phần [MÃ].',
      ],
    },
    {
      title: 'Các tab',
      items: [
        ...ALL_TABS.map((tab) => `${tab} — ${TAB_PURPOSE[tab]}`),
        'Tab báo cáo — Câu trả lời biểu mẫu (Google Form) của các thôn; tiện ích nhận ra nhờ cột Dấu thời gian và các cột chỉ tiêu [MÃ].',
      ],
    },
    {
      title: 'Việc hằng tuần',
      items: [
        'Trưởng thôn điền biểu mẫu mỗi khi làm được việc, chậm nhất trước hạn báo cáo (14:30 thứ Năm).',
        `Cán bộ chọn NTM › Kiểm tra dữ liệu rồi xem tab ${TAB.check}: Lỗi là giá trị không được tính; Cảnh báo vẫn được tính nhưng cần xem lại. Gõ "Đồng ý" ở cột Xác nhận để chấp nhận một giá trị bị báo.`,
        'Để sổ tự kiểm tra mỗi khi thôn gửi biểu mẫu, chọn một lần NTM › Tự động › Bật kiểm tra khi có báo cáo mới.',
        'NTM › Bảng điều khiển mở một thanh bên: hạn nộp và thời gian còn lại, thôn nào đã nộp báo cáo tuần, tiến độ từng thôn so với kế hoạch đến nay, và các nút Tổng hợp tuần, Xem trước nhắc hạn, Báo cáo tuần. Thanh bên chỉ đọc số liệu, không ghi gì vào sổ.',
        `Trước 14:30 thứ Năm, chọn NTM › Tổng hợp tuần: tab ${TAB.rollup} có tiến độ từng thôn, toàn xã và xếp hạng thi đua; tuần đó được lưu vào tab ${TAB.history}. Trong 24 giờ sau hạn nộp (đến 14:30 thứ Sáu), Tổng hợp tuần và Xuất báo cáo tuần vẫn là của tuần vừa hết hạn (thôn nộp sau hạn ghi Trễ hạn). Báo cáo của tuần trước nộp muộn: NTM › Tổng hợp tuần trước.`,
        'Chọn NTM › Xuất báo cáo tuần để có báo cáo gửi Ủy ban nhân dân xã (in, lưu PDF hoặc chép vào Zalo); biểu dương thôn làm tốt, nhắc nhở thôn chậm.',
        'Chọn NTM › Gửi báo cáo tuần để gửi báo cáo (tệp PDF) tới các địa chỉ ở Email cán bộ; mỗi tuần gửi một lần, gửi lại thì phải xác nhận. Cuối tháng, NTM › Báo cáo tháng cho kết quả trong tháng của xã và từng thôn, biểu dương và phê bình, và nhiệm vụ tháng tới của từng thôn.',
      ],
    },
    {
      title: 'Nhắc hạn',
      items: [
        'Từ 24 giờ trước hạn (tham số Nhắc trước (giờ)), thôn chưa báo cáo nhận thư nhắc; trong 3 giờ cuối nhận thư nhắc lần cuối.',
        'Quá hạn mà còn thôn chưa nộp, các địa chỉ ở Email cán bộ nhận một thư báo.',
        'Thôn đã gửi báo cáo trong tuần nhưng mọi báo cáo đều bị loại cả dòng (ví dụ Ngày báo cáo sai) không nhận câu "chưa nhận được": thư nhắc nói đã nhận nhưng chưa tính, nêu từng lỗi và đường dẫn để sửa. Thư nhắc gửi kèm Link báo cáo của thôn (tab Thôn) khi có.',
        `Thư chỉ gửi tới email ở tab ${TAB.villages} và Email cán bộ; mỗi thư chỉ gửi một lần (tab ${TAB.reminders} ghi lại).`,
        'Xem trước bằng NTM › Xem trước nhắc hạn, gửi ngay bằng NTM › Gửi nhắc hạn; bật gửi tự động mỗi giờ ở NTM › Tự động › Bật nhắc hạn tự động (mỗi giờ).',
      ],
    },
    {
      title: 'Yêu cầu sửa số liệu',
      items: [
        'Thôn có báo cáo bị Lỗi (giá trị không được tính) mà cán bộ chưa ghi "Đồng ý" nhận một thư nêu từng lỗi: báo cáo gửi lúc nào, câu hỏi nào, đã ghi gì, sai ở đâu và cần ghi thế nào.',
        'Thư kèm đường dẫn sửa chính báo cáo đó (cột Link sửa của tab câu trả lời) khi sổ biết; nếu không, đường dẫn biểu mẫu của thôn (cột Link báo cáo ở tab Thôn); nếu cũng không có, thư nhờ thôn gửi một báo cáo mới.',
        'Thư chỉ gửi tới email ở tab Thôn. Mỗi nhóm lỗi chỉ gửi một lần (tab Nhắc hạn ghi loại Yêu cầu sửa); có lỗi mới thì thôn nhận thư mới; thôn sửa xong thì lần kiểm tra sau hết lỗi và không có thư nào nữa.',
        'Dòng báo cáo ghi tên thôn không có trong tab Thôn không gửi được cho ai: lỗi đó chỉ có ở tab Kiểm tra, cán bộ liên hệ thôn.',
        'Gửi bằng NTM › Gửi yêu cầu sửa số liệu. Muốn sổ tự gửi mỗi giờ (khi nhắc hạn tự động đang bật): ở tab Cấu hình ghi Tự gửi yêu cầu sửa = Có.',
      ],
    },
    {
      title: 'Gửi số liệu cho tỉnh',
      items: [
        'Khi tỉnh cần số liệu, chọn NTM › Xuất dữ liệu cho tỉnh: toàn bộ tab Lịch sử (mọi tuần đã tổng hợp) thành một tệp ntm-export.csv; bấm nút Tải trong hộp thoại rồi gửi tệp cho tỉnh (thư, Zalo, thư mục chung).',
        'Tệp chỉ lấy các tuần đã có trong Lịch sử: chạy NTM › Tổng hợp tuần trước khi xuất. Dòng có chữ ở cột số liệu bị bỏ ra và được nêu tên trong thông báo.',
      ],
    },
    {
      title: 'Trợ giúp khi nhập',
      items: [
        'Cột Loại có danh sách chọn; cột Bắt đầu, Hạn và hai ngày của phong trào ở Cấu hình nhắc ghi ngày. Ghi khác đi vẫn được giữ: ô có dấu cảnh báo và bước kiểm tra sẽ báo.',
        'Ô tô đỏ: ô bắt buộc (Thôn, Email ở tab Thôn; Mã, Nội dung, ĐVT ở tab Chỉ tiêu) còn trống trong một dòng đã có dữ liệu.',
        'Các tab kết quả được bảo vệ kiểu chỉ cảnh báo: sửa tay vẫn được nhưng Sheets hỏi lại, vì tiện ích sẽ ghi đè (riêng cột Xác nhận của tab Kiểm tra là của cán bộ).',
        'Mỗi vấn đề trong sổ được báo kèm tab, ô và cách sửa, ví dụ: Cấu hình!B5: "Thứ 8 14:30" không phải thứ trong tuần.',
      ],
    },
    {
      title: 'Cách ghi số và ngày',
      items: [
        'Số: 3.200 (dấu chấm ngăn hàng nghìn), 0,38 (dấu phẩy thập phân). Ghi bằng chữ số, không ghi bằng chữ ("ba vườn").',
        'Ngày: ngày/tháng/năm, ví dụ 16/03/2023.',
      ],
    },
  ];
}

/** The guide as one HTML page, every text escaped. */
export function guideHtml(sections: readonly GuideSection[] = guideSections()): string {
  const style =
    '<style>body{font-family:Arial,sans-serif;font-size:14px;line-height:1.45;margin:8px 16px}h2{font-size:16px;margin:16px 0 6px}li{margin:3px 0}</style>';
  const body = sections
    .map(
      (s) =>
        `<h2>${escapeHtml(s.title)}</h2><ul>${s.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`,
    )
    .join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${style}</head><body>${body}</body></html>`;
}
