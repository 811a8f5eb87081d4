// Blob: bytes, a content type and a name; getAs('application/pdf') of an HTML blob is printed by Debian's Chromium, any other conversion is refused.
import { printPdfSync } from '../browser/print-pdf-sync';
import { as, countCalls, type RuntimeContext } from './context';

type Blob = GoogleAppsScript.Base.Blob;

const METHODS = [
  'copyBlob',
  'getAs',
  'getBlob',
  'getBytes',
  'getContentType',
  'getDataAsString',
  'getName',
  'setName',
] as const;

/** The content type without parameters, lower case: `text/html; charset=utf-8` → `text/html`. */
const baseType = (type: string | null) => (type ?? '').split(';')[0].trim().toLowerCase();

/** `bao-cao.html` → `bao-cao.pdf`, as Apps Script names a converted blob (the part after the last dot is replaced). */
function withExtension(name: string | null, ext: string): string | null {
  if (name === null) return null;
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.${ext}`;
}

export class FakeBlob implements Pick<Blob, (typeof METHODS)[number]> {
  constructor(
    readonly ctx: RuntimeContext,
    /** The bytes as Node holds them (the runtime's MailApp records attachments from them). */
    readonly bytes: Buffer,
    private contentType: string | null,
    private name: string | null,
    /** Chromium that converts HTML to PDF (`RuntimeOptions.chromium`). */
    private readonly chromium?: string,
  ) {}
  private self(): Blob {
    return as<Blob>(this);
  }
  copyBlob(): Blob {
    return as<Blob>(
      new FakeBlob(this.ctx, Buffer.from(this.bytes), this.contentType, this.name, this.chromium),
    );
  }
  /** HTML → PDF through Chromium (throws with the install line when it is missing); the same type → a copy; else refused. */
  getAs(contentType: string): Blob {
    const to = baseType(String(contentType));
    const from = baseType(this.contentType);
    if (to === from) return this.copyBlob();
    if (from === 'text/html' && to === 'application/pdf') {
      const pdf = printPdfSync(this.bytes.toString('utf8'), this.chromium);
      return as<Blob>(
        new FakeBlob(this.ctx, pdf, 'application/pdf', withExtension(this.name, 'pdf'), this.chromium),
      );
    }
    throw new Error(`Converting from ${from || 'unknown'} to ${to} is not supported.`);
  }
  getBlob(): Blob {
    return this.self();
  }
  /** Signed bytes, as Apps Script returns them. */
  getBytes(): GoogleAppsScript.Byte[] {
    return [...this.bytes].map((b) => (b > 127 ? b - 256 : b));
  }
  getContentType(): string | null {
    return this.contentType;
  }
  getDataAsString(): string {
    return this.bytes.toString('utf8');
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): Blob {
    this.name = String(name);
    return this.self();
  }
}
countCalls(FakeBlob, 'Blob', METHODS);
