// Marks, pure: the add-on's note and colour merged with what people set; earlier marks taken away, people's own never.
import {
  ERROR_COLOR,
  WARNING_COLOR,
  changed,
  composeNote,
  markOf,
  nextLook,
  splitNote,
} from '../../../src/sheets/check/marks';

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

describe('nextLook', () => {
  const mark = markOf([err]);
  it.each([
    // [what, background now, note now, mark?, background after, note after]
    ['a plain cell gets colour and note', '#ffffff', '', mark, ERROR_COLOR, 'NTM: Lỗi: sai'],
    [
      'a person’s note is kept under the add-on’s',
      '#ffffff',
      'của tôi',
      mark,
      ERROR_COLOR,
      'NTM: Lỗi: sai\n\ncủa tôi',
    ],
    ['a person’s colour is kept (the note still marks it)', '#00ff00', '', mark, '#00ff00', 'NTM: Lỗi: sai'],
    [
      'an earlier yellow mark turns red',
      WARNING_COLOR,
      'NTM: Cảnh báo: x',
      mark,
      ERROR_COLOR,
      'NTM: Lỗi: sai',
    ],
    ['a red cell the add-on did not mark keeps its red', ERROR_COLOR, '', mark, ERROR_COLOR, 'NTM: Lỗi: sai'],
    [
      'an earlier mark is taken away when the problem is gone',
      ERROR_COLOR,
      'NTM: Lỗi: sai',
      undefined,
      null,
      '',
    ],
    ['…giving back the person’s note', ERROR_COLOR, 'NTM: Lỗi: sai\n\ncủa tôi', undefined, null, 'của tôi'],
    ['…but not a colour the person set since', '#00ff00', 'NTM: Lỗi: sai', undefined, '#00ff00', ''],
    ['a cell the add-on never marked is left alone', '#fff2cc', 'của tôi', undefined, '#fff2cc', 'của tôi'],
    ['a plain cell stays plain', '#ffffff', '', undefined, null, ''],
  ])('%s', (_what, bg, note, m, bgAfter, noteAfter) => {
    expect(nextLook(bg, note, m)).toEqual({ background: bgAfter, note: noteAfter });
  });

  it('only accepted problems: the note stays, no colour', () => {
    const accepted = markOf([{ ...err, accepted: true }]);
    expect(nextLook(ERROR_COLOR, 'NTM: Lỗi: sai', accepted)).toEqual({
      background: null,
      note: 'NTM: Lỗi: sai (cán bộ đã xác nhận)',
    });
  });

  it('changed() compares white with none and ignores case', () => {
    expect(changed('#ffffff', '', { background: null, note: '' })).toEqual({
      background: false,
      note: false,
    });
    expect(changed('#F4CCCC', 'a', { background: ERROR_COLOR, note: 'b' })).toEqual({
      background: false,
      note: true,
    });
    expect(changed('#ffffff', '', { background: WARNING_COLOR, note: '' })).toEqual({
      background: true,
      note: false,
    });
  });
});
