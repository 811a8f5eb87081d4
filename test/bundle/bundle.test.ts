// dist/Code.js as Apps Script loads it: top-level functions from the entry list, no service touched on load, the NTM menu on open.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { createRuntime } from '../../local/runtime';
import { loadBundle } from '../../local/runner/bundle';
import { CODE_JS, ensureBuilt } from './ensure-built';

interface Entry {
  name: string;
  doc: string[];
  params: string[];
  action: string | null;
}

let code: string;
beforeAll(() => {
  code = ensureBuilt();
});

/** Loads the bundle into a context holding only JavaScript's own globals (no require, module, process or services). */
function bare(): vm.Context {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

describe('dist/Code.js in a bare V8 context', () => {
  it('loads without require, module, process or any Apps Script service', () => {
    const context = bare();
    expect(
      vm.runInContext('typeof require + typeof module + typeof process + typeof SpreadsheetApp', context),
    ).toBe('undefinedundefinedundefinedundefined');
    expect(typeof context.NTM).toBe('object');
  });

  it('defines a top-level function for every entry of the list, onOpen and onInstall among them', () => {
    const context = bare();
    const list = context.NTM.entryList as Entry[];
    const names = list.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['onOpen', 'onInstall']));
    for (const e of list) {
      expect(typeof context[e.name]).toBe('function');
      expect(vm.runInContext(`${e.name}.length`, context)).toBe(e.params.length);
      expect(code).toContain(`function ${e.name}(${e.params.join(', ')}) {`);
    }
  });

  it('keeps each entry JSDoc, with @customfunction on custom functions', () => {
    const context = bare();
    for (const e of context.NTM.entryList as Entry[]) {
      const doc = ['/**', ...e.doc.map((l) => ` * ${l}`.trimEnd()), ' */'].join('\n');
      expect(code).toContain(`${doc}\nfunction ${e.name}(`);
    }
  });

  it.each(['NTM_NUMBER', 'NTM_PROGRESS', 'NTM_PLANNED', 'NTM_BACKLOG', 'NTM_PER_DAY', 'NTM_WEEK'])(
    'declares the custom function %s with @customfunction in its JSDoc',
    (name) => {
      const m = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(`).exec(code);
      expect(m && m[1]).toContain('@customfunction');
      expect(typeof bare()[name]).toBe('function');
    },
  );

  it('maps each runner action to a top-level function that exists', () => {
    const context = bare();
    for (const [action, fn] of Object.entries(context.NTM.actions as Record<string, string>)) {
      expect(typeof action).toBe('string');
      expect(typeof context[fn]).toBe('function');
    }
  });
});

describe('dist/Code.js with the in-memory services', () => {
  it('builds the NTM menu on open: its items call top-level functions, and every runner action is on it', () => {
    const runtime = createRuntime();
    const bundle = loadBundle(runtime.globals, () => Date.UTC(2023, 3, 6, 8), CODE_JS);
    bundle.call('onOpen', { authMode: 'NONE' });
    const menu = runtime.ui.menus.find((m) => m.title === 'NTM');
    expect(menu).toBeDefined();
    const items = menu!.items.map((i) => i.functionName);
    const context = bare();
    for (const fn of items) expect(typeof context[fn]).toBe('function');
    expect(items).toEqual(
      expect.arrayContaining(Object.values(context.NTM.actions as Record<string, string>)),
    );
  });

  it('the manifest asks for the scopes the add-on uses and no other: the forms scope only for the report form', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(path.dirname(CODE_JS), 'appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/userinfo.email',
      'https://www.googleapis.com/auth/forms',
    ]);
    const code = fs.readFileSync(CODE_JS, 'utf8');
    expect(code).toContain('FormApp.');
    expect(code).not.toMatch(/\b(DriveApp|GmailApp|UrlFetchApp|DocumentApp)\./);
  });

  it('the NTM menu reads as an officer works: the weekly work, then Tự động, then the workbook’s care', () => {
    const runtime = createRuntime();
    loadBundle(runtime.globals, () => 0, CODE_JS).call('onOpen', { authMode: 'NONE' });
    const item = (label: string, functionName: string) => ({ label, functionName });
    expect(runtime.ui.menus.find((m) => m.title === 'NTM')!.layout).toEqual([
      item('Thiết lập / sửa sổ theo dõi', 'setupWorkbook'),
      item('Tạo / cập nhật biểu mẫu báo cáo', 'ntmBuildReportForm'),
      item('Kiểm tra dữ liệu', 'ntmValidate'),
      item('Bảng điều khiển', 'ntmOpenDashboard'),
      item('Tổng hợp tuần', 'menuRollup'),
      item('Tổng hợp tuần trước', 'menuRollupPreviousWeek'),
      item('Xuất báo cáo tuần', 'menuWeeklyReport'),
      item('Báo cáo tuần trước', 'menuWeeklyReportPreviousWeek'),
      item('Báo cáo tháng', 'menuMonthlyReport'),
      item('Gửi báo cáo tuần', 'menuSendWeeklyReport'),
      item('Xem trước nhắc hạn', 'ntmPreviewReminders'),
      item('Gửi nhắc hạn', 'ntmSendReminders'),
      item('Gửi yêu cầu sửa số liệu', 'ntmSendCorrections'),
      item('Xuất dữ liệu cho tỉnh', 'menuExportForProvince'),
      { separator: true },
      {
        label: 'Tự động',
        submenu: [
          item('Bật kiểm tra khi có báo cáo mới', 'ntmEnableCheckOnSubmit'),
          item('Tắt kiểm tra khi có báo cáo mới', 'ntmDisableCheckOnSubmit'),
          item('Bật nhắc hạn tự động (mỗi giờ)', 'ntmInstallReminderTrigger'),
          item('Tắt nhắc hạn tự động', 'ntmRemoveReminderTrigger'),
        ],
      },
      { separator: true },
      item('Xóa dữ liệu mẫu', 'removeExampleData'),
      {
        label: 'Hướng dẫn',
        submenu: [item('Đọc hướng dẫn', 'showGuide'), item('Tự kiểm tra', 'ntmSelfTest')],
      },
    ]);
    expect(runtime.calls).toEqual({
      'SpreadsheetApp.getUi': 1,
      'Ui.createMenu': 3,
      'Menu.addItem': 21,
      'Menu.addSeparator': 2,
      'Menu.addSubMenu': 2,
      'Menu.addToUi': 1,
    });
  });

  it('onInstall builds the same menu', () => {
    const a = createRuntime();
    loadBundle(a.globals, () => 0, CODE_JS).call('onOpen', {});
    const b = createRuntime();
    loadBundle(b.globals, () => 0, CODE_JS).call('onInstall', {});
    expect(b.ui.menus).toEqual(a.ui.menus);
  });
});
