// Which correction requests are due: one per village with open errors, Thôn addresses only, once per problem set.
import { addMs } from '../../../src/core/zone';
import { dueCorrections, problemSetDigest } from '../../../src/core/corrections';
import type { LedgerEntry } from '../../../src/core/reminders';
import type { Model } from '../../../src/core/types';
import { validate } from '../../../src/core/validation';
import { acceptanceKey } from '../../../src/core/validation/acceptance-key';
import { at, day, END_OF_CAMPAIGN, model, village, type RowSpec } from '../validation/fixtures';

const NOW = at('23/03/2023 10:00');

/** A messy tab: Thịnh Bằng two bad rows, Trung Bằng one, Tân Bằng (no address) one, an unknown village, a clean row. */
const MESSY: RowSpec[] = [
  {
    row: 2,
    ts: '16/03/2023 08:00',
    village: 'Thịnh Bằng',
    email: 'ca.nhan@gmail.com',
    cells: { HANG_RAO: 'ba chục', VUON_CT: '2,5' },
  },
  { row: 3, ts: '17/03/2023 09:30', village: 'Trung Bằng', cells: { HANG_RAO: '-5' } },
  { row: 4, ts: '15/03/2023 07:00', village: 'thinh bang', date: '20/03/2023', cells: { HANG_RAO: '10' } },
  { row: 5, ts: '18/03/2023 10:00', village: 'Xóm Lạ', cells: { HANG_RAO: 'mười' } },
  { row: 6, ts: '18/03/2023 11:00', village: 'Tân Bằng', cells: { HANG_RAO: 'x' } },
  { row: 7, ts: '19/03/2023 11:00', village: 'Trung Bằng', cells: { RAC_THAI: 70 } },
];

function due(m: Model, ledger: LedgerEntry[] = [], accepted: string[] = []) {
  return dueCorrections({ model: m, validation: validate(m, NOW, new Set(accepted)), ledger, now: NOW });
}

function sentRow(villageName: string, digest: string, result: LedgerEntry['result']): LedgerEntry {
  return {
    time: addMs(NOW, -1000),
    week: day('23/03/2023'),
    village: villageName,
    recipients: '',
    kind: 'Yêu cầu sửa',
    result,
    key: digest,
  };
}

describe('who gets a request', () => {
  it('one per village with open errors, in Thôn order, to its Thôn addresses only; unknown villages only counted', () => {
    const d = due(model(MESSY));
    expect(d.due.map((i) => [i.village, i.recipients, i.count])).toEqual([
      ['Thịnh Bằng', ['thinhbang@x.vn', 'tb2@x.vn'], 3],
      ['Trung Bằng', ['trungbang@x.vn'], 1],
    ]);
    expect(d.unreachable.map((i) => i.village)).toEqual(['Tân Bằng']);
    // The row of Xóm Lạ: its village, and its number written in words (checked even on a row left out whole).
    expect(d.unknownVillageErrors).toBe(2);
  });

  it('a village with warnings only gets nothing; an accepted error leaves the set', () => {
    const onlyWarning: RowSpec[] = [
      {
        row: 2,
        ts: '16/03/2023 08:00',
        village: 'Thịnh Bằng',
        email: 'ca.nhan@gmail.com',
        cells: { HANG_RAO: '10' },
      },
    ];
    expect(due(model(onlyWarning)).due).toEqual([]);
    const negative: RowSpec[] = [
      { row: 2, ts: '16/03/2023 08:00', village: 'Trung Bằng', cells: { HANG_RAO: '-5' } },
    ];
    const m = model(negative);
    const key = acceptanceKey(
      'Báo cáo',
      m.reports[0].rows[0].timestampDisplay,
      'Trung Bằng',
      '[HANG_RAO] hang_rao',
      '-5',
    );
    expect(due(m).due).toHaveLength(1);
    expect(due(m, [], [key]).due).toEqual([]);
  });

  it('the reports are listed oldest first, each with its time as dd/MM/yyyy HH:mm and its problems in column order', () => {
    const item = due(model(MESSY)).due[0];
    expect(item.reports.map((r) => [r.row, r.sentAt, r.problems.map((p) => p.question)])).toEqual([
      [4, '15/03/2023 07:00', ['Ngày báo cáo']],
      [2, '16/03/2023 08:00', ['[HANG_RAO] hang_rao', '[VUON_CT] vuon_ct']],
    ]);
    expect(item.reports[0].problems[0]).toMatchObject({
      value: '20/03/2023',
      wholeRow: true,
      officerMayAccept: false,
    });
    expect(item.week).toBe(day('23/03/2023'));
  });
});

