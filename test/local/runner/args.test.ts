// The runner's command line and its --as-of time.
import { DEFAULT_ACTIONS, KNOWN_ACTIONS, USAGE, parseArgs, parseAsOf } from '../../../local/runner/args';

describe('runner arguments', () => {
  it('reads every flag, with a space or an equals sign', () => {
    expect(
      parseArgs([
        '--workbook',
        'a.xlsx',
        '--as-of=2023-04-06T15:00',
        '--actions',
        'validate, rollup',
        '--out',
        'kq',
      ]),
    ).toEqual({
      ok: true,
      args: {
        workbook: 'a.xlsx',
        asOf: '2023-04-06T15:00',
        actions: ['validate', 'rollup'],
        out: 'kq',
        inPlace: false,
        resend: false,
        help: false,
        provinceDemo: false,
      },
    });
  });

  it('reads --province DIR and --province-demo, and refuses them beside --workbook or --in-place', () => {
    expect(parseArgs(['--province', 'xa', '--out', 'tinh'])).toMatchObject({
      ok: true,
      args: { province: 'xa', out: 'tinh', provinceDemo: false },
    });
    expect(parseArgs(['--province-demo'])).toMatchObject({
      ok: true,
      args: { provinceDemo: true, out: 'out' },
    });
    for (const bad of [
      ['--province', 'xa', '--workbook', 'a.xlsx'],
      ['--province-demo', '--in-place'],
    ])
      expect(parseArgs(bad)).toEqual({
        ok: false,
        error:
          '--province và --province-demo (cấp tỉnh) không dùng cùng --workbook hay --in-place (cấp xã): hãy chạy riêng.',
      });
  });

  it('reads --resend (no value) and --month previous or MM/yyyy, refusing another month text', () => {
    const r = parseArgs(['--workbook', 'a.xlsx', '--resend', '--month', '04/2023']);
    expect(r.ok && [r.args.resend, r.args.month]).toEqual([true, '04/2023']);
    const p = parseArgs(['--workbook', 'a.xlsx', '--month=previous']);
    expect(p.ok && p.args.month).toBe('previous');
    for (const bad of ['13/2023', '2023-04', 'tháng 4'])
      expect(parseArgs(['--workbook', 'a.xlsx', '--month', bad])).toEqual({
        ok: false,
        error: `--month "${bad}" không đúng dạng: hãy ghi previous (tháng trước) hoặc tháng MM/yyyy, ví dụ --month 04/2023.`,
      });
    expect(USAGE).toContain('--resend');
  });

  it('reads --in-place (no value) and refuses it with --out, whichever comes first', () => {
    const r = parseArgs(['--workbook', 'a.xlsx', '--in-place']);
    expect(r.ok && r.args.inPlace).toBe(true);
    const refusal = {
      ok: false,
      error:
        '--in-place (ghi đè lên tệp đầu vào) và --out (ghi vào thư mục khác) không dùng cùng nhau: hãy bỏ một trong hai.',
    };
    expect(parseArgs(['--workbook', 'a.xlsx', '--out', 'kq', '--in-place'])).toEqual(refusal);
    expect(parseArgs(['--in-place', '--out=out', '--workbook', 'a.xlsx'])).toEqual(refusal);
    expect(USAGE).toContain('--in-place');
  });

  it('defaults to out/ and the default actions; an empty --actions means none', () => {
    const plain = parseArgs(['--workbook', 'a.xlsx']);
    expect(plain.ok && plain.args.out).toBe('out');
    expect(plain.ok && plain.args.actions).toBeUndefined();
    const none = parseArgs(['--workbook', 'a.xlsx', '--actions', '']);
    expect(none.ok && none.args.actions).toEqual([]);
    expect(DEFAULT_ACTIONS.every((a) => (KNOWN_ACTIONS as readonly string[]).includes(a))).toBe(true);
  });

  it('refuses an unknown action, naming it and the known ones', () => {
    const r = parseArgs(['--workbook', 'a.xlsx', '--actions', 'validate,tong-hop']);
    expect(r).toEqual({
      ok: false,
      error: `Thao tác không có: tong-hop. Các thao tác là: ${KNOWN_ACTIONS.join(', ')}.`,
    });
  });

  it('refuses an unknown flag and a flag without its value', () => {
    expect(parseArgs(['--workbok', 'a.xlsx']).ok).toBe(false);
    expect(parseArgs(['--workbook'])).toEqual({ ok: false, error: 'Thiếu giá trị sau --workbook.' });
  });
});

describe('--as-of', () => {
  it('gives the wall-clock time typed, whatever the process zone', () => {
    expect(parseAsOf('2023-04-06T15:00')!.toISOString()).toBe('2023-04-06T15:00:00.000Z');
    expect(parseAsOf('2023-04-06 15:00:30')!.toISOString()).toBe('2023-04-06T15:00:30.000Z');
    expect(parseAsOf('2023-04-06')!.toISOString()).toBe('2023-04-06T00:00:00.000Z');
  });

  it.each(['06/04/2023 15:00', '2023-02-30T10:00', '2023-04-06T24:00', 'hôm nay'])('refuses %s', (text) => {
    expect(parseAsOf(text)).toBeNull();
  });
});
