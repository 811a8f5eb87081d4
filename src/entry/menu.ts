// onOpen / onInstall: the NTM menu, built from the one entry list.
import type { EntryPoint } from './entry-point';
import { addMenu } from '../sheets/ui';

export const MENU_TITLE = 'NTM';

export function menuEntries(all: () => EntryPoint[]): EntryPoint[] {
  const onOpen: EntryPoint = {
    name: 'onOpen',
    doc: ['Mở bảng tính: thêm menu NTM (chạy được cả khi chưa cấp quyền).', '@param {Object} e sự kiện mở'],
    params: ['e'],
    run: () => {
      addMenu(
        MENU_TITLE,
        all()
          .filter((e) => e.menu)
          .map((e) => ({ place: e.menu!, functionName: e.name })),
      );
    },
  };
  const onInstall: EntryPoint = {
    name: 'onInstall',
    doc: ['Cài tiện ích: dựng menu NTM như khi mở bảng tính.', '@param {Object} e sự kiện cài đặt'],
    params: ['e'],
    run: (e: unknown) => onOpen.run(e),
  };
  return [onOpen, onInstall];
}
