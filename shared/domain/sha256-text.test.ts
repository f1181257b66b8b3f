import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256HexOfText } from './sha256-text';

const reference = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));

describe('sha256HexOfText', () => {
  it('gives the known digests', () => {
    expect(sha256HexOfText('')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(sha256HexOfText('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('is the UTF-8 SHA-256 at every padding boundary and for every kind of character', () => {
    const samples = ['a', 'é', '€', '😀', '\ud800', '\udc00x', 'x\ud83d', '\u07ff', '\u0800'];
    for (const s of samples)
      for (let n = 0; n < 140; n++) {
        const text = s.repeat(n);
        expect(sha256HexOfText(text)).toBe(reference(text));
      }
  });

  it('is the UTF-8 SHA-256 of any text (lone surrogates included), one after the other', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string()), {
          minLength: 1,
          maxLength: 4,
        }),
        (texts) => {
          for (const t of texts) expect(sha256HexOfText(t)).toBe(reference(t));
        },
      ),
      { numRuns: 400 },
    );
    const long = 'Véronique '.repeat(5000);
    expect(sha256HexOfText(long)).toBe(reference(long));
  });
});
