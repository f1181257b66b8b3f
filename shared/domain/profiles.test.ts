import { describe, expect, it } from 'vitest';
import { checkNewProfile, normaliseProfileCode } from './profiles';

describe('new profile', () => {
  const existing = [{ code: 'T13' }, { code: 't1' }];

  it.each([
    [{ code: ' t 23 ', label: 'Centres sociaux' }, {}],
    [{ code: '', label: 'x' }, { code: 'Indiquez le code du profil, tel qu’écrit sur le bulletin (par exemple T23).' }],
    [{ code: 'X'.repeat(21), label: 'x' }, { code: 'Le code du profil ne peut pas dépasser 20 caractères.' }],
    [{ code: 't13', label: 'x' }, { code: 'Le profil T13 est déjà dans le catalogue.' }],
    [{ code: 'T1', label: ' ' }, { code: 'Le profil T1 est déjà dans le catalogue.', label: 'Indiquez le libellé du profil.' }],
  ])('%o → %o', (fields, problems) => {
    expect(checkNewProfile(fields, existing)).toEqual(problems);
  });

  it('normalises codes as the bulletins write them', () => {
    expect(normaliseProfileCode(' t 13 ')).toBe('T13');
  });
});
