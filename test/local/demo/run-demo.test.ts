// The demo's orchestration: set-up's workbook read back, form answers added, the other actions run as of the demo time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_AS_OF, runDemo } from '../../../local/demo/run-demo';
import { readWorkbook } from '../../../local/xlsx';
import { ensureBuilt } from '../../bundle/ensure-built';

const SETUP_BUNDLE = path.join(__dirname, 'fixtures', 'setup-code.js');
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-demo-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the demo with a bundle that offers setup', () => {
  it('starts from what setup wrote, adds answers for its villages and indicators, and runs the rest', async () => {
    const lines: string[] = [];
    const code = await runDemo({
      outDir: dir,
      bundleFile: SETUP_BUNDLE,
      print: (l) => lines.push(l),
      printError: (l) => lines.push(`!${l}`),
    });
    expect(code).toBe(0);
    expect(lines).toContain('✔ setup: đã tạo sổ mẫu');
    expect(lines).toContain('Chạy: validate');
    expect(lines.find((l) => l.startsWith('✔ validate:'))).toMatch(/lúc 2023-04-06T07:00:00\.000Z$/);
    expect(fs.readdirSync(dir).sort()).toEqual(['demo-input', 'demo.xlsx', 'outbox.jsonl']);

    const { workbook } = await readWorkbook(path.join(dir, 'demo.xlsx'));
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      'Trang tính1',
      'Cấu hình',
      'Thôn',
      'Chỉ tiêu',
      'Câu trả lời biểu mẫu 1',
    ]);
    const form = workbook.sheets[4];
    const header = form.rows[0].map((c) => c?.value);
    expect(header).toEqual([
      'Dấu thời gian',
      'Địa chỉ email',
      'Thôn',
      'Ngày báo cáo',
      '[RAO] Hàng rào xanh (m)',
      '[VUON] Cải tạo vườn (vườn)',
      'Ảnh',
      'Ghi chú',
      'Kế hoạch tuần tới',
    ]);
    const villages = new Set(form.rows.slice(1).map((r) => r[2]?.value));
    expect([...villages].sort()).toEqual(['Thôn Mới', 'Tây Xá', 'Đông Xá']);
    const emails = new Set(form.rows.slice(1).map((r) => r[1]?.value));
    expect(emails).toEqual(new Set(['dongxa@example.vn', 'tayxa@example.vn', 'nguoinha.baocao@gmail.com']));
  });

  it('writes the same workbook on every run', async () => {
    const quiet = { bundleFile: SETUP_BUNDLE, print: () => undefined };
    await runDemo({ ...quiet, outDir: path.join(dir, 'a') });
    await runDemo({ ...quiet, outDir: path.join(dir, 'b') });
    const [a, b] = await Promise.all(['a', 'b'].map((d) => readWorkbook(path.join(dir, d, 'demo.xlsx'))));
    expect(a.workbook).toEqual(b.workbook);
  });

  it('is pinned to a time inside the campaign', () => {
    expect(DEMO_AS_OF).toBe('2023-04-06T14:00');
  });
});

describe('the demo with the real bundle (npm start)', () => {
  it('makes the form after set-up, sends the answers through it, runs every action but setup and points at each file it wrote', async () => {
    ensureBuilt();
    const lines: string[] = [];
    expect(
      await runDemo({ outDir: dir, print: (l) => lines.push(l), printError: (l) => lines.push(`!${l}`) }),
    ).toBe(0);
    expect(lines.filter((l) => l.startsWith('!'))).toEqual([]);
    expect(lines).toContain(
      'Chạy: validate, rollup, remind, corrections, form, report, send-report, report-month, export',
    );
    // setup and form build the input; the runner's form then finds the same form (form.json beside the input).
    expect(lines.filter((l) => /^[✔✘] /.test(l)).map((l) => l.slice(0, l.indexOf(':')))).toEqual([
      '✔ setup',
      '✔ form',
      '✔ validate',
      '✔ rollup',
      '✔ remind',
      '✔ corrections',
      '✔ form',
      '✔ report',
      '✔ send-report',
      '✔ report-month',
      '✔ export',
    ]);
    expect(lines.find((l) => l.startsWith('Tab "Câu trả lời biểu mẫu 1": '))).toMatch(/gửi qua biểu mẫu/);
    expect(lines.filter((l) => l.startsWith('✔ form:'))[1]).toMatch(/không có gì thay đổi/);
    // The seed's commune keeps the seed's plan as its own, so validation has no sample data to mention.
    expect(lines).toContain(
      'Xã Sơn Bằng giữ kế hoạch mẫu làm kế hoạch của mình: đã xóa chữ ví dụ ở cột Ghi chú của 16 dòng (Thôn, Chỉ tiêu).',
    );
    expect(lines.find((l) => l.startsWith('✔ validate:'))).not.toMatch(/dữ liệu mẫu/);
    expect(fs.readdirSync(path.join(dir, 'demo-input')).sort()).toEqual(['demo.xlsx', 'form.json']);
    const before = JSON.parse(fs.readFileSync(path.join(dir, 'demo-input', 'form.json'), 'utf8'));
    const after = JSON.parse(fs.readFileSync(path.join(dir, 'form.json'), 'utf8'));
    expect([after.editUrl, after.items]).toEqual([before.editUrl, before.items]);
    const written = fs.readdirSync(dir).sort();
    expect(written).toEqual([
      'bao-cao-thang.html',
      'bao-cao-thang.pdf',
      'bao-cao-tuan.html',
      'bao-cao-tuan.pdf',
      'demo-input',
      'demo.xlsx',
      'form.json',
      'ntm-export.csv',
      'outbox.jsonl',
    ]);
    const look = lines.slice(lines.indexOf('Xem kết quả:') + 1).join('\n');
    for (const f of written.filter((f) => f !== 'demo-input')) expect(look).toContain(path.join(dir, f));
    expect(look).toContain(path.join(dir, 'demo-input', 'demo.xlsx'));
    // Each report's files are named for what they are.
    expect(look).toContain(`${path.join(dir, 'bao-cao-thang.pdf')}: báo cáo tháng dạng PDF`);
    expect(look).toContain(`${path.join(dir, 'bao-cao-tuan.html')}: báo cáo tuần, mở bằng`);
    expect(look).not.toMatch(/bao-cao-thang\.\w+: báo cáo tuần/);
  });
});
