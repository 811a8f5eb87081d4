// The bench's workbook as a real .xlsx in seconds at any size: every tab through the writer with the form's first rows, then the form's rows put in as Excel writes them.
import fs from 'node:fs';
import { BENCH_FORM, BENCH_ZONE, type BenchBook } from './bench-workbook';
import { columnLetters } from '../runtime/a1';
import type { CellData } from '../workbook-data';
import { instantToWall, writeWorkbook } from '../xlsx';
import { sheetPartsByName } from '../xlsx/plain-tabs';
import { readZip, writeZip } from '../xlsx/zip-parts';

const DAY = 86_400_000;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Rows put into the sheet's XML a block at a time (one string per block, never one for the whole tab). */
const BLOCK = 10_000;

/**
 * Writes `book` to `file`: every tab through the .xlsx writer, the form tab with its first two rows, then all
 * its rows as Excel writes them (shared strings, the date style of the first answer). Returns the form's rows.
 */
export async function writeBenchFile(book: BenchBook, file: string): Promise<CellData[][]> {
  const form = book.workbook.sheets.find((s) => s.name === BENCH_FORM)!;
  const all = form.rows as CellData[][];
  form.rows = all.slice(0, 2);
  try {
    await writeWorkbook(book.workbook, file);
  } finally {
    form.rows = all;
  }
  const parts = readZip(fs.readFileSync(file));
  const part = sheetPartsByName(parts).get(BENCH_FORM)!;
  const xml = parts.get(part)!.toString('utf8');
  const dateStyle = /<c r="A2" s="(\d+)"/.exec(xml)![1];
  const sst = parts.get('xl/sharedStrings.xml')!.toString('utf8');
  const known = sst.match(/<si>[\s\S]*?<\/si>|<si\/>/g)?.length ?? 0;
  const added: string[] = [];
  const index = new Map<string, number>();
  const shared = (s: string) => {
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = known + added.push(`<si><t>${escape(s)}</t></si>`) - 1));
    return i;
  };
  const line = (row: CellData[], r: number) => {
    const cells = row.map((cell, c) => {
      const ref = `${columnLetters(c + 1)}${r + 1}`;
      const v = cell?.value;
      if (v instanceof Date)
        return `<c r="${ref}" s="${dateStyle}"><v>${instantToWall(v, BENCH_ZONE).getTime() / DAY + 25569}</v></c>`;
      if (typeof v === 'string') return `<c r="${ref}" t="s"><v>${shared(v)}</v></c>`;
      return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : '';
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  };
  const blocks: Buffer[] = [];
  for (let r = 0; r < all.length; r += BLOCK)
    blocks.push(
      Buffer.from(
        all
          .slice(r, r + BLOCK)
          .map((row, k) => line(row, r + k))
          .join(''),
        'utf8',
      ),
    );
  const start = xml.indexOf('<sheetData>');
  const end = xml.indexOf('</sheetData>') + '</sheetData>'.length;
  const dimension = `<dimension ref="A1:${columnLetters(all[0].length)}${all.length}"/>`;
  const head = xml.slice(0, start).replace(/<dimension\b[^>]*\/>/, dimension);
  parts.set(
    part,
    Buffer.concat([
      Buffer.from(`${head}<sheetData>`),
      ...blocks,
      Buffer.from(`</sheetData>${xml.slice(end)}`),
    ]),
  );
  const total = known + added.length;
  parts.set(
    'xl/sharedStrings.xml',
    Buffer.from(
      sst
        .replace('</sst>', `${added.join('')}</sst>`)
        .replace(/\scount="\d+"/, ` count="${total}"`)
        .replace(/\suniqueCount="\d+"/, ` uniqueCount="${total}"`),
      'utf8',
    ),
  );
  fs.writeFileSync(file, writeZip(parts));
  return all;
}
