// errorText: one line from anything thrown, whatever realm it comes from.
import { runInNewContext } from 'node:vm';
import { errorText } from '../../src/core/error-text';

describe('errorText', () => {
  it('takes the message of an error and puts it on one line', () => {
    expect(errorText(new Error('  Hết hạn mức\n  gửi thư  '))).toBe('Hết hạn mức gửi thư');
  });
  it('reads errors of another realm, where instanceof Error fails', () => {
    const foreign: unknown = runInNewContext('new Error("lỗi bên kia")');
    expect(foreign instanceof Error).toBe(false);
    expect(errorText(foreign)).toBe('lỗi bên kia');
  });
  it('turns other thrown values into text, and nothing into words', () => {
    expect(errorText('hỏng')).toBe('hỏng');
    expect(errorText(42)).toBe('42');
    expect(errorText(new Error(''))).toBe('lỗi không rõ');
  });
});
