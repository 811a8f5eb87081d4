// `Link báo cáo` in `Thôn`: rewriting the villages' links leaves a row between villages that is not a village exactly as it was.
import { TAB } from '../../src/core/contract';
import { ensureBuilt } from '../bundle/ensure-built';
import { seedWorld, shownColumn } from './form-world';

beforeAll(() => ensureBuilt());

it('a formula and a text "001" in a non-village row between villages survive a link rewrite', () => {
  const w = seedWorld();
  expect(w.call('ntmBuildReportForm').ok).toBe(true);
  const villages = w.rt.spreadsheet.getSheetByName(TAB.villages)!;
  const header = villages.getRange(1, 1, 1, villages.getLastColumn()).getDisplayValues()[0];
  const linkCol = header.indexOf('Link báo cáo') + 1;
  expect(linkCol).toBeGreaterThan(0);
  // An officer splits the list in two areas: a heading row and a blank row between Trung Bằng (3) and Thịnh Bằng.
  villages.insertRowsAfter(3, 2);
  villages.getRange(4, linkCol).setFormula('=HYPERLINK("https://example.org/khu-2","Khu 2")');
  villages.getRange(5, linkCol).setNumberFormat('@').setValue('001');
  const before = {
    formula: villages.getRange(4, linkCol).getFormula(),
    shown: villages.getRange(4, linkCol).getDisplayValue(),
    typed: villages.getRange(5, linkCol).getValue(),
  };
  // Two villages' links were deleted by mistake: the first and the last village need theirs written again.
  villages.getRange(2, linkCol).setValue('');
  villages.getRange(7, linkCol).setValue('');
  const outcome = w.call('ntmBuildReportForm');
  expect(outcome).toMatchObject({ ok: true });
  expect(villages.getRange(4, linkCol).getFormula()).toBe(before.formula);
  expect(villages.getRange(4, linkCol).getDisplayValue()).toBe(before.shown);
  expect(villages.getRange(5, linkCol).getValue()).toBe(before.typed);
  const village = (link: string) => decodeURIComponent(link.split('=').pop()!.replace(/\+/g, ' '));
  const links = shownColumn(w.rt, TAB.villages, 'Link báo cáo');
  expect([links[0], links[5]].map(village)).toEqual(['Thượng Bằng', 'Hạ Bằng']);
});
