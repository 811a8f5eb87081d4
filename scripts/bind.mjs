// Creates the Apps Script project bound to a spreadsheet (or takes an existing script's id) and writes .clasp.json.
// Usage: npm run bind -- <spreadsheet-id-or-url>      creates a new script bound to that spreadsheet
//        npm run bind -- --script-id <id>             uses an existing script project
// NTM_CLASP may name another clasp executable (a .js file is run with node).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const claspJson = path.join(root, '.clasp.json');
const args = process.argv.slice(2);

function writeConfig(scriptId) {
  const config = { scriptId, rootDir: 'dist' };
  const tmp = `${claspJson}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(config, null, 2) + '\n');
  fs.renameSync(tmp, claspJson);
  console.log(`Đã ghi .clasp.json (scriptId ${scriptId}). Tiếp theo: npm run push`);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** The project's own clasp (node_modules), run with this node: no download, whatever the folder. */
function claspCommand() {
  if (process.env.NTM_CLASP) return process.env.NTM_CLASP;
  const dir = path.join(root, 'node_modules', '@google', 'clasp');
  const bin = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).bin.clasp;
  return path.join(dir, bin);
}

function runClasp(claspArgs, cwd) {
  const cmd = claspCommand();
  const [file, argv] = cmd.endsWith('.js') ? [process.execPath, [cmd, ...claspArgs]] : [cmd, claspArgs];
  execFileSync(file, argv, { cwd, stdio: 'inherit' });
}

if (args[0] === '--script-id') {
  if (!args[1]) fail('Thiếu mã dự án: npm run bind -- --script-id <scriptId>');
  writeConfig(args[1]);
} else {
  const input = args[0];
  if (!input) fail('Thiếu bảng tính: npm run bind -- <mã hoặc đường dẫn bảng tính Google Sheets>');
  const match = /\/d\/([A-Za-z0-9_-]+)/.exec(input);
  const sheetId = match ? match[1] : input;
  if (!/^[A-Za-z0-9_-]{20,}$/.test(sheetId)) fail(`"${input}" không phải mã bảng tính Google Sheets.`);
  // clasp 3 refuses `create-script` when it finds a .clasp.json in the folder or any folder above it: create the
  // script in a scratch folder outside the project (and name that folder as the project), then keep only the id.
  // `--parentId` without `--type` binds the new script to that spreadsheet (`--type sheets` would make a new one).
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-clasp-'));
  try {
    runClasp(
      [
        'create-script',
        '--project',
        scratch,
        '--parentId',
        sheetId,
        '--title',
        'NTM Tracker',
        '--rootDir',
        '.',
      ],
      scratch,
    );
    const created = JSON.parse(fs.readFileSync(path.join(scratch, '.clasp.json'), 'utf8'));
    if (!created.scriptId) throw new Error('clasp không trả về scriptId');
    writeConfig(created.scriptId);
  } catch (e) {
    fail(
      `Không tạo được dự án Apps Script: ${e.message.split('\n')[0]}\nĐã đăng nhập chưa? Chạy: npx clasp login`,
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
