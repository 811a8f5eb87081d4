// Public face of the validation core: `validate`, the acceptance key, and the helpers other parts reuse.
export { validate } from './validate';
export { acceptanceKey } from './acceptance-key';
export { findVillage } from './unknown-village';
export { OVER_TARGET_RATIO } from './over-target';
