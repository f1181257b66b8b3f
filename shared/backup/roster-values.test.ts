import { describe, expect, it } from 'vitest';
import {
  parsePortalRole,
  parseProfileCodes,
  parseRosterDate,
  splitFullName,
} from './roster-import';

describe('cell values', () => {
  it.each([
    ['2023-01-05', '2023-01-05'],
    ['2023-01-05T00:00:00.000Z', '2023-01-05'],
    ['05/01/2023', '2023-01-05'],
    ['5/1/23', '2023-01-05'],
    ['05.01.2023', '2023-01-05'],
    ['44931', '2023-01-05'],
    ['44931,5', '2023-01-05'],
    ['1er janvier 2024', '2024-01-01'],
    ['29 févr. 2024', '2024-02-29'],
    ['31/02/2024', null],
    ['12', null],
    ['demain', null],
  ])('date « %s » → %s', (raw, iso) => {
    expect(parseRosterDate(raw)).toBe(iso);
  });

  it.each([
    ['Admin. suppléant', 'Administrateur suppléant'],
    ['administrateur', 'Administrateur'],
    ['Responsable d’habilitations', "Responsable d'habilitations"],
    ['utilisateur', 'Utilisateur'],
    ['chef', undefined],
  ])('portal role « %s » → %s', (raw, role) => {
    expect(parsePortalRole(raw)).toBe(role);
  });

  it.each([
    ['T13', ['T13']],
    ['t 13', ['T13']],
    ['Profil T1 – action sociale', ['T1']],
    ['T1 / T13', ['T1', 'T13']],
    ['T013', ['T13']],
    ['oui', []],
  ])('profiles « %s » → %o', (raw, codes) => {
    expect(parseProfileCodes(raw)).toEqual(codes);
  });

  it.each([
    ['DUPONT Marie-Claire', 'DUPONT', 'Marie-Claire'],
    ['Marie-Claire DUPONT', 'DUPONT', 'Marie-Claire'],
    ['DE LA FONTAINE Jean', 'DE LA FONTAINE', 'Jean'],
    ['Mme Martin Anne', 'Martin', 'Anne'],
    ['BENALI', 'BENALI', undefined],
  ])('full name « %s » → %s / %s', (raw, lastName, firstName) => {
    expect(splitFullName(raw)).toEqual({ lastName, ...(firstName ? { firstName } : {}) });
  });
});
