// Menu "Kiểm tra dữ liệu" (runner action `validate`), with the form-submit trigger and its switches: the validation entry points.
import { now } from '../sheets/clock';
import type { EntryPoint } from './entry-point';
import { formSubmitEntries } from './form-submit';
import { runAction } from './run-action';
import { validateAndShow } from './validate-workbook';

export const VALIDATE_LABEL = 'Kiểm tra dữ liệu';

export function validationEntries(): EntryPoint[] {
  return [
    {
      name: 'ntmValidate',
      doc: [
        'Menu NTM → Kiểm tra dữ liệu: kiểm tra mọi dòng báo cáo, dựng lại tab Kiểm tra và tô màu, ghi chú các ô có vấn đề.',
      ],
      params: [],
      menu: { label: VALIDATE_LABEL },
      action: 'validate',
      run: () => runAction({ label: VALIDATE_LABEL }, () => validateAndShow(now())),
    },
    ...formSubmitEntries(),
  ];
}
