import { describe, expect, it } from 'vitest';
import { normalizeLine } from '../../../shared/import/normalize';

describe('a text copied out of a PDF viewer', () => {
  it.each([
    ['\uF0B7 Instruction des demandes d’aide', '• Instruction des demandes d’aide'],
    ['\uF0A7\tDomiciliation', '• Domiciliation'],
    ['  \uF0D8 Accès aux droits', '• Accès aux droits'],
  ])('reads a Symbol or Wingdings bullet as a bullet: %s', (raw, expected) => {
    expect(normalizeLine(raw).replace(/'/g, '’')).toBe(expected);
  });
});
