// One marked cell, pure: the mark painted over the person's look, the person's look recovered from the record (with what they changed since), earlier marks adopted.
import {
  adoptedEntry,
  ownLook,
  paint,
  repaintsSame,
  type Look,
  type MarkEntry,
} from '../../../src/sheets/check/mark-step';
import { ERROR_COLOR, WARNING_COLOR, markOf } from '../../../src/sheets/check/marks';

const err = markOf([{ level: 'Lỗi', message: 'sai', accepted: false }]);
const warn = markOf([{ level: 'Cảnh báo', message: 'xem lại', accepted: false }]);
const look = (background: string | null, note: string): Look => ({ background, note });

function entry(before: Look, painted: Look): MarkEntry {
  return { tab: 'Báo cáo', row: 5, col: 3, before, painted };
}

describe('paint', () => {
  it.each([
    ['a plain cell gets colour and note', look(null, ''), look(ERROR_COLOR, 'NTM: Lỗi: sai'), ERROR_COLOR],
    [
      'a person’s note is kept under the add-on’s',
      look(null, 'của tôi'),
      look(ERROR_COLOR, 'NTM: Lỗi: sai\n\ncủa tôi'),
      ERROR_COLOR,
    ],
    [
      'a person’s colour is kept; the note marks the cell',
      look('#00ff00', ''),
      look('#00ff00', 'NTM: Lỗi: sai'),
      null,
    ],
  ])('%s', (_what, own, after, painted) => {
    const p = paint(own, err);
    expect(p.look).toEqual(after);
    expect(p.painted).toEqual({ background: painted, note: after.note });
  });

  it('only accepted problems: the note, no colour', () => {
    const accepted = markOf([{ level: 'Lỗi', message: 'sai', accepted: true }]);
    expect(paint(look(null, ''), accepted).look).toEqual(look(null, 'NTM: Lỗi: sai (cán bộ đã xác nhận)'));
  });
});

describe('repaintsSame', () => {
  it('is true when the record already holds what the mark paints, false when the mark changed', () => {
    const e = entry(look(null, 'của tôi'), paint(look(null, 'của tôi'), err).painted);
    expect(repaintsSame(e, err)).toBe(true);
    expect(repaintsSame(e, warn)).toBe(false);
  });
});

describe('ownLook', () => {
  const before = look(null, 'của tôi');
  const e = entry(before, paint(before, err).painted);

  it('gives back exactly what the cell had when nobody touched the mark', () => {
    expect(ownLook(look(ERROR_COLOR, 'NTM: Lỗi: sai\n\ncủa tôi'), e)).toEqual(before);
  });

  it('keeps a colour the person set since', () => {
    expect(ownLook(look('#00ff00', 'NTM: Lỗi: sai\n\ncủa tôi'), e)).toEqual(look('#00ff00', 'của tôi'));
  });

  it('keeps the person’s edit of their part of the note, without the add-on’s paragraph', () => {
    expect(ownLook(look(ERROR_COLOR, 'NTM: Lỗi: sai\n\ncủa tôi, đã sửa'), e)).toEqual(
      look(null, 'của tôi, đã sửa'),
    );
  });

  it('keeps a note the person rewrote whole', () => {
    expect(ownLook(look(ERROR_COLOR, 'ghi chú mới'), e)).toEqual(look(null, 'ghi chú mới'));
  });

  it('a colour the add-on did not paint stays the person’s, also when they change it', () => {
    const green = entry(look('#00ff00', ''), paint(look('#00ff00', ''), err).painted);
    expect(ownLook(look('#00ff00', 'NTM: Lỗi: sai'), green)).toEqual(look('#00ff00', ''));
    expect(ownLook(look('#0000ff', 'NTM: Lỗi: sai'), green)).toEqual(look('#0000ff', ''));
  });
});

describe('adoptedEntry', () => {
  it('takes a mark made before the record: the person’s note below, the add-on’s colour as painted', () => {
    expect(adoptedEntry('T', 2, 4, look(WARNING_COLOR, 'NTM: Cảnh báo: x\n\ncủa tôi'))).toEqual({
      tab: 'T',
      row: 2,
      col: 4,
      before: look(null, 'của tôi'),
      painted: look(WARNING_COLOR, 'NTM: Cảnh báo: x\n\ncủa tôi'),
    });
    expect(adoptedEntry('T', 2, 4, look('#00ff00', 'NTM: Lỗi: sai'))?.before).toEqual(look('#00ff00', ''));
  });

  it('a note not starting "NTM: " is the person’s: no entry', () => {
    expect(adoptedEntry('T', 2, 4, look(ERROR_COLOR, 'Ghi chú NTM: của tôi'))).toBeNull();
  });
});
