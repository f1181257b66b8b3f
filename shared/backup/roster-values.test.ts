import { describe, expect, it } from 'vitest';
import { CATALOGUE_PROFILES } from '../domain/profiles';
import {
  cleanNameCell,
  headerNameOrder,
  isAdminQuestion,
  nameEvidence,
  parsePortalRole,
  parseProfileCodes,
  parseRosterDate,
  splitFullName,
  type NameOrder,
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

  it.each([
    ['1er sept. 2021', '2021-09-01'],
    ['3 févr. 2020', '2020-02-03'],
    ['12 juil. 2019', '2019-07-12'],
    ['7 juin 2018', '2018-06-07'],
    ['22 déc. 2015', '2015-12-22'],
    ['9 août 2024', '2024-08-09'],
    ['1er  mars  2023', '2023-03-01'],
    ['19/06/24', '2024-06-19'],
    ['3/2/2020', '2020-02-03'],
    ['4 ju 2020', null],
    ['2021/09/01', '2021-09-01'],
  ])('French date « %s » → %s', (raw, iso) => {
    expect(parseRosterDate(raw)).toBe(iso);
  });

  it.each<[string, boolean, string | undefined]>([
    ['utilisatrice', false, 'Utilisateur'],
    ['Administratrice', false, 'Administrateur'],
    ['suppléante', true, 'Administrateur suppléant'],
    ['oui', true, 'Administrateur'],
    ['X', true, 'Administrateur'],
    ['oui', false, undefined],
    ['non', true, undefined],
  ])('portal role « %s » (question « Administrateur ? »: %s) → %s', (raw, adminQuestion, role) => {
    expect(parsePortalRole(raw, { adminQuestion })).toBe(role);
  });

  it.each([
    ['Administrateur ?', true],
    ['Admin. MCP', true],
    ['Administrateur / suppléant', true],
    ['Rôle', false],
    ['Rôle administrateur', false],
  ])('« %s » is an administrator question: %s', (header, yes) => {
    expect(isAdminQuestion(header)).toBe(yes);
  });

  it.each([
    ['Profil 13', ['T13']],
    ['13', ['T13']],
    ['1 / 13', ['T1', 'T13']],
    ['4 et 5', ['T4', 'T5']],
    ['2024', []],
    ['profil 2 + profil 9', ['T2', 'T9']],
    ['T4 (TD)', ['T4']],
    ['T 16', ['T16']],
    ['t9', ['T9']],
    ['Cnam', ['T6']],
    ['Commission de surendettement', ['T11']],
    ['Bureau d’aide juridictionnelle', ['T12']],
    ['Bailleur social + Crous', ['T10', 'T22']],
    ['Protection des majeurs et de l’enfance', ['T9']],
    ['Commission départementale de médiation logement (Dalo), Ccapex', ['T16']],
    // in two labels, or in none: not guessed
    ['Logement', []],
    ['RSA', []],
    ['Accueil', []],
  ])('profiles with the catalogue « %s » → %o', (raw, codes) => {
    expect(parseProfileCodes(raw, CATALOGUE_PROFILES)).toEqual(codes);
  });

  it.each<[string, string | undefined, NameOrder | undefined, string, string | undefined]>([
    // capitals tell, whatever the order given
    ['Paul-Henri VAN DER MEERSCH', undefined, 'last-first', 'VAN DER MEERSCH', 'Paul-Henri'],
    ['MARCHAL Eve', undefined, 'first-last', 'MARCHAL', 'Eve'],
    ['Mlle  ROUSSEL\u00A0Inès', undefined, undefined, 'ROUSSEL', 'Inès'],
    // the e-mail holds the last name
    ['Louis-Marie Le Goff', 'lm.legoff@mairie.fr', undefined, 'Le Goff', 'Louis-Marie'],
    ['Benoît Marie Claude', 'b.marieclaude@ccas.fr', undefined, 'Marie Claude', 'Benoît'],
    ['Da Silva Rosa', 'r.dasilva@ccas.fr', 'first-last', 'Da Silva', 'Rosa'],
    // both names in the address: the order given
    ['Rosa Da Silva', 'rosa.dasilva@ccas.fr', 'first-last', 'Da Silva', 'Rosa'],
    // nothing tells: the order given, particles with the last name
    ['Jeanne Van Damme', 'accueil@ccas.fr', 'first-last', 'Van Damme', 'Jeanne'],
    ['Van Damme Jeanne', undefined, 'last-first', 'Van Damme', 'Jeanne'],
    ['M. Petit Louis', undefined, undefined, 'Petit', 'Louis'],
    // a usual first name: when the file says nothing
    ['Jean Pierre Lemoine', undefined, undefined, 'Lemoine', 'Jean Pierre'],
    ['Lemoine Marie Claire', undefined, undefined, 'Lemoine', 'Marie Claire'],
    // … and with the file's order when it agrees (its cut), not against it
    ['Jean Pierre Lemoine', undefined, 'first-last', 'Lemoine', 'Jean Pierre'],
    ['Thomas Kylian', undefined, 'last-first', 'Thomas', 'Kylian'],
    ['MARTIN épouse DUPONT Anne', undefined, undefined, 'MARTIN épouse DUPONT', 'Anne'],
    ['Anne ROY née VIAL', undefined, undefined, 'ROY née VIAL', 'Anne'],
  ])('full name « %s » (%s, %s) → %s / %s', (raw, email, order, lastName, firstName) => {
    expect(
      splitFullName(raw, { ...(email ? { email } : {}), ...(order ? { order } : {}) }),
    ).toEqual({ lastName, ...(firstName ? { firstName } : {}) });
  });

  it.each<[string, string | undefined, NameOrder | undefined]>([
    ['GARNIER Lou', undefined, 'last-first'],
    ['Lou Garnier', 'lou.garnier@x.fr', undefined], // both names in the address: no evidence
    ['Lou Garnier', 'lgarnier@x.fr', 'first-last'],
    ['Lou Garnier', undefined, undefined],
    // a usual first name at one end only
    ['Colette Renard', undefined, 'first-last'],
    ['Renard Colette', undefined, 'last-first'],
    ['Martin Claude', undefined, undefined], // « Martin » could be either: nothing
  ])('name evidence « %s » (%s) → %s', (raw, email, order) => {
    expect(nameEvidence(raw, email)?.order).toBe(order);
  });

  it.each([
    ['Mme DUPONT', 'DUPONT'],
    ['M.  Le Goff*', 'Le Goff'],
    ['ROY (1)', 'ROY'],
    ['Madame Anne', 'Anne'],
    ['Marie', 'Marie'],
  ])('name cell « %s » → « %s »', (raw, clean) => {
    expect(cleanNameCell(raw)).toBe(clean);
  });

  it.each<[string, NameOrder | undefined]>([
    ['Prénom et nom', 'first-last'],
    ['Prénom NOM', 'first-last'],
    ['Nom et prénom', 'last-first'],
    ['NOM Prénoms', 'last-first'],
    ['Agent', undefined],
  ])('header « %s » → %s', (header, order) => {
    expect(headerNameOrder(header)).toBe(order);
  });
});
