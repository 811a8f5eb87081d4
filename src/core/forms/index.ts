// The report form's core in one import: the wanted form, the answer patterns, the sync plan, the `Biểu mẫu` links.
export { desiredForm, formTitle, indicatorKey, indicatorTitle, YES_NO_CHOICES } from './form-spec';
export type { FormItemSpec, FormItemType, FormSpec, FormValidation } from './form-spec';
export { numberPattern, numberPatternHelp, numberShape } from './number-pattern';
export type { NumberShape } from './number-pattern';
export { planFormSync, validationKey } from './form-sync';
export type { CurrentForm, CurrentItem, ItemChanges, ItemRef, SyncOp } from './form-sync';
export { EDIT_LABEL, FILL_LABEL, fillUrlIn, formIdsIn, formLinksText, linksIn } from './form-links';
export { syncSummary } from './sync-summary';
export { editLinkColumn, firstRowWithoutLink } from './edit-links';
export type { ResponseLink } from './edit-links';
