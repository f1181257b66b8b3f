import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import catalogue from './data/cdap-profiles.json';
import { CATALOGUE_PROFILES, checkNewProfile, normaliseProfileCode } from './profiles';

describe('the shipped CDAP catalogue', () => {
  it('is well formed: a service, profiles with a code and a label, each code once', () => {
    const schema = z.object({
      service: z.object({ code: z.string().min(1), label: z.string().min(1) }),
      profiles: z.array(
        z.strictObject({
          code: z.string().min(1),
          label: z.string().min(1),
          for: z.string().optional(),
          requiresQualifiedSocialWorker: z.boolean().optional(),
        }),
      ),
    });
    expect(schema.safeParse(catalogue).error?.issues).toBeUndefined();
    const codes = CATALOGUE_PROFILES.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(CATALOGUE_PROFILES.find((p) => p.code === 'T1')).toMatchObject({
      label: 'Action sociale',
      requiresQualifiedSocialWorker: true,
      custom: false,
    });
    expect(CATALOGUE_PROFILES.find((p) => p.code === 'T2')?.requiresQualifiedSocialWorker).toBe(
      false,
    );
  });
});

describe('new profile', () => {
  const existing = [{ code: 'T13' }, { code: 't1' }];

  it.each([
    [{ code: ' t 23 ', label: 'Centres sociaux' }, {}],
    [
      { code: '', label: 'x' },
      { code: 'Indiquez le code du profil, tel qu’écrit sur le bulletin (par exemple T23).' },
    ],
    [
      { code: 'X'.repeat(21), label: 'x' },
      { code: 'Le code du profil ne peut pas dépasser 20 caractères.' },
    ],
    [{ code: 't13', label: 'x' }, { code: 'Le profil T13 est déjà dans le catalogue.' }],
    [
      { code: 'T1', label: ' ' },
      { code: 'Le profil T1 est déjà dans le catalogue.', label: 'Indiquez le libellé du profil.' },
    ],
  ])('%o → %o', (fields, problems) => {
    expect(checkNewProfile(fields, existing)).toEqual(problems);
  });

  it('normalises codes as the bulletins write them', () => {
    expect(normaliseProfileCode(' t 13 ')).toBe('T13');
  });
});
