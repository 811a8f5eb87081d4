// Table tests of the form sync plan: created, retitled, re-choiced, deleted, moved, kept; applying it then planning again plans nothing.
import fc from 'fast-check';
import {
  desiredForm,
  planFormSync,
  validationKey,
  type CurrentForm,
  type CurrentItem,
  type FormSpec,
  type SyncOp,
} from '../../../src/core/forms';
import { readModel } from '../../../src/core/model';
import type { Indicator, Model, Village } from '../../../src/core/types';
import { seedTabs } from '../model/helpers';

function seedModel(): Model {
  const { model } = readModel(seedTabs());
  if (!model) throw new Error('the seed workbook has no model');
  return model;
}

const spec = (m: Model, villages: Village[] = m.villages, indicators: Indicator[] = m.indicators) =>
  desiredForm(m.settings, villages, indicators);

/** The form exactly as the spec wants it, with ids 1…n (what a finished sync leaves). */
function formOf(s: FormSpec): CurrentForm {
  return {
    title: s.title,
    description: s.description,
    items: s.items.map((i, n) => ({
      id: n + 1,
      title: i.title,
      type: i.type,
      helpText: i.helpText,
      required: i.required,
      choices: i.choices ? [...i.choices] : undefined,
      validation: i.validation ? validationKey(i.validation) : null,
    })),
  };
}

/** Applies a plan as the adapter does (deletes, updates, creates appended, moves to final index); new ids from 1000. */
function apply(form: CurrentForm, ops: SyncOp[]): CurrentForm {
  let items: (CurrentItem & { key?: string })[] = form.items.map((i) => ({ ...i }));
  let next = 1000;
  const out = { ...form };
  for (const op of ops) {
    if (op.op === 'form')
      Object.assign(
        out,
        op.title !== undefined ? { title: op.title } : {},
        op.description !== undefined ? { description: op.description } : {},
      );
    else if (op.op === 'delete') items = items.filter((i) => i.id !== op.id);
    else if (op.op === 'update') {
      const it = items.find((i) => i.id === op.id)!;
      const { validation, ...rest } = op.changes;
      Object.assign(it, rest);
      if (validation !== undefined) it.validation = validation === null ? null : validationKey(validation);
    } else if (op.op === 'create') {
      const i = op.item;
      items.push({
        id: next++,
        key: i.key,
        title: i.title,
        type: i.type,
        helpText: i.helpText,
        required: i.required,
        choices: i.choices && [...i.choices],
        validation: i.validation ? validationKey(i.validation) : null,
      });
    } else {
      const from = items.findIndex((i) =>
        'id' in op.ref ? i.id === op.ref.id : i.key === op.ref.key && i.id >= 1000,
      );
      const [it] = items.splice(from, 1);
      items.splice(op.to, 0, it);
    }
  }
  return { ...out, items: items.map(({ key: _k, ...i }) => i) };
}

const kinds = (ops: SyncOp[]) => ops.map((o) => o.op);

