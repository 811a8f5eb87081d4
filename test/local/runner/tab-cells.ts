// What exceljs shows of every cell of a tab in a real file: value, type, format, font, fill, alignment, border and note.
import ExcelJS from 'exceljs';

/** Address → the cell as exceljs reads it (notes as their text). */
export function cellsOf(ws: ExcelJS.Worksheet): Record<string, string> {
  const out: Record<string, string> = {};
  ws.eachRow((row) =>
    row.eachCell((c) => {
      const s = c.style;
      const note = c.note as ExcelJS.Comment | string | undefined;
      const text = typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('');
      out[c.address] = JSON.stringify([
        c.value,
        c.type,
        s.numFmt,
        s.font,
        s.fill,
        s.alignment,
        s.border,
        text,
      ]);
    }),
  );
  return out;
}

/** The cells of tab `name` of the .xlsx file `file`. */
export async function fileCells(file: string, name: string): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return cellsOf(wb.getWorksheet(name)!);
}
