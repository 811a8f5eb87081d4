// Reads RFC 4180 records of a file we must name a line of (a bad export): the header, or the first record matching a test.
import fs from 'node:fs';

/** Records of `text` in order, each with its number (the header is record 1, as DuckDB counts `line`). */
export function* csvRecords(text: string): Generator<{ n: number; fields: string[] }> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let n = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      yield { n: n++, fields };
      fields = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    yield { n, fields };
  }
}

/** The header record of a file (its first line, read alone so a big file is not read whole). */
export function headerOf(file: string): string[] {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const got = fs.readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, got).toString('utf8');
    const first = csvRecords(text).next();
    return first.done ? [] : first.value.fields;
  } finally {
    fs.closeSync(fd);
  }
}

/** The number of the first data record of `file` for which `test` holds (fields by header name), or null. */
export function findRecord(file: string, test: (get: (column: string) => string) => boolean): number | null {
  let header: string[] | null = null;
  for (const { n, fields } of csvRecords(fs.readFileSync(file, 'utf8'))) {
    if (!header) {
      header = fields;
      continue;
    }
    const at = (c: string) => fields[header!.indexOf(c)] ?? '';
    if (test(at)) return n;
  }
  return null;
}
