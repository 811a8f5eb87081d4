// Creates the Apps Script project bound to a spreadsheet (or binds to an existing script) and writes .clasp.json.
// Usage: npm run bind -- <spreadsheet-id-or-url>      creates a new bound script with clasp
//        npm run bind -- --script-id <id>             uses an existing script project
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const claspJson = path.join(root, '.clasp.json');
const args = process.argv.slice(2);

function writeConfig(scriptId) {
  const config = { scriptId, rootDir: 'dist' };
  const tmp = `${claspJson}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(config, null, 2) + '\n');
  fs.renameSync(tmp, claspJson);
  console.log(`Đã ghi .clasp.json (scriptId ${scriptId}). Tiếp theo: npm run push`);
}

function fail(message) {
  console.error(message);
  process.exit(1);
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
  // clasp 3 refuses `create` while a .clasp.json exists: create in a scratch folder, then keep only the scriptId.
  const scratch = fs.mkdtempSync(path.join(root, '.clasp-create-'));
  try {
    execFileSync('npx', ['clasp', 'create-script', '--type', 'sheets', '--parentId', sheetId, '--title', 'NTM Tracker', '--rootDir', '.'], {
      cwd: scratch,
      stdio: 'inherit',
    });
    const created = JSON.parse(fs.readFileSync(path.join(scratch, '.clasp.json'), 'utf8'));
    writeConfig(created.scriptId);
  } catch (e) {
    fail(`Không tạo được dự án Apps Script: ${e.message}\nĐã đăng nhập chưa? Chạy: npx clasp login`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
