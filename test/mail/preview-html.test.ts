// The preview page: every text from the workbook escaped, the core's message HTML kept as built, each state said once.
import { previewHtml, type PreviewData, type PreviewMessage } from '../../src/mail/preview-html';

const EVIL = '<img src=x onerror=alert(1)>';

const message = (over: Partial<PreviewMessage> = {}): PreviewMessage => ({
  label: `Nhắc hạn – ${EVIL}`,
  recipients: [`a@x.vn`, `"><script>`],
  subject: `Tiêu đề ${EVIL}`,
  htmlBody: '<p>Nội dung <b>đã thoát</b> &lt;b&gt;</p>',
  zalo: `Dòng 1\n</textarea><script>x</script>`,
  fits: true,
  ...over,
});

const data = (over: Partial<PreviewData> = {}): PreviewData => ({
  when: `Xem lúc 22/03/2023 14:30 ${EVIL}`,
  automation: `Nhắc hạn tự động: ${EVIL}`,
  quota: 100,
  nothingDue: 'Lúc này không có thư nhắc hạn nào cần gửi.',
  messages: [message()],
  expired: [`Hết ${EVIL}`],
  unreachable: [{ label: `Thôn ${EVIL}`, reason: `lý do ${EVIL}` }],
  ...over,
});

describe('previewHtml', () => {
  it('escapes every text it is given; only the message HTML from the core is inserted as built', () => {
    const page = previewHtml(data());
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('</textarea><script>');
    expect(page.split('&lt;img src=x onerror=alert(1)&gt;').length - 1).toBe(7);
    expect(page).toContain('<p>Nội dung <b>đã thoát</b> &lt;b&gt;</p>');
    expect(page).toContain('Người nhận: a@x.vn, &quot;&gt;&lt;script&gt;');
    expect(page).toContain('>Dòng 1\n&lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt;</textarea>');
  });

  it('says which messages wait for the quota, and which sections apply', () => {
    const page = previewHtml(data({ messages: [message(), message({ fits: false })] }));
    expect(page.split('Lần này chưa gửi').length - 1).toBe(1);
    expect(page).toContain('Thư sẽ gửi khi bấm Gửi nhắc hạn (2)');
    expect(page).toContain('Sẽ ghi Hết hạn, không gửi muộn (1)');
    expect(page).toContain('Không gửi được vì thiếu địa chỉ (1)');
    expect(page).not.toContain('Lúc này không có thư');
  });

  it('with nothing to show, says there is nothing to send', () => {
    const page = previewHtml(data({ messages: [], expired: [], unreachable: [] }));
    expect(page).toContain('Lúc này không có thư nhắc hạn nào cần gửi.');
    expect(page).not.toContain('<h3>');
  });

  it('expired items alone still show their section (the next send logs them)', () => {
    const page = previewHtml(data({ messages: [], unreachable: [] }));
    expect(page).not.toContain('Lúc này không có thư');
    expect(page).toContain('Sẽ ghi Hết hạn');
  });
});
