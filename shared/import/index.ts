export { extractConvention } from './extract';
export { normalizeLines, normalizeLine, normalizeText, splitLines } from './normalize';
export { findFrenchDate } from './dates';
export * from './types';
export * from './draft';
export * from './pdf-lines';
export * from './admin-agents';
export { findCafFormAddress } from './caf-form-address';
export { effectiveDateOf, findStatedEffectiveDate, type EffectiveDate } from './effective-date';
