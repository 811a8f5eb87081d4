// A real .xlsx with a form tab of many rows, written in seconds: the bench's workbook through the writer, its form rows then put in as XML.
import fs from 'node:fs';
import { BENCH_FORM, BENCH_ZONE, benchWorkbook } from '../../../local/bench/bench-workbook';
import type { CellData } from '../../../local/workbook-data';
import { instantToWall, writeWorkbook } from '../../../local/xlsx';
import { sheetPartsByName } from '../../../local/xlsx/plain-tabs';
import { readZip, writeZip } from '../../../local/xlsx/zip-parts';

const DAY = 86_400_000;
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function columnLetters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Writes the bench workbook of `rows` form rows to `file`: every tab through the .xlsx writer with the form's first
 * two rows, then the form's rows as Excel writes them (shared strings, the date style of the first answer).
 */
export async function writeLargeForm(file: string, rows: number): Promise<CellData[][]> {
  const book = benchWorkbook(rows, 5);
  const form = book.workbook.sheets.find((s) => s.name === BENCH_FORM)!;
  const all = form.rows as CellData[][];
  form.rows = all.slice(0, 2);
  await writeWorkbook(book.workbook, file);
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
  const lines = all.map((row, r) => {
    const cells = row.map((cell, c) => {
      const ref = `${columnLetters(c + 1)}${r + 1}`;
      const v = cell?.value;
      if (v instanceof Date)
        return `<c r="${ref}" s="${dateStyle}"><v>${instantToWall(v, BENCH_ZONE).getTime() / DAY + 25569}</v></c>`;
      if (typeof v === 'string') return `<c r="${ref}" t="s"><v>${shared(v)}</v></c>`;
      return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : '';
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const start = xml.indexOf('<sheetData>');
  const end = xml.indexOf('</sheetData>') + '</sheetData>'.length;
  const dimension = `<dimension ref="A1:${columnLetters(all[0].length)}${all.length}"/>`;
  const head = xml.slice(0, start).replace(/<dimension\b[^>]*\/>/, dimension);
  parts.set(part, Buffer.from(`${head}<sheetData>${lines.join('')}</sheetData>${xml.slice(end)}`, 'utf8'));
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
