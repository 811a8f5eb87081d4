// Where a run writes: DIR/<file name>.xlsx (--out), or over the input itself (--in-place) after keeping FILE.bak.xlsx.
import { errorText } from '../../src/core/error-text';
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../xlsx';

export interface OutputTarget {
  /** The folder of outbox.jsonl and the saved pages. */
  dir: string;
  /** The workbook file written. */
  file: string;
  /** --in-place: where the previous version is kept. */
  backup?: string;
}

/** `sổ.xlsx` → `sổ.bak.xlsx`, beside it. */
export function backupName(file: string): string {
  const p = path.parse(file);
  return path.join(p.dir, `${p.name}.bak${p.ext || '.xlsx'}`);
}

/** The target of a run, or the Vietnamese line saying why `--out` cannot be used (nothing is written then). */
export function outputTarget(input: string, out: string, inPlace: boolean): OutputTarget | { error: string } {
  if (inPlace) {
    // Through a symlink the file it points at is updated, and the link stays a link.
    let file = input;
    try {
      file = fs.realpathSync(input);
    } catch (_e) {
      // A missing input is reported by the reader.
    }
    return { dir: path.dirname(input), file, backup: backupName(file) };
  }
  let isFile = false;
  try {
    isFile = !fs.statSync(out).isDirectory();
  } catch (_e) {
    // Missing: created when the results are written.
  }
  if (isFile)
    return {
      error: `--out "${out}" là một tệp đã có, không phải thư mục: hãy ghi tên một thư mục (chưa có thì runner tạo), ví dụ --out ket-qua, hoặc dùng --in-place để ghi đè lên chính tệp đầu vào. Không ghi tệp nào.`,
    };
  return { dir: out, file: path.join(out, path.basename(input)) };
}

/** Thrown when the input changed on disk while the actions ran: writing over it would lose what was saved meanwhile. */
export class InputChangedError extends Error {}

/**
 * Writes the workbook bytes: --in-place keeps the input as it was read in the backup (atomically), checks the
 * input was not saved by someone else meanwhile, then replaces it atomically.
 */
export function writeWorkbookFile(
  target: OutputTarget,
  bytes: Uint8Array,
  inputAsRead: Buffer | undefined,
): void {
  if (target.backup && inputAsRead) {
    if (!fs.readFileSync(target.file).equals(inputAsRead)) throw new InputChangedError(target.file);
    writeFileAtomic(target.backup, inputAsRead);
  }
  writeFileAtomic(target.file, bytes);
}

const WRITE_PROBLEMS: Record<string, string> = {
  ENOTDIR: 'một phần của đường dẫn là tệp chứ không phải thư mục',
  EEXIST: 'đã có một tệp trùng tên thư mục cần tạo',
  EISDIR: 'đã có một thư mục trùng tên tệp cần ghi',
  EACCES: 'không có quyền ghi vào đó',
  EPERM: 'không có quyền ghi vào đó',
  EROFS: 'ổ đĩa chỉ cho đọc',
  ENOSPC: 'ổ đĩa đã đầy',
};

/** Why a write failed, in words (the system's code only when it is not one of the usual ones). */
export function writeProblem(e: unknown): string {
  const code = e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '';
  return WRITE_PROBLEMS[code] ?? errorText(e);
}
