// Builds dist/Code.js (and the runner) when missing or older than a source file, so the bundle tests never load a stale file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CODE_JS = path.join(ROOT, 'dist', 'Code.js');

function newestSource(dir: string): number {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .reduce((t, d) => Math.max(t, d.isDirectory() ? newestSource(path.join(dir, d.name)) : fs.statSync(path.join(dir, d.name)).mtimeMs), 0);
}

export function ensureBuilt(): string {
  const sources = Math.max(newestSource(path.join(ROOT, 'src')), newestSource(path.join(ROOT, 'local')), fs.statSync(path.join(ROOT, 'build.mjs')).mtimeMs);
  if (!fs.existsSync(CODE_JS) || fs.statSync(CODE_JS).mtimeMs < sources) {
    execFileSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'pipe' });
  }
  return fs.readFileSync(CODE_JS, 'utf8');
}
