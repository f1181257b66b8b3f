import { describe, expect, it } from 'vitest';
import { checkSheetSize, MAX_SHEET_BYTES, readSheet, SheetReadError } from './read-file';

describe('roster file size cap', () => {
  it('refuses a 50 MB CSV before parsing it, saying its size in French', async () => {
    expect(() => checkSheetSize(50 * 1024 * 1024)).toThrow(SheetReadError);
    expect(() => checkSheetSize(50 * 1024 * 1024)).toThrow(
      /pèse 50\u00A0Mo, plus que les 10\u00A0Mo/,
    );
    const started = Date.now();
    const big = new Uint8Array(MAX_SHEET_BYTES + 1).fill(0x41);
    await expect(readSheet('liste.csv', big)).rejects.toThrow(SheetReadError);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(() => checkSheetSize(3 * 1024 * 1024)).not.toThrow();
  });
});
