// Reads a PDF's page count the plain way: its page objects (`/Type /Page`, not `/Pages`), as Chromium writes them uncompressed.
export function pdfPageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** True when the bytes start like a PDF file. */
export const isPdf = (bytes: Uint8Array): boolean =>
  Buffer.from(bytes).subarray(0, 5).toString('latin1') === '%PDF-';
