import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom lays nothing out: every element gets a 1000 px size for the tests of this file, so
 * that a virtualised table renders its rows. Call once at the top of a test file.
 */
export function withLaidOutElements(): void {
  const sizes = ['clientWidth', 'clientHeight', 'offsetWidth', 'offsetHeight'] as const;
  const saved = sizes.map(
    (k) =>
      Object.getOwnPropertyDescriptor(HTMLElement.prototype, k) ??
      Object.getOwnPropertyDescriptor(Element.prototype, k),
  );
  beforeAll(() => {
    for (const k of sizes)
      Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get: () => 1000 });
  });
  afterAll(() => {
    sizes.forEach((k, i) => Object.defineProperty(HTMLElement.prototype, k, saved[i]!));
  });
}
