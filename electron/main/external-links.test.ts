import { describe, expect, it, vi } from 'vitest';
import { createExternalOpener } from './external-links';

describe('createExternalOpener', () => {
  it('opens allowlisted https sites', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    await expect(
      createExternalOpener(shell)('https://www.service-public.fr/particuliers'),
    ).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.service-public.fr/particuliers');
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'https://user@www.caf.fr/',
    'https://evil.example/',
    'smb://server/share',
  ])('opens nothing for %s', async (url) => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    await expect(createExternalOpener(shell)(url)).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
