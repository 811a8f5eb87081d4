// onOpen / onInstall: the NTM menu, built from the one entry list (sections in MENU_SECTIONS order, items in list order).
import { addMenu, type MenuItem } from '../sheets/ui';
import { MENU_SECTIONS, type EntryPoint, type MenuSection } from './entry-point';

export const MENU_TITLE = 'NTM';

function sectionOf(e: EntryPoint): MenuSection {
  return e.menu!.section ?? (e.menu!.submenu ? 'automation' : 'work');
}

/** The menu items, one list per non-empty section, top to bottom. */
export function menuSections(entries: EntryPoint[]): MenuItem[][] {
  const items = entries.filter((e) => e.menu);
  return MENU_SECTIONS.map((section) =>
    items
      .filter((e) => sectionOf(e) === section)
      .map((e) => ({ label: e.menu!.label, submenu: e.menu!.submenu, functionName: e.name })),
  ).filter((s) => s.length > 0);
}

export function menuEntries(all: () => EntryPoint[]): EntryPoint[] {
  const onOpen: EntryPoint = {
    name: 'onOpen',
    doc: ['Mở bảng tính: thêm menu NTM (chạy được cả khi chưa cấp quyền).', '@param {Object} e sự kiện mở'],
    params: ['e'],
    run: () => addMenu(MENU_TITLE, menuSections(all())),
  };
  const onInstall: EntryPoint = {
    name: 'onInstall',
    doc: ['Cài tiện ích: dựng menu NTM như khi mở bảng tính.', '@param {Object} e sự kiện cài đặt'],
    params: ['e'],
    run: (e: unknown) => onOpen.run(e),
  };
  return [onOpen, onInstall];
}
