// Marks, pure: the add-on's colour and note lines for a cell's problems, and its note paragraph above the person's.
import { ERROR_COLOR, WARNING_COLOR, composeNote, markOf, splitNote } from '../../../src/sheets/check/marks';

const err = { level: 'Lỗi' as const, message: 'sai', accepted: false };
const warn = { level: 'Cảnh báo' as const, message: 'xem lại', accepted: false };

describe('markOf', () => {
  it.each([
    ['an error', [err], ERROR_COLOR],
    ['a warning', [warn], WARNING_COLOR],
    ['an error and a warning', [warn, err], ERROR_COLOR],
    ['an accepted error and a warning', [{ ...err, accepted: true }, warn], WARNING_COLOR],
    ['only accepted problems', [{ ...err, accepted: true }], null],
  ])('%s', (_what, problems, color) => {
    expect(markOf(problems).color).toBe(color);
  });

  it('one line per problem, level first, accepted ones said so, line breaks of a message flattened', () => {
    expect(markOf([err, { ...warn, message: 'hai\n dòng', accepted: true }]).lines).toEqual([
      'Lỗi: sai',
      'Cảnh báo: hai dòng (cán bộ đã xác nhận)',
    ]);
  });
});

describe('notes', () => {
  it('the add-on part is the first paragraph of a note starting "NTM: "', () => {
    expect(splitNote('NTM: Lỗi: sai')).toEqual({ ours: true, theirs: '' });
    expect(splitNote('NTM: Lỗi: sai\nCảnh báo: x\n\nghi chú của tôi\n\nđoạn 2')).toEqual({
      ours: true,
      theirs: 'ghi chú của tôi\n\nđoạn 2',
    });
    expect(splitNote('ghi chú của tôi')).toEqual({ ours: false, theirs: 'ghi chú của tôi' });
    expect(splitNote('Ghi chú NTM: không phải của tiện ích')).toEqual({
      ours: false,
      theirs: 'Ghi chú NTM: không phải của tiện ích',
    });
  });

  it('compose then split gives the person their note back', () => {
    const note = composeNote(markOf([err]), 'ghi chú của tôi');
    expect(note).toBe('NTM: Lỗi: sai\n\nghi chú của tôi');
    expect(splitNote(note).theirs).toBe('ghi chú của tôi');
  });
});
