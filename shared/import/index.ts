export { extractConvention } from './extract';
export { normalizeLines, normalizeLine, normalizeText, splitLines } from './normalize';
export { findFrenchDate } from './dates';
export * from './types';
export * from './draft';
export * from './pdf-lines';
