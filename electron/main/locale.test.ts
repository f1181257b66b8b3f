import { describe, expect, it, vi } from 'vitest';
import { forceFrenchLocale } from './locale';

describe('French locale', () => {
  it('passes --lang=fr-FR to Chromium', () => {
    const appendSwitch = vi.fn();
    forceFrenchLocale({ commandLine: { appendSwitch } as never });
    expect(appendSwitch).toHaveBeenCalledWith('lang', 'fr-FR');
  });
});
