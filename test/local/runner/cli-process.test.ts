// The built command line (dist-local/ntm.cjs, what `npm start` runs) as a real process: exit codes and one clear line.
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, ROOT } from '../../bundle/ensure-built';
import { foreignWorkbook } from '../xlsx/foreign-workbook';

const CLI = path.join(ROOT, 'dist-local', 'ntm.cjs');
let dir: string;

beforeAll(() => ensureBuilt());
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const ntm = (...args: string[]) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });

describe('dist-local/ntm.cjs', () => {
  it('prints the usage with --help', () => {
    const r = ntm('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--workbook');
  });

  it('refuses an unknown action with exit code 2 and one line, writing nothing', async () => {
    fs.writeFileSync(path.join(dir, 'a.xlsx'), await foreignWorkbook());
    const r = ntm('--workbook', 'a.xlsx', '--actions', 'rollup,xuat-bao-cao');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'Thao tác không có: xuat-bao-cao. Các thao tác là: setup, clear-examples, validate, rollup, remind, corrections, form, report, send-report, report-month, export.',
    ]);
    expect(fs.readdirSync(dir)).toEqual(['a.xlsx']);
  });

  it('refuses a missing workbook with exit code 1 and one line', () => {
    const r = ntm('--workbook', 'khong-co.xlsx');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'Không tìm thấy tệp "khong-co.xlsx": hãy kiểm tra đường dẫn sau --workbook.',
    ]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  describe('bad input: exit code 1, one line on stderr naming the problem, nothing written, the input untouched', () => {
    /** Runs the command in `dir` and returns its exit code, its stderr lines, its stdout, and the folder's files after it. */
    function refused(...args: string[]) {
      const r = ntm(...args);
      return {
        status: r.status,
        errors: r.stderr.trim().split('\n'),
        stdout: r.stdout,
        files: fs.readdirSync(dir).sort(),
      };
    }

    it('a corrupt file, an empty file, and an .xlsx package with no tab', async () => {
      fs.writeFileSync(path.join(dir, 'hong.xlsx'), 'đây không phải bảng tính');
      fs.writeFileSync(path.join(dir, 'rong.xlsx'), '');
      await new ExcelJS.Workbook().xlsx.writeFile(path.join(dir, 'khong-tab.xlsx'));
      const files = ['hong.xlsx', 'khong-tab.xlsx', 'rong.xlsx'];
      for (const file of ['hong.xlsx', 'rong.xlsx']) {
        expect(refused('--workbook', file, '--actions', 'setup')).toEqual({
          status: 1,
          errors: [
            `Tệp "${file}" không đọc được như một bảng tính .xlsx (tệp hỏng hoặc không phải .xlsx): hãy mở nó bằng Excel hoặc Google Sheets và lưu lại dạng .xlsx.`,
          ],
          stdout: '',
          files,
        });
      }
      expect(refused('--workbook', 'khong-tab.xlsx', '--actions', 'setup')).toEqual({
        status: 1,
        errors: [
          'Tệp "khong-tab.xlsx" không có tab nào, nên không phải một bảng tính .xlsx: hãy mở nó bằng Excel hoặc Google Sheets và lưu lại dạng .xlsx.',
        ],
        stdout: '',
        files,
      });
    });

    it('a required tab missing: the line names it (and says how many more are listed above)', async () => {
      fs.writeFileSync(path.join(dir, 'a.xlsx'), await foreignWorkbook());
      const before = fs.readFileSync(path.join(dir, 'a.xlsx'));
      const r = refused('--workbook', 'a.xlsx', '--actions', 'validate');
      expect(r.status).toBe(1);
      expect(r.errors).toEqual([
        'Dừng ở thao tác validate: Thôn: sổ chưa có tab này: hãy chạy menu NTM › Thiết lập / sửa sổ theo dõi để tạo tab, hoặc đổi tên tab đang có thành "Thôn" (và 1 vấn đề khác, xem ở trên). Không ghi tệp nào.',
      ]);
      expect(r.stdout).toContain('• Chỉ tiêu: sổ chưa có tab này');
      expect(r.files).toEqual(['a.xlsx']);
      expect(fs.readFileSync(path.join(dir, 'a.xlsx')).equals(before)).toBe(true);
    });

    it('a bad setting in the workbook set-up wrote: the line names its cell', async () => {
      const blank = new ExcelJS.Workbook();
      blank.addWorksheet('Sheet1');
      await blank.xlsx.writeFile(path.join(dir, 'a.xlsx'));
      expect(ntm('--workbook', 'a.xlsx', '--actions', 'setup', '--out', 'sua').status).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, 'sua', 'a.xlsx'));
      const settings = wb.getWorksheet('Cấu hình')!;
      settings.eachRow((row) => {
        if (row.getCell(1).value === 'Hạn báo cáo') row.getCell(2).value = 'Thứ 8 14:30';
      });
      await wb.xlsx.writeFile(path.join(dir, 'b.xlsx'));
      const r = refused('--workbook', 'b.xlsx', '--actions', 'validate');
      expect(r.status).toBe(1);
      expect(r.errors).toEqual([
        'Dừng ở thao tác validate: Cấu hình!B5: "Thứ 8 14:30" không phải thứ trong tuần (Thứ 2…Thứ 7, Chủ nhật): hãy ghi thứ và giờ như "Thứ 5 14:30". Không ghi tệp nào.',
      ]);
      expect(r.stdout).toBe('');
      expect(r.files).toEqual(['a.xlsx', 'b.xlsx', 'sua']);
    });

    it('an output file that is the input file', async () => {
      fs.writeFileSync(path.join(dir, 'a.xlsx'), await foreignWorkbook());
      const before = fs.readFileSync(path.join(dir, 'a.xlsx'));
      expect(refused('--workbook', 'a.xlsx', '--out', '.', '--actions', '')).toEqual({
        status: 1,
        errors: [
          'Tệp kết quả a.xlsx trùng tệp đầu vào: hãy chọn thư mục khác bằng --out, hoặc dùng --in-place để ghi đè có giữ bản cũ.',
        ],
        stdout: '',
        files: ['a.xlsx'],
      });
      expect(fs.readFileSync(path.join(dir, 'a.xlsx')).equals(before)).toBe(true);
    });

    it('a malformed --as-of, or a date that does not exist', async () => {
      fs.writeFileSync(path.join(dir, 'a.xlsx'), await foreignWorkbook());
      for (const asOf of ['06/04/2023 15:00', '2023-02-30T10:00', '2023-04-06T25:00']) {
        expect(refused('--workbook', 'a.xlsx', '--as-of', asOf, '--actions', '')).toEqual({
          status: 1,
          errors: [`--as-of "${asOf}" không đúng dạng: hãy ghi yyyy-MM-ddTHH:mm, ví dụ 2023-04-06T15:00.`],
          stdout: '',
          files: ['a.xlsx'],
        });
      }
    });

    it('an unknown Múi giờ: the line names its cell', async () => {
      fs.writeFileSync(path.join(dir, 'a.xlsx'), await foreignWorkbook({ zone: 'Giờ Hà Nội' }));
      expect(refused('--workbook', 'a.xlsx', '--actions', '')).toEqual({
        status: 1,
        errors: ['Cấu hình!B5: "Giờ Hà Nội" không phải múi giờ: hãy ghi tên múi giờ như Asia/Ho_Chi_Minh.'],
        stdout: '',
        files: ['a.xlsx'],
      });
    });
  });

  it('round-trips a workbook with no actions into out/', async () => {
    fs.writeFileSync(path.join(dir, 'a.xlsx'), await foreignWorkbook());
    const r = ntm('--workbook', 'a.xlsx', '--actions', '');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['a.xlsx', 'outbox.jsonl']);
  });
});