describe('planFormSync', () => {
  const m = seedModel();
  const wanted = spec(m);

  test('an empty new form: the title, the description and every question, created in order, nothing to move', () => {
    const ops = planFormSync(
      { title: 'Báo cáo tiến độ NTM – xã Sơn Bằng', description: '', items: [] },
      wanted,
    );
    expect(ops[0]).toEqual({ op: 'form', description: wanted.description });
    expect(ops.slice(1).map((o) => (o.op === 'create' ? o.item.title : o.op))).toEqual(
      wanted.items.map((i) => i.title),
    );
  });

  test('a form that matches plans nothing', () => {
    expect(planFormSync(formOf(wanted), wanted)).toEqual([]);
  });

  test('a new indicator: one question created and moved before Ảnh; nothing else changes', () => {
    const extra: Indicator = {
      ...m.indicators[3],
      code: 'CAY_XANH',
      name: 'Trồng cây xanh',
      unit: 'cây',
      row: 99,
    };
    const after = spec(m, m.villages, [...m.indicators.slice(0, 4), extra, ...m.indicators.slice(4)]);
    const ops = planFormSync(formOf(wanted), after);
    expect(kinds(ops)).toEqual(['create', 'move']);
    expect(ops[0]).toMatchObject({
      op: 'create',
      item: { title: '[CAY_XANH] Trồng cây xanh (cây)', type: 'TEXT' },
    });
    expect(ops[1]).toEqual({ op: 'move', ref: { key: '[CAY_XANH]' }, to: 6 });
  });

  test('a renamed indicator or a new unit retitles its question (same id); the help text follows the unit', () => {
    const renamed = m.indicators.map((i) =>
      i.code === 'HANG_RAO' ? { ...i, name: 'Hàng rào xanh trồng mới', unit: 'km' } : i,
    );
    const ops = planFormSync(formOf(wanted), spec(m, m.villages, renamed));
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({
      op: 'update',
      id: 6,
      key: '[HANG_RAO]',
      from: '[HANG_RAO] Trồng hàng rào xanh (m)',
      changes: {
        title: '[HANG_RAO] Hàng rào xanh trồng mới (km)',
        helpText: expect.stringContaining('(km)'),
      },
    });
  });

  test('a removed indicator: its question is deleted, the others stay where they are', () => {
    const ops = planFormSync(
      formOf(wanted),
      spec(
        m,
        m.villages,
        m.indicators.filter((i) => i.code !== 'VUON_CT'),
      ),
    );
    expect(ops).toEqual([{ op: 'delete', id: 4, title: '[VUON_CT] Cải tạo vườn (vườn)', reason: 'removed' }]);
  });

  test('a new village and a removed one: the village list follows Thôn', () => {
    const villages = [...m.villages.slice(1), { ...m.villages[0], name: 'Đông Bằng', row: 8 }];
    const ops = planFormSync(formOf(wanted), spec(m, villages));
    expect(ops).toEqual([
      {
        op: 'update',
        id: 1,
        key: 'village',
        from: 'Thôn',
        changes: { choices: ['Trung Bằng', 'Thịnh Bằng', 'Hạ Bằng', 'Tân Bằng', 'Đông Bằng'] },
      },
    ]);
  });

  test('an indicator whose Loại becomes Đạt/Chưa: the short answer is deleted and a multiple choice made in its place', () => {
    const changed = m.indicators.map((i) => (i.code === 'NHA_VS' ? { ...i, kind: 'Đạt/Chưa' as const } : i));
    const ops = planFormSync(formOf(wanted), spec(m, m.villages, changed));
    expect(kinds(ops)).toEqual(['delete', 'create', 'move']);
    expect(ops[0]).toMatchObject({ reason: 'type', id: 10 });
    expect(ops[1]).toMatchObject({
      item: { key: '[NHA_VS]', type: 'MULTIPLE_CHOICE', choices: ['Đạt', 'Chưa đạt'] },
    });
    expect(ops[2]).toEqual({ op: 'move', ref: { key: '[NHA_VS]' }, to: 9 });
  });

  test('a hand-made form: other names of a column and an indicator titled by its Nội dung are adopted and retitled, not replaced', () => {
    const hand = formOf(wanted);
    hand.items[0].title = 'Tên thôn';
    hand.items[3].title = 'Cải tạo vườn';
    const ops = planFormSync(hand, wanted);
    expect(ops).toEqual([
      { op: 'update', id: 1, key: 'village', from: 'Tên thôn', changes: { title: 'Thôn' } },
      {
        op: 'update',
        id: 4,
        key: '[VUON_CT]',
        from: 'Cải tạo vườn',
        changes: { title: '[VUON_CT] Cải tạo vườn (vườn)' },
      },
    ]);
  });

  test('a question the officer added is kept untouched, after the managed ones', () => {
    const own = formOf(wanted);
    own.items.splice(2, 0, {
      id: 77,
      title: 'Người báo cáo',
      type: 'TEXT',
      helpText: '',
      required: true,
      validation: null,
    });
    const ops = planFormSync(own, wanted);
    expect(ops).toEqual([{ op: 'move', ref: { id: 77 }, to: wanted.items.length }]);
  });

  test('a second question for one indicator is deleted (both would be counted)', () => {
    const twice = formOf(wanted);
    twice.items.push({ ...twice.items[5], id: 50, title: '[HANG_RAO] Hàng rào' });
    expect(planFormSync(twice, wanted)).toEqual([
      { op: 'delete', id: 50, title: '[HANG_RAO] Hàng rào', reason: 'duplicate' },
    ]);
  });

  test('validation not known (never set by the add-on) is set; a validation no longer wanted is cleared', () => {
    const f = formOf(wanted);
    f.items[5].validation = undefined;
    f.items[13].validation = 'old';
    const ops = planFormSync(f, wanted);
    expect(ops).toEqual([
      {
        op: 'update',
        id: 6,
        key: '[HANG_RAO]',
        from: f.items[5].title,
        changes: { validation: wanted.items[5].validation },
      },
      { op: 'update', id: 14, key: 'photo', from: 'Ảnh', changes: { validation: null } },
    ]);
  });

  test('a question made optional or required by hand, or its help text edited, is put back', () => {
    const f = formOf(wanted);
    f.items[0].required = false;
    f.items[1].helpText = 'tự sửa';
    expect(planFormSync(f, wanted)).toEqual([
      { op: 'update', id: 1, key: 'village', from: 'Thôn', changes: { required: true } },
      {
        op: 'update',
        id: 2,
        key: 'reportDate',
        from: 'Ngày báo cáo',
        changes: { helpText: wanted.items[1].helpText },
      },
    ]);
  });

  test('indicators reordered in Chỉ tiêu: only moves', () => {
    const reordered = [m.indicators[2], m.indicators[0], m.indicators[1], ...m.indicators.slice(3)];
    const ops = planFormSync(formOf(wanted), spec(m, m.villages, reordered));
    expect(kinds(ops).every((k) => k === 'move')).toBe(true);
    expect(ops.length).toBeGreaterThan(0);
  });

  const edits: [string, () => { from: CurrentForm; to: FormSpec }][] = [
    ['new form', () => ({ from: { title: '', description: '', items: [] }, to: wanted })],
    [
      'reversed, one removed, one added',
      () => {
        const f = formOf(wanted);
        f.items.reverse();
        const extra: Indicator = { ...m.indicators[0], code: 'MOI', name: 'Mới', row: 50 };
        return { from: f, to: spec(m, m.villages, [extra, ...m.indicators.slice(1)]) };
      },
    ],
    [
      'kept own questions in the middle, a duplicate, a kind change',
      () => {
        const f = formOf(wanted);
        f.items.splice(
          4,
          0,
          { id: 90, title: 'Câu của cán bộ', type: 'TEXT', helpText: '' },
          { ...f.items[2], id: 91 },
        );
        const changed = m.indicators.map((i) =>
          i.code === 'CUNG_HOA' ? { ...i, kind: 'Đạt/Chưa' as const } : i,
        );
        return { from: f, to: spec(m, m.villages.slice(0, 3), changed) };
      },
    ],
  ];
  test.each(edits)(
    '%s: applying the plan gives the wanted form, and planning again plans nothing',
    (_name, make) => {
      const { from, to } = make();
      const after = apply(from, planFormSync(from, to));
      expect(
        after.items
          .slice(0, to.items.length)
          .map((i) => [i.title, i.type, i.helpText, i.required, i.choices]),
      ).toEqual(to.items.map((i) => [i.title, i.type, i.helpText, i.required, i.choices]));
      expect(after.title).toBe(to.title);
      expect(planFormSync(after, to)).toEqual([]);
    },
  );

  test("any order of the questions, some missing, some of the officer's own: one plan puts them right, a second plans nothing", () => {
    const full = formOf(wanted).items;
    const own: CurrentItem[] = [1, 2, 3].map((n) => ({
      id: 200 + n,
      title: `Câu riêng ${n}`,
      type: 'TEXT',
      helpText: '',
    }));
    fc.assert(
      fc.property(fc.shuffledSubarray([...full, ...own]), (items) => {
        const from = { ...formOf(wanted), items };
        const after = apply(from, planFormSync(from, wanted));
        expect(after.items.map((i) => i.title)).toEqual([
          ...wanted.items.map((i) => i.title),
          ...items.filter((i) => i.id > 200).map((i) => i.title),
        ]);
        expect(planFormSync(after, wanted)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

test('a validation is remembered by a short fingerprint that changes with its pattern or its message', () => {
  const v = { pattern: '^[0-9]+$', helpText: 'Hãy nhập số' };
  expect(validationKey(v)).toMatch(/^[0-9a-f]{8}\.\d+$/);
  expect(validationKey({ ...v })).toBe(validationKey(v));
  expect(validationKey({ ...v, pattern: '^[0-9]*$' })).not.toBe(validationKey(v));
  expect(validationKey({ ...v, helpText: 'Hãy nhập chữ số' })).not.toBe(validationKey(v));
});
