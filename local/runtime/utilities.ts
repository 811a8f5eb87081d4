// Utilities (formatDate in a zone, sleep, getUuid, computeDigest, newBlob), Logger and console.
import { createHash } from 'node:crypto';
import { FakeBlob } from './blob';
import { as, countCalls, type ConsoleLine, type RuntimeContext } from './context';
import { enumOf } from './enums';
import { formatJavaDate } from './java-date-format';
import { isZone } from './zone';

type U = typeof GoogleAppsScript.Utilities;

const METHODS = ['computeDigest', 'formatDate', 'getUuid', 'newBlob', 'sleep'] as const;
const DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

export class FakeUtilities implements Pick<
  GoogleAppsScript.Utilities.Utilities,
  (typeof METHODS)[number] | 'DigestAlgorithm' | 'Charset'
> {
  readonly DigestAlgorithm = enumOf<U['DigestAlgorithm']>([
    'MD2',
    'MD5',
    'SHA_1',
    'SHA_256',
    'SHA_384',
    'SHA_512',
  ]);
  readonly Charset = enumOf<U['Charset']>(['US_ASCII', 'UTF_8']);
  private uuids = 0;
  constructor(
    readonly ctx: RuntimeContext,
    /** Chromium that Blob.getAs('application/pdf') prints HTML with (default /usr/bin/chromium). */
    private readonly chromium?: string,
  ) {}
  /** Signed bytes, as Apps Script returns them. */
  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[]): number[] {
    const name = DIGESTS[String(algorithm)];
    if (!name) throw new Error(`Unsupported digest algorithm: ${String(algorithm)}`);
    const data =
      typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.map((b) => b & 0xff));
    return [...createHash(name).update(data).digest()].map((b) => (b > 127 ? b - 256 : b));
  }
  /** SimpleDateFormat pattern in `timeZone`; an unknown zone reads as GMT, as in Apps Script. */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    const t = date.getTime();
    if (!Number.isFinite(t)) throw new Error('Invalid argument: date');
    return formatJavaDate(t, isZone(timeZone) ? timeZone : 'UTC', String(format));
  }
  /** Deterministic: the n-th call returns …-000000000n. */
  getUuid(): string {
    this.uuids++;
    return `00000000-0000-4000-8000-${String(this.uuids).padStart(12, '0')}`;
  }
  /** A blob of a string (UTF-8) or of signed bytes; content type and name null unless given. */
  newBlob(
    data: string | GoogleAppsScript.Byte[],
    contentType?: string,
    name?: string,
  ): GoogleAppsScript.Base.Blob {
    const bytes =
      typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => Number(b) & 0xff));
    return as<GoogleAppsScript.Base.Blob>(
      new FakeBlob(
        this.ctx,
        bytes,
        contentType === undefined ? null : String(contentType),
        name === undefined ? null : String(name),
        this.chromium,
      ),
    );
  }
  /** Returns at once; the runtime's clock is not moved. */
  sleep(_milliseconds: number): void {}
}
countCalls(FakeUtilities, 'Utilities', METHODS);

const LOGGER_METHODS = ['clear', 'getLog', 'log'] as const;

export class FakeLogger implements Pick<GoogleAppsScript.Base.Logger, (typeof LOGGER_METHODS)[number]> {
  constructor(readonly ctx: RuntimeContext) {}
  clear(): void {
    this.ctx.logs.length = 0;
  }
  getLog(): string {
    return this.ctx.logs.map((l) => `${l}\n`).join('');
  }
  /** log(data) or log(format, ...values) with %s placeholders. */
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    let text = typeof data === 'string' ? data : (JSON.stringify(data) ?? String(data));
    for (const v of values) text = text.replace(/%[sd]/, String(v));
    this.ctx.logs.push(text);
    return this as unknown as GoogleAppsScript.Base.Logger;
  }
}
countCalls(FakeLogger, 'Logger', LOGGER_METHODS);

const CONSOLE_METHODS = ['error', 'info', 'log', 'warn'] as const;

/** console as Apps Script gives it: each line goes to Executions (here runtime.console), nothing to the process. */
export class FakeConsole implements Pick<Console, (typeof CONSOLE_METHODS)[number]> {
  constructor(readonly ctx: RuntimeContext) {}
  private write(level: ConsoleLine['level'], args: unknown[]): void {
    this.ctx.console.push({
      level,
      text: args
        .map((a) =>
          typeof a === 'string' ? a : a instanceof Error ? a.message : (JSON.stringify(a) ?? String(a)),
        )
        .join(' '),
    });
  }
  error(...args: unknown[]): void {
    this.write('error', args);
  }
  info(...args: unknown[]): void {
    this.write('info', args);
  }
  log(...args: unknown[]): void {
    this.write('log', args);
  }
  warn(...args: unknown[]): void {
    this.write('warn', args);
  }
}
countCalls(FakeConsole, 'console', CONSOLE_METHODS);
