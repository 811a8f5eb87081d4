// The built command line (dist-local/ntm.cjs, what `npm start` runs) as a real process: exit codes and one clear line.
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

const ntm = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });

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
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('Thao tác không có: xuat-bao-cao')]);
    expect(fs.readdirSync(dir)).toEqual(['a.xlsx']);
  });

  it('refuses a missing workbook with exit code 1 and one line', () => {
    const r = ntm('--workbook', 'khong-co.xlsx');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('Không tìm thấy tệp "khong-co.xlsx"')]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('round-trips a workbook with no actions into out/', async () => {
    fs.writeFileSync(path.join(dir, 'a.xlsx'), await foreignWorkbook());
    const r = ntm('--workbook', 'a.xlsx', '--actions', '');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['a.xlsx', 'outbox.jsonl']);
  });
});
