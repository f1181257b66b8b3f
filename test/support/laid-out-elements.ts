import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom lays nothing out: every element gets a 1000 px size for the tests of this file, so
 * that a virtualised table renders its rows; a table row is 80 px high, as in the app (a row
 * as high as the whole table would leave only the overscan's rows drawn). Call once at the
 * top of a test file.
 */
const ROW_HEIGHT = 80;

export function withLaidOutElements(): void {
  const sizes = ['clientWidth', 'clientHeight', 'offsetWidth', 'offsetHeight'] as const;
  const saved = sizes.map(
    (k) =>
      Object.getOwnPropertyDescriptor(HTMLElement.prototype, k) ??
      Object.getOwnPropertyDescriptor(Element.prototype, k),
  );
  beforeAll(() => {
    for (const k of sizes)
      Object.defineProperty(HTMLElement.prototype, k, {
        configurable: true,
        get(this: HTMLElement) {
          return k === 'offsetHeight' && this.tagName === 'TR' ? ROW_HEIGHT : 1000;
        },
      });
  });
  afterAll(() => {
    sizes.forEach((k, i) => Object.defineProperty(HTMLElement.prototype, k, saved[i]!));
  });
}
