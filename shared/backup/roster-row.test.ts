import { describe, expect, it } from 'vitest';
import { CATALOGUE_PROFILES } from '../domain/profiles';
import type { Bulletin } from '../domain/schemas';
import { mapRow } from './roster-import';

const bulletin: Bulletin = { id: 'b1', conventionId: 'c1', serviceCode: 'CDAP', annexNumber: '2' };
const TODAY = '2026-11-23';
const ctx = { profiles: CATALOGUE_PROFILES, bulletins: [bulletin], defaultBulletinId: 'b1' };

describe('mapRow', () => {
  const m = { lastName: 0, email: 1, profileCode: 2, grantedOn: 3, departedOn: 4, portalRole: 5 };
  it('reports each row’s errors in French', () => {
    const row = mapRow(['', 'pas-un-mel', 'T13', '31/02/2024', '', ''], 5, m, ctx, TODAY);
    expect(row.errors).toEqual([
      'Nom manquant.',
      'Mél « pas-un-mel » invalide.',
      'Date d’habilitation « 31/02/2024 » : date attendue au format jj/mm/aaaa.',
    ]);
  });
  it('reads the departure, the portal role and several profiles; remarks do not block the row', () => {
    const row = mapRow(
      ['Bénali', 'k.benali@ville.fr', 'T1 / T13', '01/02/2024', '31/08/2026', 'chef'],
      2,
      m,
      ctx,
      TODAY,
    );
    expect(row.errors).toEqual([]);
    expect(row.agent).toMatchObject({
      lastName: 'BÉNALI',
      email: 'k.benali@ville.fr',
      departedOn: '2026-08-31',
    });
    expect(row.grants.map((g) => [g.profileCode, g.grantedOn, g.datedInFile])).toEqual([
      ['T1', '2024-02-01', true],
      ['T13', '2024-02-01', true],
    ]);
    expect(row.warnings[0]).toContain('Rôle dans le portail « chef » non reconnu');
  });
  it('a departure before the arrival is an error', () => {
    const row = mapRow(
      ['A', '', '', '', '01/01/2020', '', '01/01/2021'],
      2,
      { ...m, arrivedOn: 6 },
      ctx,
      TODAY,
    );
    expect(row.errors[0]).toContain(
      'La date de départ (01/01/2020) est antérieure à la date d’arrivée (01/01/2021)',
    );
  });
});