describe('the link to fix', () => {
  it('the row edit link when known, else none on the row; the village prefilled link is the item fallback; only http(s)', () => {
    const m = model(MESSY, {
      villages: [
        {
          ...village('Thịnh Bằng', ['thinhbang@x.vn', 'tb2@x.vn'], 120, 2),
          reportLink: 'https://forms.example/viewform?entry.1=Thinh',
        },
        { ...village('Trung Bằng', ['trungbang@x.vn'], 80, 3), reportLink: 'javascript:alert(1)' },
        village('Tân Bằng', [], null, 4),
      ],
    });
    m.reports[0].rows[0].editLink = 'https://forms.example/edit?r=2';
    m.reports[0].rows[2].editLink = '';
    m.reports[0].rows[1].editLink = 'https://forms.example/edit?r="3"><script>';
    const [thinh, trung] = due(m).due;
    expect(thinh.reportLink).toBe('https://forms.example/viewform?entry.1=Thinh');
    expect(thinh.reports.map((r) => r.editLink)).toEqual([null, 'https://forms.example/edit?r=2']);
    expect(trung.reportLink).toBeNull();
    expect(trung.reports[0].editLink).toBeNull();
  });
});

describe('once per problem set (ledger kind Yêu cầu sửa, keyed by village and digest)', () => {
  const m = model(MESSY);
  const first = due(m).due;
  const thinh = first[0];

  it('the digest is the set of problem keys, order-free, short', () => {
    const keys = validate(m, NOW, new Set())
      .problems.filter((p) => p.level === 'Lỗi' && [2, 4].includes(p.row))
      .map((p) => p.key);
    expect(keys).toHaveLength(3);
    expect(thinh.digest).toBe(problemSetDigest(keys));
    expect(problemSetDigest([...keys].reverse())).toBe(thinh.digest);
    expect(problemSetDigest([...keys, keys[0]])).toBe(thinh.digest);
    expect(problemSetDigest(keys.slice(1))).not.toBe(thinh.digest);
    expect(thinh.digest).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each<[LedgerEntry['result'], boolean]>([
    ['Đã gửi', false],
    ['Đang gửi', false],
    ['Lỗi', true],
  ])('a ledger row %s for the same set: sent again = %p', (result, again) => {
    const d = due(m, [sentRow('thịnh bằng', thinh.digest, result)]);
    expect(d.due.map((i) => i.village)).toEqual(again ? ['Thịnh Bằng', 'Trung Bằng'] : ['Trung Bằng']);
  });

  it('a new problem makes a new set: a new request, listing every open problem', () => {
    const more = model([
      ...MESSY,
      { row: 8, ts: '22/03/2023 08:00', village: 'Thịnh Bằng', cells: { CUNG_HOA: '0,5 tấn' } },
    ]);
    const d = due(more, [sentRow('Thịnh Bằng', thinh.digest, 'Đã gửi')]);
    expect(d.due[0]).toMatchObject({ village: 'Thịnh Bằng', count: 4 });
    expect(d.due[0].digest).not.toBe(thinh.digest);
  });

  it('a fixed set is no longer current: nothing is due for it', () => {
    const fixed = MESSY.map((r) =>
      r.row === 2
        ? { ...r, cells: { HANG_RAO: '30', VUON_CT: '2' } }
        : r.row === 4
          ? { ...r, date: '15/03/2023' }
          : r,
    );
    expect(due(model(fixed)).due.map((i) => i.village)).toEqual(['Trung Bằng']);
  });

  it('a reminder row of the same village never settles a request, nor a request row a reminder', () => {
    const reminder: LedgerEntry = {
      time: NOW,
      week: day('23/03/2023'),
      village: 'Thịnh Bằng',
      recipients: '',
      kind: 'Nhắc hạn',
      result: 'Đã gửi',
    };
    expect(due(m, [reminder]).due.map((i) => i.village)).toEqual(['Thịnh Bằng', 'Trung Bằng']);
  });
});

test('the run time places the ledger week even outside the campaign', () => {
  const m = model(MESSY);
  const late = dueCorrections({
    model: m,
    validation: validate(m, END_OF_CAMPAIGN, new Set()),
    ledger: [],
    now: at('05/01/2024 09:00'),
  });
  expect(late.due[0].week).toBe(day('11/01/2024'));
});
