// docs/export.md: RFC 4180 fields and records, formula injection neutralised in text, numbers in machine form.
import { csvField, guardFormula, toCsv } from '../../../src/core/export';

describe('guardFormula', () => {
  it.each(['=1+1', '+84 912', '-2', '@SUM(A1)', '\tx', '\rx'])('puts an apostrophe before %j', (t) => {
    expect(guardFormula(t)).toBe(`'${t}`);
  });
  it.each(['Thôn 1', "'=already", ' =space first', '1=1', ''])('leaves %j as it is', (t) => {
    expect(guardFormula(t)).toBe(t);
  });
});

describe('csvField', () => {
  it('quotes a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
  });
  it('guards before quoting', () => {
    expect(csvField('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
  });
  it('writes numbers with a dot and no grouping, negatives unguarded, blank for null or non-finite', () => {
    expect([csvField(3200), csvField(0.25), csvField(-5), csvField(null), csvField(NaN)]).toEqual([
      '3200',
      '0.25',
      '-5',
      '',
      '',
    ]);
  });
  it('keeps Vietnamese text as it is (UTF-8 is the file encoding)', () => {
    expect(csvField('Đông Sơn')).toBe('Đông Sơn');
  });
});

describe('toCsv', () => {
  it('ends every record, the last one included, with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [null, 'y,z'],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n,"y,z"\r\n');
  });
});
