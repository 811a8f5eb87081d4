// Rows picked from a sheet's XML and put back: replaced, left out, inserted in order; the dimension widened to hold them.
import { pickRows, rowsByNumber, spliceRows, widenDimension } from '../../../local/xlsx/patch-rows';

const data =
  '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2" spans="1:2"/>' +
  '<row r="4"><c r="A4" t="s"><v>0</v></c><c r="B4"><v>2</v></c></row></sheetData>';

test('picks the rows asked for, self-closing ones too, in file order', () => {
  expect(pickRows(data, new Set([4, 2, 9]))).toBe(
    '<row r="2" spans="1:2"/><row r="4"><c r="A4" t="s"><v>0</v></c><c r="B4"><v>2</v></c></row>',
  );
  expect([...rowsByNumber(data).keys()]).toEqual([1, 2, 4]);
});

test('replaces, leaves out and inserts rows in order', () => {
  const patched = new Map([
    [4, '<row r="4"><c r="C4"><v>7</v></c></row>'],
    [2, ''],
    [3, '<row r="3"><c r="A3"><v>3</v></c></row>'],
    [6, '<row r="6"><c r="A6"><v>6</v></c></row>'],
  ]);
  expect(spliceRows(data, patched)).toBe(
    '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>' +
      '<row r="4"><c r="C4"><v>7</v></c></row><row r="6"><c r="A6"><v>6</v></c></row></sheetData>',
  );
  expect(spliceRows('<sheetData/>', new Map([[2, '<row r="2"/>']]))).toBe(
    '<sheetData><row r="2"/></sheetData>',
  );
  expect(spliceRows(data, new Map())).toBe(data);
});

test('the dimension grows to hold patched cells and never shrinks', () => {
  const dim = '<dimension ref="A1:R400"/>';
  expect(widenDimension(dim, new Map([[12, '<row r="12"><c r="E12"><v>1</v></c></row>']]))).toBe(dim);
  expect(widenDimension(dim, new Map([[401, '<row r="401"><c r="T401"><v>1</v></c></row>']]))).toBe(
    '<dimension ref="A1:T401"/>',
  );
  expect(widenDimension('<dimension ref="A1"/>', new Map([[3, '']]))).toBe('<dimension ref="A1"/>');
});
