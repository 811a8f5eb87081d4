// scripts/bind.mjs (npm run bind) with a stand-in clasp: the script is bound to the given sheet and only its id is kept.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIND = path.join(__dirname, '..', '..', 'scripts', 'bind.mjs');
const SHEET = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-bind-'));
  fs.mkdirSync(path.join(dir, 'project', 'scripts'), { recursive: true });
  fs.copyFileSync(BIND, path.join(dir, 'project', 'scripts', 'bind.mjs'));
  fs.writeFileSync(
    path.join(dir, 'project', '.clasp.json'),
    '{ "scriptId": "REPLACE", "rootDir": "dist" }\n',
  );
  // Like clasp 3: refuses when a .clasp.json is in the folder or above it, else writes one with the new script's id.
  fs.writeFileSync(
    path.join(dir, 'clasp.js'),
    `const fs = require('fs'), path = require('path');
fs.appendFileSync(${JSON.stringify(path.join(dir, 'calls.jsonl'))}, JSON.stringify({ cwd: process.cwd(), args: process.argv.slice(2) }) + '\\n');
for (let d = process.cwd(); ; d = path.dirname(d)) {
  if (!process.argv.includes('--project') && fs.existsSync(path.join(d, '.clasp.json'))) { console.error('Project file already exists.'); process.exit(1); }
  if (d === path.dirname(d)) break;
}
fs.writeFileSync('.clasp.json', JSON.stringify({ scriptId: 'script-of-' + process.argv[process.argv.indexOf('--parentId') + 1] }));`,
  );
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const bind = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(dir, 'project', 'scripts', 'bind.mjs'), ...args], {
    cwd: path.join(dir, 'project'),
    encoding: 'utf8',
    env: { ...process.env, NTM_CLASP: path.join(dir, 'clasp.js') },
  });
const config = () => JSON.parse(fs.readFileSync(path.join(dir, 'project', '.clasp.json'), 'utf8'));
const calls = () =>
  fs
    .readFileSync(path.join(dir, 'calls.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('npm run bind', () => {
  it('binds a new script to the spreadsheet of a URL, from a folder outside the project, and keeps only its id', () => {
    const r = bind(`https://docs.google.com/spreadsheets/d/${SHEET}/edit#gid=0`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(config()).toEqual({ scriptId: `script-of-${SHEET}`, rootDir: 'dist' });
    const [call] = calls();
    expect(call.args.slice(0, 1)).toEqual(['create-script']);
    expect(call.args).toEqual(expect.arrayContaining(['--parentId', SHEET]));
    expect(call.args).not.toContain('--type'); // `--type sheets` would make a new spreadsheet instead
    expect(path.relative(path.join(dir, 'project'), call.cwd).startsWith('..')).toBe(true);
    expect(fs.existsSync(call.cwd)).toBe(false);
  });

  it('takes an existing script id as it is', () => {
    expect(bind('--script-id', 'abc123').status).toBe(0);
    expect(config()).toEqual({ scriptId: 'abc123', rootDir: 'dist' });
  });

  it('refuses what is not a spreadsheet id, leaving .clasp.json as it was', () => {
    const r = bind('bảng tính của xã');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('"bảng tính của xã" không phải mã bảng tính Google Sheets.');
    expect(config()).toEqual({ scriptId: 'REPLACE', rootDir: 'dist' });
  });
});
