// Builds dist/Code.js (and the runner) when missing or older than a source file, so the bundle tests never load a stale file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CODE_JS = path.join(ROOT, 'dist', 'Code.js');
const LOCK = path.join(ROOT, 'dist', '.build-lock');

function newestSource(dir: string): number {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .reduce(
      (t, d) =>
        Math.max(
          t,
          d.isDirectory()
            ? newestSource(path.join(dir, d.name))
            : fs.statSync(path.join(dir, d.name)).mtimeMs,
        ),
      0,
    );
}

function stale(): boolean {
  const sources = Math.max(
    newestSource(path.join(ROOT, 'src')),
    newestSource(path.join(ROOT, 'local')),
    fs.statSync(path.join(ROOT, 'build.mjs')).mtimeMs,
  );
  return !fs.existsSync(CODE_JS) || fs.statSync(CODE_JS).mtimeMs < sources;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Builds at most once at a time across jest workers (a lock folder), then returns dist/Code.js. */
export function ensureBuilt(): string {
  for (let waited = 0; stale(); waited += 100) {
    fs.mkdirSync(path.dirname(LOCK), { recursive: true });
    let mine = false;
    try {
      fs.mkdirSync(LOCK);
      mine = true;
    } catch (_e) {
      if (waited > 60_000) fs.rmSync(LOCK, { recursive: true, force: true }); // a build that died long ago
      sleep(100);
      continue;
    }
    try {
      if (stale()) execFileSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'pipe' });
    } finally {
      if (mine) fs.rmSync(LOCK, { recursive: true, force: true });
    }
    break; // built once: a source dated in the future must not loop forever
  }
  return fs.readFileSync(CODE_JS, 'utf8');
}
