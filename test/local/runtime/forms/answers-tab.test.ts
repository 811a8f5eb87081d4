// The answers tab a linked form makes and keeps: its name and header, rows per response, and columns that follow the questions.
import { reportForm, shown, START, world } from './helpers';

const HOUR = 3600000;

describe('the answers tab of a linked form', () => {
  it('setDestination makes `Câu trả lời biểu mẫu 1` first, with the timestamp, then one column per question in order', () => {
    const w = world();
    const form = reportForm(w);
    form.setDestination(w.FormApp.DestinationType.SPREADSHEET, w.ss.getId());
    const tab = w.ss.getSheets()[0];
    expect(tab.getName()).toBe('Câu trả lời biểu mẫu 1');
    expect(shown(tab)).toEqual([
      [
        'Dấu thời gian',
        'Thôn',
        'Ngày báo cáo',
        '[HANG_RAO] Hàng rào xanh (m)',
        '[NHA_VH] Nhà văn hóa',
        'Ghi chú',
      ],
    ]);
    expect(tab.getFrozenRows()).toBe(1);
    expect(tab.getFormUrl()).toBe(form.getEditUrl());
    expect(w.ss.getFormUrl()).toBe(form.getEditUrl());
    expect(w.ss.getSheets()[1].getFormUrl()).toBeNull();
    expect(form.getDestinationId()).toBe(w.ss.getId());
    expect(String(form.getDestinationType())).toBe('SPREADSHEET');
  });

  it('in an English spreadsheet the tab is `Form Responses 1`; a collected email comes right after the timestamp', () => {
    const w = world('en_US');
    const form = w.FormApp.create('F').setCollectEmail(true);
    form.addTextItem().setTitle('Village');
    form.setDestination(w.FormApp.DestinationType.SPREADSHEET, w.ss.getId());
    expect(w.ss.getSheets()[0].getName()).toBe('Form Responses 1');
    expect(shown(w.ss.getSheets()[0])).toEqual([['Timestamp', 'Email Address', 'Village']]);
  });

  it('a submitted response is one new row: the time in the sheet zone, a date answer as a date, the rest as if typed', () => {
    const w = world();
    const form = reportForm(w);
    form.setDestination(w.FormApp.DestinationType.SPREADSHEET, w.ss.getId());
    w.setNow(START + 5 * 60000 + 7000);
    const r = w.rt.forms.submit(form.getId(), {
      Thôn: 'Hạ Bằng',
      'Ngày báo cáo': '2023-03-16',
      '[HANG_RAO] Hàng rào xanh (m)': '3.200',
      '[NHA_VH] Nhà văn hóa': 'Đạt',
      'Ghi chú': 'Bà con góp ngày công',
    });
    expect(r.row).toBe(2);
    const tab = w.ss.getSheetByName('Câu trả lời biểu mẫu 1')!;
    expect(shown(tab)[1]).toEqual([
      '20/03/2023 10:05:07',
      'Hạ Bằng',
      '16/03/2023',
      '3.200',
      'Đạt',
      'Bà con góp ngày công',
    ]);
    const values = tab.getRange(2, 1, 1, 6).getValues()[0];
    expect((values[0] as Date).getTime()).toBe(START + 5 * 60000 + 7000);
    expect((values[2] as Date).getTime()).toBe(Date.UTC(2023, 2, 15, 17));
    expect(values[3]).toBe(3200);
    expect(values[5]).toBe('Bà con góp ngày công');
  });

  it('a new question gets a column at the right, a renamed one is retitled, a deleted one keeps its column and answers', () => {
    const w = world();
    const form = reportForm(w);
    form.setDestination(w.FormApp.DestinationType.SPREADSHEET, w.ss.getId());
    w.rt.forms.submit(form.getId(), {
      Thôn: 'Thượng Bằng',
      '[HANG_RAO] Hàng rào xanh (m)': '120',
      '[NHA_VH] Nhà văn hóa': 'Chưa đạt',
    });
    const tab = w.ss.getSheetByName('Câu trả lời biểu mẫu 1')!;
    // A column the script adds to the right of the form's columns (e.g. edit links).
    tab.getRange(1, 7, 2, 1).setValues([['Link sửa'], ['x']]);
    form.getItems()[2].setTitle('[HANG_RAO] Hàng rào cây xanh (m)');
    form.deleteItem(form.getItems()[3]);
    form.addTextItem().setTitle('[DUONG] Đường bê tông (km)');
    expect(shown(tab)).toEqual([
      [
        'Dấu thời gian',
        'Thôn',
        'Ngày báo cáo',
        '[HANG_RAO] Hàng rào cây xanh (m)',
        '[NHA_VH] Nhà văn hóa',
        'Ghi chú',
        '[DUONG] Đường bê tông (km)',
        'Link sửa',
      ],
      ['20/03/2023 10:00:00', 'Thượng Bằng', '', '120', 'Chưa đạt', '', '', 'x'],
    ]);
    w.setNow(START + HOUR);
    w.rt.forms.submit(form.getId(), { Thôn: 'Hạ Bằng', '[DUONG] Đường bê tông (km)': '0,5' });
    expect(shown(tab)[2]).toEqual(['20/03/2023 11:00:00', 'Hạ Bằng', '', '', '', '', '0,5', '']);
    expect(() => w.rt.forms.submit(form.getId(), { Thôn: 'Hạ Bằng', '[NHA_VH] Nhà văn hóa': 'Đạt' })).toThrow(
      'No question titled "[NHA_VH] Nhà văn hóa"',
    );
  });

  it('linking again makes a new tab; the old one stays with its rows and no longer has a form', () => {
    const w = world();
    const form = reportForm(w);
    form.setDestination(w.FormApp.DestinationType.SPREADSHEET, w.ss.getId());
    w.rt.forms.submit(form.getId(), { Thôn: 'Hạ Bằng' });
    form.setDestination(w.FormApp.DestinationType.SPREADSHEET, w.ss.getId());
    const [second, first] = w.ss.getSheets();
    expect([second.getName(), first.getName()]).toEqual(['Câu trả lời biểu mẫu 2', 'Câu trả lời biểu mẫu 1']);
    expect(shown(second)[1][1]).toBe('Hạ Bằng');
    expect(first.getLastRow()).toBe(2);
    expect(first.getFormUrl()).toBeNull();
    form.removeDestination();
    expect(second.getFormUrl()).toBeNull();
    expect(() => form.getDestinationId()).toThrow('no response destination');
    expect(w.ss.getSheets()).toHaveLength(3);
  });
});
