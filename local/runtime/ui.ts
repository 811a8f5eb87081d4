// The spreadsheet Ui: menus, alerts and prompts (answered from a queue), dialogs and sidebars, all recorded.
import { as, countCalls, type MenuLine, type RuntimeContext } from './context';
import { Button, ButtonSet } from './enums';
import { FakeHtmlOutput } from './html-service';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type ButtonT = GoogleAppsScript.Base.Button;
type ButtonSetT = GoogleAppsScript.Base.ButtonSet;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

type MenuEntry =
  { label: string; functionName: string } | { separator: true } | { label: string; sub: FakeMenu };

const MENU_METHODS = ['addItem', 'addSeparator', 'addSubMenu', 'addToUi'] as const;

export class FakeMenu implements Pick<Menu, (typeof MENU_METHODS)[number]> {
  readonly entries: MenuEntry[] = [];
  constructor(
    readonly ctx: RuntimeContext,
    readonly title: string,
  ) {}
  addItem(caption: string, functionName: string): Menu {
    this.entries.push({ label: String(caption), functionName: String(functionName) });
    return as<Menu>(this);
  }
  addSeparator(): Menu {
    this.entries.push({ separator: true });
    return as<Menu>(this);
  }
  addSubMenu(menu: Menu): Menu {
    const sub = menu as unknown as FakeMenu;
    this.entries.push({ label: sub.title, sub });
    return as<Menu>(this);
  }
  /** The menu line by line, submenus with their own lines. */
  layout(): MenuLine[] {
    return this.entries.map((e) => ('sub' in e ? { label: e.label, submenu: e.sub.layout() } : { ...e }));
  }
  /** Records the menu (its items with sub-menu items flattened, and its layout); adding a menu of the same title again replaces it. */
  addToUi(): void {
    const items = this.entries.flatMap((e) =>
      'sub' in e
        ? e.sub.entries.flatMap((s) =>
            'functionName' in s ? [{ label: s.label, functionName: s.functionName, submenu: e.label }] : [],
          )
        : 'functionName' in e
          ? [{ label: e.label, functionName: e.functionName }]
          : [],
    );
    const menus = this.ctx.ui.menus;
    const recorded = { title: this.title, items, layout: this.layout() };
    const at = menus.findIndex((m) => m.title === this.title);
    if (at >= 0) menus.splice(at, 1, recorded);
    else menus.push(recorded);
  }
}
countCalls(FakeMenu, 'Menu', MENU_METHODS);

const UI_METHODS = [
  'alert',
  'createAddonMenu',
  'createMenu',
  'prompt',
  'showModalDialog',
  'showModelessDialog',
  'showSidebar',
] as const;

function defaultAnswer(buttons: string): string {
  return buttons.startsWith('YES') ? 'YES' : 'OK';
}

/** Reads alert/prompt arguments: (prompt), (prompt, buttons) or (title, prompt, buttons). */
function dialogArgs(
  a: string,
  b?: string | ButtonSetT,
  c?: ButtonSetT,
): { title: string; message: string; buttons: string } {
  if (c !== undefined || (typeof b === 'string' && !(b in ButtonSet)))
    return { title: String(a), message: String(b ?? ''), buttons: String(c ?? 'OK') };
  return { title: '', message: String(a), buttons: String(b ?? 'OK') };
}

export class FakeUi implements Pick<Ui, (typeof UI_METHODS)[number] | 'Button' | 'ButtonSet'> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(readonly ctx: RuntimeContext) {}
  private answer(buttons: string): { button: ButtonT; text: string } {
    const next = this.ctx.ui.answers.shift();
    return { button: (next?.button ?? defaultAnswer(buttons)) as unknown as ButtonT, text: next?.text ?? '' };
  }
  alert(a: string, b?: string | ButtonSetT, c?: ButtonSetT): ButtonT {
    const { title, message, buttons } = dialogArgs(a, b, c);
    this.ctx.ui.alerts.push({ title, message });
    return this.answer(buttons).button;
  }
  createAddonMenu(): Menu {
    return as<Menu>(new FakeMenu(this.ctx, 'Tiện ích bổ sung'));
  }
  createMenu(caption: string): Menu {
    return as<Menu>(new FakeMenu(this.ctx, String(caption)));
  }
  prompt(a: string, b?: string | ButtonSetT, c?: ButtonSetT): GoogleAppsScript.Base.PromptResponse {
    const { title, message, buttons } = dialogArgs(a, b, c);
    this.ctx.ui.alerts.push({ title, message });
    const { button, text } = this.answer(buttons);
    const pressed = String(button);
    return {
      getResponseText: () => (pressed === 'OK' || pressed === 'YES' ? text : ''),
      getSelectedButton: () => button,
    };
  }
  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.ctx.ui.dialogs.push(this.page('showModalDialog', userInterface, title));
  }
  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.ctx.ui.dialogs.push(this.page('showModelessDialog', userInterface, title));
  }
  /** The sidebar's title is the output's (setTitle); its width is the editor's 300 px, whatever setWidth said. */
  showSidebar(userInterface: HtmlOutput): void {
    this.ctx.ui.sidebars.push(this.page('showSidebar', userInterface));
  }
  /**
   * What a dialog or the sidebar shows. Refused as Google refuses it: without a UI (a trigger run, which the
   * Ui could not even be fetched in) and for anything but an HtmlOutput of HtmlService.
   */
  private page(method: string, userInterface: HtmlOutput, title?: string): { title: string; html: string } {
    if (!this.ctx.ui.available) throw new Error(`Cannot call Ui.${method}() from this context.`);
    if (!(userInterface instanceof FakeHtmlOutput))
      throw new Error(
        `The parameters (${typeof userInterface}) don't match the method signature for Ui.${method}.`,
      );
    return { title: String(title ?? userInterface.title), html: userInterface.content };
  }
}
countCalls(FakeUi, 'Ui', UI_METHODS);
