// The Ui: menus with sub-menus, alerts and prompts answered from a queue, dialogs and sidebars, no UI in triggers.
import { runtime } from './helpers';

function ui(rt: ReturnType<typeof runtime>['rt']): GoogleAppsScript.Base.Ui {
  return (rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getUi();
}

describe('menus', () => {
  it('records items and flattened sub-menu items; separators are not items but are in the layout', () => {
    const { rt } = runtime();
    const u = ui(rt);
    const sub = u
      .createMenu('Nhắc hạn')
      .addItem('Xem trước', 'previewReminders')
      .addItem('Gửi', 'sendReminders');
    u.createMenu('NTM')
      .addItem('Thiết lập', 'setupWorkbook')
      .addSeparator()
      .addSubMenu(sub)
      .addItem('Trợ giúp', 'showHelp')
      .addToUi();
    expect(rt.ui.menus).toEqual([
      {
        title: 'NTM',
        items: [
          { label: 'Thiết lập', functionName: 'setupWorkbook' },
          { label: 'Xem trước', functionName: 'previewReminders', submenu: 'Nhắc hạn' },
          { label: 'Gửi', functionName: 'sendReminders', submenu: 'Nhắc hạn' },
          { label: 'Trợ giúp', functionName: 'showHelp' },
        ],
        layout: [
          { label: 'Thiết lập', functionName: 'setupWorkbook' },
          { separator: true },
          {
            label: 'Nhắc hạn',
            submenu: [
              { label: 'Xem trước', functionName: 'previewReminders' },
              { label: 'Gửi', functionName: 'sendReminders' },
            ],
          },
          { label: 'Trợ giúp', functionName: 'showHelp' },
        ],
      },
    ]);
  });

  it('adding a menu with the same title again replaces it', () => {
    const { rt } = runtime();
    ui(rt).createMenu('NTM').addItem('A', 'a').addToUi();
    ui(rt).createMenu('NTM').addItem('B', 'b').addToUi();
    expect(rt.ui.menus).toEqual([
      {
        title: 'NTM',
        items: [{ label: 'B', functionName: 'b' }],
        layout: [{ label: 'B', functionName: 'b' }],
      },
    ]);
  });
});

describe('alerts and prompts', () => {
  it('alert(title, prompt, buttons) is recorded and answers YES by default for YES_NO', () => {
    const { rt } = runtime();
    const u = ui(rt);
    expect(u.alert('Gửi nhắc hạn', 'Gửi 3 thư?', u.ButtonSet.YES_NO)).toBe(u.Button.YES);
    expect(u.alert('Xong')).toBe(u.Button.OK);
    expect(u.alert('Chỉ nội dung', u.ButtonSet.OK_CANCEL)).toBe(u.Button.OK);
    expect(rt.ui.alerts).toEqual([
      { title: 'Gửi nhắc hạn', message: 'Gửi 3 thư?' },
      { title: '', message: 'Xong' },
      { title: '', message: 'Chỉ nội dung' },
    ]);
  });

  it('respond queues the next answers in order', () => {
    const { rt } = runtime();
    const u = ui(rt);
    rt.ui.respond('NO');
    rt.ui.respond('CANCEL');
    expect(u.alert('a', 'b', u.ButtonSet.YES_NO)).toBe(u.Button.NO);
    expect(u.alert('c', 'd', u.ButtonSet.OK_CANCEL)).toBe(u.Button.CANCEL);
    expect(u.alert('e', 'f', u.ButtonSet.YES_NO)).toBe(u.Button.YES);
  });

  it('prompt returns the queued text and button', () => {
    const { rt } = runtime();
    const u = ui(rt);
    rt.ui.respond('OK', '16/03/2023');
    const r = u.prompt('Ngày', 'Nhập ngày báo cáo', u.ButtonSet.OK_CANCEL);
    expect([r.getSelectedButton(), r.getResponseText()]).toEqual([u.Button.OK, '16/03/2023']);
    rt.ui.respond('CANCEL', 'ignored');
    expect(u.prompt('Ngày?').getResponseText()).toBe('');
  });
});

describe('dialogs', () => {
  it('modal, modeless dialogs and the sidebar record their title and HTML', () => {
    const { rt } = runtime();
    const u = ui(rt);
    const html = rt.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;
    const out = html.createHtmlOutput('<p>Xin chào</p>').append('<b>!</b>').setWidth(500).setHeight(300);
    expect([out.getWidth(), out.getHeight()]).toEqual([500, 300]);
    u.showModalDialog(out, 'Xem trước');
    u.showModelessDialog(html.createHtmlOutput('x'), 'Bên cạnh');
    u.showSidebar(html.createHtmlOutput('<i>Trợ giúp</i>').setTitle('Trợ giúp NTM'));
    expect(rt.ui.dialogs).toEqual([
      { title: 'Xem trước', html: '<p>Xin chào</p><b>!</b>' },
      { title: 'Bên cạnh', html: 'x' },
    ]);
    expect(rt.ui.sidebars).toEqual([{ title: 'Trợ giúp NTM', html: '<i>Trợ giúp</i>' }]);
  });

  it('a dialog or the sidebar takes an HtmlOutput only, as Google checks the signature', () => {
    const { rt } = runtime();
    const u = ui(rt);
    const page = '<p>x</p>' as unknown as GoogleAppsScript.HTML.HtmlOutput;
    expect(() => u.showSidebar(page)).toThrow(
      "The parameters (string) don't match the method signature for Ui.showSidebar.",
    );
    expect(() => u.showModalDialog(page, 'a')).toThrow('Ui.showModalDialog');
    expect([rt.ui.sidebars, rt.ui.dialogs]).toEqual([[], []]);
  });

  it('appendUntrusted escapes HTML', () => {
    const { rt } = runtime();
    const html = rt.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;
    expect(html.createHtmlOutput().appendUntrusted('<script>"x" & \'y\'</script>').getContent()).toBe(
      '&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;',
    );
  });
});

describe('no UI', () => {
  it('where there is no UI (triggers), getUi throws as in Apps Script; toasts still record', () => {
    const { rt } = runtime();
    rt.ui.available = false;
    expect(() => ui(rt)).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    rt.spreadsheet.toast('ok');
    expect(rt.ui.toasts).toEqual(['ok']);
    rt.ui.available = true;
    expect(ui(rt).alert('x')).toBe('OK');
  });

  it('a Ui kept from a run with a UI still opens no sidebar or dialog in a trigger', () => {
    const { rt } = runtime();
    const u = ui(rt);
    const html = rt.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;
    rt.ui.available = false;
    expect(() => u.showSidebar(html.createHtmlOutput('<p>x</p>').setTitle('Bảng điều khiển'))).toThrow(
      'Cannot call Ui.showSidebar() from this context.',
    );
    expect(() => u.showModalDialog(html.createHtmlOutput('y'), 'a')).toThrow(
      'Cannot call Ui.showModalDialog() from this context.',
    );
    expect([rt.ui.sidebars, rt.ui.dialogs]).toEqual([[], []]);
  });
});
