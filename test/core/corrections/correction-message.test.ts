// The correction email a village leader reads: subject, each problem with what to type, the link to fix, escaping, size.
import { correctionMessage, dueCorrections, type CorrectionItem } from '../../../src/core/corrections';
import { MAX_BODY_BYTES, utf8Length } from '../../../src/core/reminders/messages';
import type { Model } from '../../../src/core/types';
import { validate } from '../../../src/core/validation';
import { at, model, village, type RowSpec } from '../validation/fixtures';

const NOW = at('23/03/2023 10:00');

function itemFor(
  rows: RowSpec[],
  edit: (m: Model) => void = () => undefined,
): { item: CorrectionItem; m: Model } {
  const m = model(rows, {
    villages: [
      { ...village('Thịnh Bằng', ['thinhbang@x.vn'], 120, 2), leader: 'Nguyễn Văn A' },
      village('Trung Bằng', ['trungbang@x.vn'], 80, 3),
    ],
  });
  edit(m);
  const item = dueCorrections({ model: m, validation: validate(m, NOW, new Set()), ledger: [], now: NOW })
    .due[0];
  return { item, m };
}

const TWO: RowSpec[] = [
  { row: 2, ts: '16/03/2023 08:00', village: 'Thịnh Bằng', cells: { HANG_RAO: 'ba chục', VUON_CT: '-1' } },
  { row: 3, ts: '21/03/2023 17:45', village: 'Thịnh Bằng', date: '25/03/2023', cells: { HANG_RAO: '10' } },
];

test('subject and plain text: when sent, the question, the value as typed, what is wrong, what to type, the link', () => {
  const { item, m } = itemFor(TWO, (mm) => {
    mm.reports[0].rows[0].editLink = 'https://docs.google.com/forms/d/e/F/viewform?edit2=R2';
  });
  const msg = correctionMessage(item, m);
  expect(msg.subject).toBe('[NTM xã Sơn Bằng] Thôn Thịnh Bằng: cần sửa 3 số liệu báo cáo');
  expect(msg.body).toContain('Kính gửi trưởng thôn Thịnh Bằng (Nguyễn Văn A),');
  expect(msg.body).toContain(
    [
      '1. Báo cáo gửi lúc 16/03/2023 08:00',
      '   - Câu hỏi: [HANG_RAO] hang_rao',
      '     Đã ghi: "ba chục"',
      '     Sai ở đâu: "ba chục" là chữ.',
      '     Cần ghi: Hãy nhập bằng chữ số (ví dụ 3).',
      '   - Câu hỏi: [VUON_CT] vuon_ct',
      '     Đã ghi: "-1"',
      '     Sai ở đâu: Số âm (-1).',
      '     Cần ghi: Hãy ghi khối lượng đã làm được, là số không âm (ví dụ 1).',
      '     Nếu số đã ghi là đúng, xin báo cán bộ xã để cán bộ xác nhận.',
      '   Sửa chính báo cáo này tại: https://docs.google.com/forms/d/e/F/viewform?edit2=R2',
    ].join('\n'),
  );
  expect(msg.body).toContain(
    [
      '2. Báo cáo gửi lúc 21/03/2023 17:45',
      '   Cả báo cáo này chưa được tính cho đến khi sửa.',
      '   - Câu hỏi: Ngày báo cáo',
      '     Đã ghi: "25/03/2023"',
      '     Sai ở đâu: Ngày báo cáo 25/03/2023 muộn hơn ngày gửi báo cáo 21/03/2023.',
      '     Cần ghi: Hãy ghi ngày đã làm việc, không sau ngày gửi.',
      '   Xin gửi một báo cáo mới với số đã sửa qua biểu mẫu báo cáo của xã.',
    ].join('\n'),
  );
  expect(msg.htmlBody).toContain(
    '<a href="https://docs.google.com/forms/d/e/F/viewform?edit2=R2">Sửa chính báo cáo này tại</a>',
  );
});

