// Forms objects as a script sees them: items and their types, conversions, choices, validation, ids and URLs, opening a form.
import { reportForm, world } from './helpers';

describe('FormApp and Form', () => {
  it('creates a form with Google-shaped, stable URLs and opens it again by id or edit URL; an unknown one throws', () => {
    const w = world();
    const form = reportForm(w);
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform$/);
    expect(world().FormApp.create('x').getId()).toBe(w.FormApp.create('y').getId().replace(/2$/, '1'));
    expect(w.FormApp.openById(form.getId()).getTitle()).toBe('Báo cáo tiến độ NTM – xã Thử');
    expect(w.FormApp.openByUrl(form.getEditUrl()).getItems()).toHaveLength(5);
    expect(() => w.FormApp.openById('nope')).toThrow('No item with the given ID could be found');
    expect(() => w.FormApp.openByUrl('https://docs.google.com/forms/d/nope/edit')).toThrow(
      'No item with the given ID could be found',
    );
    expect(() => w.FormApp.openByUrl('not a url')).toThrow('Invalid argument: url');
    expect(w.FormApp.getActiveForm()).toBeNull();
  });

  it('settings read back as set', () => {
    const form = world().FormApp.create('F');
    expect([form.canEditResponse(), form.collectsEmail(), form.isAcceptingResponses()]).toEqual([
      false,
      false,
      true,
    ]);
    form
      .setAllowResponseEdits(true)
      .setCollectEmail(true)
      .setDescription('Mô tả')
      .setConfirmationMessage('Cảm ơn');
    expect([
      form.canEditResponse(),
      form.collectsEmail(),
      form.getDescription(),
      form.getConfirmationMessage(),
    ]).toEqual([true, true, 'Mô tả', 'Cảm ơn']);
    expect(() => form.setAllowResponseEdits('yes' as unknown as boolean)).toThrow('Invalid argument');
  });

  it('items keep their type, order, title, help text, required flag and choices; a wrong conversion throws like Google', () => {
    const w = world();
    const form = reportForm(w);
    const items = form.getItems();
    expect(items.map((i) => String(i.getType()))).toEqual([
      'LIST',
      'DATE',
      'TEXT',
      'MULTIPLE_CHOICE',
      'PARAGRAPH_TEXT',
    ]);
    expect(items.map((i) => i.getIndex())).toEqual([0, 1, 2, 3, 4]);
    expect(form.getItems(w.FormApp.ItemType.TEXT).map((i) => i.getTitle())).toEqual([
      '[HANG_RAO] Hàng rào xanh (m)',
    ]);
    const list = items[0].asListItem();
    expect(list.isRequired()).toBe(true);
    expect(list.getChoices().map((c) => c.getValue())).toEqual(['Thượng Bằng', 'Hạ Bằng']);
    expect(items[2].getHelpText()).toBe('làm được từ lần báo cáo trước');
    expect(() => items[0].asTextItem()).toThrow('Invalid conversion for item type: LIST');
    expect(
      form
        .getItemById(items[3].getId())!
        .asMultipleChoiceItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['Đạt', 'Chưa đạt']);
    expect(form.getItemById(-1)).toBeNull();
    expect(() => list.setChoiceValues([])).toThrow('Array is empty: values');
    expect(() => list.setChoiceValues(['A', 'A'])).toThrow('given twice');
    list.setChoices([list.createChoice('Mới')]);
    expect(
      form
        .getItems()[0]
        .asListItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['Mới']);
    form.moveItem(4, 0);
    expect(form.getItems().map((i) => String(i.getType()))).toEqual([
      'PARAGRAPH_TEXT',
      'LIST',
      'DATE',
      'TEXT',
      'MULTIPLE_CHOICE',
    ]);
    form.deleteItem(0);
    expect(() => items[4].getTitle()).toThrow('deleted');
    expect(() => form.deleteItem(9)).toThrow('Invalid argument: index');
  });

  it('a text validation is kept on the item and checked when a respondent submits', () => {
    const w = world();
    const form = reportForm(w);
    const v = w.FormApp.createTextValidation();
    expect(() => v.build()).toThrow('needs a rule');
    expect(() => v.requireTextMatchesPattern('([')).toThrow('Invalid regular expression');
    expect(() =>
      w.rt.forms.submit(form.getId(), { Thôn: 'Hạ Bằng', '[HANG_RAO] Hàng rào xanh (m)': 'ba trăm' }),
    ).toThrow('Invalid response to "[HANG_RAO] Hàng rào xanh (m)": Ghi một số, ví dụ 3.200 hoặc 0,5');
    form
      .getItems()[2]
      .asTextItem()
      .setValidation(w.FormApp.createTextValidation().requireWholeNumber().build());
    expect(() =>
      w.rt.forms.submit(form.getId(), { Thôn: 'Hạ Bằng', '[HANG_RAO] Hàng rào xanh (m)': '2.5' }),
    ).toThrow('does not pass');
    w.rt.forms.submit(form.getId(), { Thôn: 'Hạ Bằng', '[HANG_RAO] Hàng rào xanh (m)': '25' });
    form.getItems()[2].asTextItem().clearValidation();
    w.rt.forms.submit(form.getId(), { Thôn: 'Hạ Bằng', '[HANG_RAO] Hàng rào xanh (m)': 'ba trăm' });
    expect(form.getResponses().map((r) => r.getItemResponses()[1].getResponse())).toEqual(['25', 'ba trăm']);
  });

  it('refuses what the form refuses: a required question left blank, a value not among the choices, a bad date', () => {
    const w = world();
    const form = reportForm(w);
    expect(() => w.rt.forms.submit(form.getId(), { 'Ghi chú': 'x' })).toThrow(
      '"Thôn" is a required question.',
    );
    expect(() => w.rt.forms.submit(form.getId(), { Thôn: 'Làng Mới' })).toThrow(
      '"Làng Mới" is not a choice of "Thôn"',
    );
    expect(() =>
      w.rt.forms.submit(form.getId(), { Thôn: 'Hạ Bằng', '[NHA_VH] Nhà văn hóa': 'Xong' }),
    ).toThrow('not a choice');
    expect(() => w.rt.forms.submit(form.getId(), { Thôn: 'Hạ Bằng', 'Ngày báo cáo': '16/3' })).toThrow(
      'not a date',
    );
    expect(() => form.getItems()[0].asListItem().createResponse('Làng Mới')).toThrow('not a choice');
    form.setAcceptingResponses(false);
    expect(() => w.rt.forms.submit(form.getId(), { Thôn: 'Hạ Bằng' })).toThrow('no longer accepting');
    expect(form.getResponses()).toHaveLength(0);
  });
});
