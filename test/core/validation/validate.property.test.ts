import * as fc from 'fast-check';
import { validate } from '../../../src/core/validation';
import { at, END_OF_CAMPAIGN, model, type RowSpec } from './fixtures';

const typed = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    'ba',
    '3.200',
    '0,5 km',
    '-1',
    '1e400',
    'NaN',
    'Infinity',
    '=1+1',
    'Đạt',
    'x',
    '2,5',
    '0.500',
    '150',
  ),
  fc.double({ noNaN: false }),
  fc.boolean(),
);

const rowSpec = fc.record({
  tab: fc.constantFrom('A', 'B'),
  row: fc.constant(0),
  ts: fc.oneof(
    fc.constantFrom('16/03/2023 08:00', '17/03/2023 15:00', '01/07/2023 09:00', '10/03/2023 08:00'),
    fc.string(),
  ),
  village: fc.oneof(fc.constantFrom('Thịnh Bằng', 'trung bang', 'Tân Bằng', 'Ai'), fc.string()),
  date: fc.oneof(fc.constantFrom('', '16/3', '2023-03-15', '31/12/2023'), fc.string()),
  email: fc.option(fc.string(), { nil: undefined }),
  photo: fc.option(fc.constantFrom('', 'link'), { nil: undefined }),
  cells: fc.record({
    HANG_RAO: typed,
    CUNG_HOA: typed,
    VUON_CT: typed,
    RAC_THAI: typed,
    NUOC_THAI: typed,
    KDC_KM: typed,
  }),
}) as fc.Arbitrary<RowSpec>;

describe('validate on anything people may type', () => {
  it('never throws, counts only finite numbers, and explains every problem', () => {
    fc.assert(
      fc.property(fc.array(rowSpec, { maxLength: 12 }), fc.boolean(), (rows, early) => {
        const m = model(rows.map((x, i) => ({ ...x, row: i + 2 })));
        const r = validate(m, early ? at('20/03/2023 00:00') : END_OF_CAMPAIGN, new Set(['x']));
        for (const row of r.rows) {
          for (const v of Object.values(row.amounts)) expect(Number.isFinite(v)).toBe(true);
          expect(Number.isFinite(row.week)).toBe(true);
        }
        for (const p of r.problems) {
          expect(p.message.length).toBeGreaterThan(10);
          const ownWords = p.message
            .split(p.value.trim())
            .join('')
            .replace(/"[^"]*"/g, '');
          expect(ownWords).not.toMatch(/NaN|undefined|\[object/);
          if (p.wholeRow) expect(p.accepted).toBe(false);
        }
        const counted = new Set(r.rows.map((x) => `${x.tab}!${x.row}`));
        for (const p of r.problems) if (p.wholeRow) expect(counted.has(`${p.tab}!${p.row}`)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