test('without an edit link the village prefilled link is given; an unsafe link never is', () => {
  const withForm = itemFor(
    TWO,
    (mm) => (mm.villages[0].reportLink = 'https://forms.example/v?entry.1=Th%E1%BB%8Bnh'),
  );
  const msg = correctionMessage(withForm.item, withForm.m);
  expect(
    msg.body.match(/Gửi lại báo cáo với số đã sửa tại: https:\/\/forms\.example\/v\?entry\.1=Th%E1%BB%8Bnh/g),
  ).toHaveLength(2);
  const unsafe = itemFor(TWO, (mm) => {
    mm.villages[0].reportLink = 'javascript:alert(1)';
    mm.reports[0].rows[0].editLink = 'data:text/html,<script>alert(1)</script>';
  });
  const bad = correctionMessage(unsafe.item, unsafe.m);
  expect(`${bad.body}${bad.htmlBody}`).not.toMatch(/javascript:|data:text|href/);
  expect(bad.body.match(/Xin gửi một báo cáo mới/g)).toHaveLength(2);
});

test('text people typed is escaped in the HTML and kept on one line in the subject', () => {
  const rows: RowSpec[] = [
    {
      row: 2,
      ts: '16/03/2023 08:00',
      village: '<b>Thịnh</b> Bằng',
      cells: { HANG_RAO: '<img src=x onerror=alert(1)>' },
    },
  ];
  const { item, m } = itemFor(rows, (mm) => {
    mm.villages[0] = { ...mm.villages[0], name: '<b>Thịnh</b> Bằng', leader: 'A\r\nBcc: x@evil.vn' };
  });
  const msg = correctionMessage(item, m);
  expect(msg.htmlBody).not.toContain('<img');
  expect(msg.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(msg.htmlBody).toContain('&lt;b&gt;Thịnh&lt;/b&gt; Bằng');
  expect(msg.subject).toBe('[NTM xã Sơn Bằng] Thôn <b>Thịnh</b> Bằng: cần sửa 1 số liệu báo cáo');
  expect(msg.body).toContain('Kính gửi trưởng thôn <b>Thịnh</b> Bằng (A Bcc: x@evil.vn),');
});

test('a village with thousands of problems gets a message within the size budget that says how many were left out', () => {
  const rows: RowSpec[] = Array.from({ length: 1500 }, (_, i) => ({
    row: i + 2,
    ts: '16/03/2023 08:00',
    village: 'Thịnh Bằng',
    cells: { HANG_RAO: `sai ${'x'.repeat(150)} ${i}`, VUON_CT: `sai ${i}` },
  }));
  const { item, m } = itemFor(rows);
  expect(item.count).toBe(3000);
  const msg = correctionMessage(item, m);
  expect(msg.subject).toBe('[NTM xã Sơn Bằng] Thôn Thịnh Bằng: cần sửa 3.000 số liệu báo cáo');
  expect(utf8Length(msg.body) + utf8Length(msg.htmlBody)).toBeLessThanOrEqual(MAX_BODY_BYTES);
  expect(msg.body).toMatch(/… và [\d.]+ lỗi khác \(xin liên hệ cán bộ xã để biết đủ\)\./);
});

test('how to fix follows the links: open them when there are, else send a new report', () => {
  const linked = itemFor(TWO, (mm) => (mm.reports[0].rows[0].editLink = 'https://forms.example/edit?r=2'));
  expect(correctionMessage(linked.item, linked.m).body).toContain(
    'Cách sửa: mở đường dẫn kèm theo từng báo cáo ở trên, sửa đúng các câu hỏi được nêu',
  );
  const bare = itemFor(TWO);
  const body = correctionMessage(bare.item, bare.m).body;
  expect(body).toContain(
    'Cách sửa: gửi một báo cáo mới qua biểu mẫu báo cáo của xã, ghi đúng các câu hỏi được nêu ở trên (chỉ ghi chữ số, ví dụ 3.200 hoặc 0,38).',
  );
  expect(body).not.toContain('mở đường dẫn');
});
