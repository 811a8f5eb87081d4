// Loads the very file clasp pushes (dist/Code.js) into a node:vm context whose globals are the in-memory Apps Script services.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { setHandlerRunner } from '../runtime/handler-hook';
import { frozenDate } from './frozen-date';

/** What the bundle exposes on its `NTM` global (see src/main.ts). */
export interface BundleApi {
  entryList: { name: string; doc: string[]; params: string[]; action: string | null }[];
  actions: Record<string, string>;
}

export interface LoadedBundle {
  context: vm.Context;
  api: BundleApi;
  /** Calls a top-level function of the bundle, as Apps Script would. */
  call(name: string, ...args: unknown[]): unknown;
}

/** The package root: the nearest folder above `from` holding package.json (works from local/runner and dist-local). */
export function packageRoot(from: string = __dirname): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'build.mjs')))
      return dir;
    if (path.dirname(dir) === dir)
      throw new Error(`Không tìm thấy thư mục dự án (package.json) phía trên ${from}.`);
  }
}

export function bundlePath(): string {
  return path.join(packageRoot(), 'dist', 'Code.js');
}

/**
 * Runs `dist/Code.js` in a fresh context holding `globals` (the Apps Script services; their `console` when they give one, else the process's),
 * and a Date whose clock reads return `now()`. Nothing else: no require, module or process.
 */
export function loadBundle(
  globals: Record<string, unknown>,
  now: () => number,
  file: string = bundlePath(),
): LoadedBundle {
  if (!fs.existsSync(file)) throw new Error(`Chưa có ${file}: hãy chạy "npm run build" trước.`);
  const code = fs.readFileSync(file, 'utf8');
  // No code generation from strings: the bundle must not rely on eval or new Function (zod runs jitless).
  const context = vm.createContext(
    { console, ...globals, Date: frozenDate(now) },
    { codeGeneration: { strings: false, wasm: false } },
  );
  vm.runInContext(code, context, { filename: 'Code.js' });
  const api = context.NTM as BundleApi | undefined;
  if (!api || typeof api.actions !== 'object')
    throw new Error(`${file} không phải bản dựng của NTM Tracker (thiếu NTM.actions).`);
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`Code.js không có hàm ${name}.`);
    return fn(...args);
  };
  // Installed triggers (a form submission's) call the bundle's top-level functions through the runtime.
  setHandlerRunner(globals, (name, event) => call(name, event));
  return { context, api, call };
}
