// Tests of the `Biểu mẫu` value: written with both links, read back for the form's id and the link to fill in, also when typed by hand.
import { fillUrlIn, formIdsIn, formLinksText, linksIn } from '../../../src/core/forms';

const FILL = 'https://docs.google.com/forms/d/e/1FAIpQLSdAbCdEfGh/viewform';
const EDIT = 'https://docs.google.com/forms/d/1AbCdEfGhIjKlMnOp_qr-st/edit';

test('written: the link to fill in, then the link to edit, each after its label', () => {
  expect(formLinksText(FILL, EDIT)).toBe(`Điền báo cáo: ${FILL}\nSửa biểu mẫu (cán bộ): ${EDIT}`);
});

test('read back: the form id comes from the edit link, the fill link from its label', () => {
  const text = formLinksText(FILL, EDIT);
  expect(formIdsIn(text)).toEqual(['1AbCdEfGhIjKlMnOp_qr-st']);
  expect(fillUrlIn(text)).toBe(FILL);
});

test.each<[string, string[], string | null]>([
  [EDIT, ['1AbCdEfGhIjKlMnOp_qr-st'], null],
  [FILL, [], FILL],
  [`${EDIT}; ${FILL}.`, ['1AbCdEfGhIjKlMnOp_qr-st'], FILL],
  [
    'https://docs.google.com/forms/d/1AbCdEfGhIjKlMnOp_qr-st/viewform?usp=sf_link',
    ['1AbCdEfGhIjKlMnOp_qr-st'],
    'https://docs.google.com/forms/d/1AbCdEfGhIjKlMnOp_qr-st/viewform?usp=sf_link',
  ],
  ['chưa có', [], null],
  ['', [], null],
])('typed by hand %j', (text, ids, fill) => {
  expect(formIdsIn(text)).toEqual(ids);
  expect(fillUrlIn(text)).toBe(fill);
});

test('links end before spaces, quotes and a closing punctuation mark', () => {
  expect(linksIn(`(xem ${FILL}), "${EDIT}"`)).toEqual([FILL, EDIT]);
});
