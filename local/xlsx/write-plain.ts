// Writes a workbook whose plain tabs keep the rows the file held, copied through (style and shared-string numbers renumbered), not rebuilt cell by cell; only the rows the run changed are exceljs's.
import type ExcelJS from 'exceljs';
import { rowsByNumber, spliceRows, widenDimension } from './patch-rows';
import type { PlainTab, StyleTable } from './plain-tabs';
import { readZip, writeZip } from './zip-parts';

/** A plain tab, and the worksheet that writes everything of it but the rows copied through. */
export interface Passing {
  ws: ExcelJS.Worksheet;
  tab: PlainTab;
  /** The rows the run changed, which `ws` holds and writes (a row it writes nothing for is left out). */
  patched?: ReadonlySet<number>;
}

interface StyleManager {
  addStyleModel(model: Partial<ExcelJS.Style> | undefined, cellType?: number): number;
}
interface Writer {
  prepareModel(model: { styles: StyleManager }, options: unknown): void;
}

/** Thrown when the output cannot take the rows through (no shared-string table to extend): the caller writes them cell by cell. */
export class CannotPassThrough extends Error {}

const STYLE_ID = /<(?:c|row)\b[^>]*?\ss="(\d+)"/g;
const SHARED = /<si>[\s\S]*?<\/si>|<si\/>/g;

/** The style numbers the rows use. */
function styleIds(sheetData: string): Set<number> {
  const ids = new Set<number>();
  for (const m of sheetData.matchAll(STYLE_ID)) ids.add(Number(m[1]));
  return ids;
}

/** The rows with style and shared-string numbers moved to the output's tables. */
function renumber(sheetData: string, styles: Map<number, number>, sharedOffset: number): string {
  return sheetData.replace(
    /<(c|row)\b([^>]*?)(\/?)>(<v>(\d+)<\/v>)?/g,
    (_m, tag: string, attrs: string, close: string, v: string | undefined, n: string | undefined) => {
      const a = attrs.replace(/\ss="(\d+)"/, (_s, id: string) => ` s="${styles.get(Number(id))}"`);
      const shared = v !== undefined && tag === 'c' && /\st="s"/.test(attrs);
      return `<${tag}${a}${close}>${shared ? `<v>${Number(n) + sharedOffset}</v>` : (v ?? '')}`;
    },
  );
}

/** The output's shared strings with the file's appended; returns the offset of the file's first one. */
function appendShared(sst: string, original: string): { xml: string; offset: number } {
  const mine = sst.match(SHARED)?.length ?? 0;
  const theirs = original.match(SHARED) ?? [];
  const close = sst.lastIndexOf('</sst>');
  if (close < 0) throw new CannotPassThrough('no shared strings');
  const xml = `${sst.slice(0, close)}${theirs.join('')}${sst.slice(close)}`.replace(
    /(<sst\b[^>]*?\suniqueCount=")(\d+)"/,
    (_m, head: string) => `${head}${mine + theirs.length}"`,
  );
  return { xml, offset: mine };
}

/** The xlsx bytes of `wb`, each passing tab's rows being the file's own. */
export async function writeWithPlainRows(
  wb: ExcelJS.Workbook,
  passing: Passing[],
  styles: StyleTable,
  sharedStrings: Buffer | undefined,
): Promise<Uint8Array> {
  const ids = new Set<number>();
  for (const p of passing) for (const id of styleIds(p.tab.sheetData)) ids.add(id);
  const styleMap = new Map<number, number>();
  // The output's style table is built while exceljs prepares the write: the file's styles are added to it there.
  const writer = wb.xlsx as unknown as Writer;
  const prepare = writer.prepareModel;
  writer.prepareModel = function (model, options) {
    prepare.call(this, model, options);
    for (const id of ids) styleMap.set(id, model.styles.addStyleModel(styles.getStyleModel(id)));
  };
  let bytes: Buffer;
  try {
    bytes = Buffer.from(
      await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions),
    );
  } finally {
    delete (writer as Partial<Writer>).prepareModel;
  }
  const parts = readZip(bytes);
  const usesShared = passing.some((p) => /\st="s"/.test(p.tab.sheetData));
  let offset = 0;
  if (usesShared) {
    const sst = parts.get('xl/sharedStrings.xml');
    if (!sst || !sharedStrings) throw new CannotPassThrough('no shared strings');
    const joined = appendShared(sst.toString('utf8'), sharedStrings.toString('utf8'));
    parts.set('xl/sharedStrings.xml', Buffer.from(joined.xml, 'utf8'));
    offset = joined.offset;
  }
  for (const { ws, tab, patched } of passing) {
    const name = `xl/worksheets/sheet${ws.id}.xml`;
    const xml = parts.get(name)?.toString('utf8');
    const at = xml ? /<sheetData\/>|<sheetData>([\s\S]*?)<\/sheetData>/.exec(xml) : null;
    if (!xml || !at) throw new CannotPassThrough(`no rows to replace in ${name}`);
    const written = rowsByNumber(at[1] ?? '');
    if (written.size > 0 && !patched) throw new CannotPassThrough(`rows written in ${name}`);
    const rows = new Map([...(patched ?? [])].map((r) => [r, written.get(r) ?? '']));
    for (const r of written.keys()) if (!rows.has(r)) throw new CannotPassThrough(`row ${r} in ${name}`);
    let body = renumber(tab.sheetData, styleMap, offset);
    if (rows.size) body = spliceRows(body, rows);
    let head = xml.slice(0, at.index);
    const dimension = tab.dimension && rows.size ? widenDimension(tab.dimension, rows) : tab.dimension;
    if (dimension) head = head.replace(/<dimension\b[^>]*\/>/, () => dimension);
    parts.set(name, Buffer.from(`${head}${body}${xml.slice(at.index + at[0].length)}`, 'utf8'));
  }
  return writeZip(parts);
}
