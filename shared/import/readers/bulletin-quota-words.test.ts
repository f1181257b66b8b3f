import { describe, expect, it } from 'vitest';
import { countValue, sentenceQuotas, wordValue } from './bulletin-quota-words';
import { read, TABLE } from './bulletins-test-support';

describe('counts written in words', () => {
  it.each([
    ['un', 1],
    ['une', 1],
    ['deux', 2],
    ['cinq', 5],
    ['douze', 12],
    ['dix-sept', 17],
    ['dix-neuf', 19],
    ['vingt', 20],
    ['vingt et un', 21],
    ['vingt-cinq', 25],
    ['trente-deux', 32],
    ['zéro', 0],
  ])('%s', (words, n) => {
    expect(wordValue(words)).toBe(n);
  });

  it.each([['dix-deux'], ['vingt-onze'], ['deux-trois'], ['cent']])('no count: %s', (words) => {
    expect(wordValue(words)).toBeUndefined();
  });

  it.each([
    ['deux (2)', 2],
    ['2 (deux)', 2],
    ['Trois', 3],
    ['12', 12],
    ['quinze ( 15 )', 15],
  ])('cell %j', (cell, n) => {
    expect(countValue(cell)).toBe(n);
  });

  it('words and digits that disagree are no count', () => {
    expect(countValue('deux (3)')).toBeNaN();
  });
});

describe('quotas in sentences', () => {
  it.each([
    [
      'La Caf fixe le nombre maximal d’habilitations à trois (3) pour le profil T1 « Action sociale » et à une (1) pour le profil T13 « Commissions FSL ».',
      ['T1=3', 'T13=1'],
    ],
    [
      'Le partenaire dispose de deux accès au profil T5 et d’un accès au profil T2.',
      ['T5=2', 'T2=1'],
    ],
    ['Trois habilitations au profil T1 sont ouvertes.', ['T1=3']],
    ['Le profil T4 est limité à cinq accès.', ['T4=5']],
    ['Profil T13 « Commissions FSL » : 2 (deux) utilisateurs.', ['T13=2']],
    ['Le profil T1 est ouvert aux travailleurs sociaux.', []],
    ['Deux agents utilisent le profil T1 depuis 2019.', []],
    [
      'Une seule habilitation est accordée, au profil T2 (prestataires de services sociaux).',
      ['T2=1'],
    ],
    ['Deux comptes sont ouverts au profil T5 et trois au profil T1.', ['T5=2', 'T1=3']],
    [
      'Deux (2) agents peuvent être habilités au profil T1 « Action sociale ». Trois (3) agents peuvent être habilités au profil T13.',
      ['T1=2', 'T13=3'],
    ],
    ['Pour ce site, un seul agent (1) peut être habilité au profil T13.', ['T13=1']],
    ['Les agents peuvent être habilités au profil T1 après formation.', []],
    [
      'La Caf autorise la création de deux (2) habilitations au titre du profil T1 – Action sociale et de trois (3) habilitations au titre du profil T13 (TD) – Agents administratifs.',
      ['T1=2', 'T13=3'],
    ],
  ])('%s', (sentence, quotas) => {
    expect(sentenceQuotas(sentence).map((q) => `${q.code}=${q.max}`)).toEqual(quotas);
  });

  it('a profile given two counts is flagged', () => {
    expect(
      sentenceQuotas('Deux accès au profil T1. Le profil T1 est limité à trois accès.')[0]?.max,
    ).toBeNaN();
  });
});

describe('bulletins whose quotas are in words', () => {
  it('in a sentence, with no table', () => {
    const r = read(
      'ANNEXE 2 – BULLETIN D’ADHÉSION : SERVICE CDAP',
      '',
      'La Caf fixe le nombre maximal d’habilitations à trois (3) pour le profil',
      'T1 « Action sociale » et à une (1) pour le profil T13 « Commissions',
      'FSL ». Aucun autre profil ne peut être attribué.',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T1=3', 'T13=1']);
  });

  it('a sentence whose words and digits disagree is flagged, not read', () => {
    const r = read(
      'ANNEXE 2 – BULLETIN D’ADHÉSION : SERVICE CDAP',
      '',
      'La Caf ouvre deux (3) accès au profil T1.',
    );
    expect(r.bulletins[0]?.quotas).toEqual([]);
    expect(r.unread).toEqual(['quota@3']);
  });

  it.each([
    ['T1\tAction sociale\tdeux', 'T1=2'],
    ['T1\tAction sociale\tdeux (2)', 'T1=2'],
    ['T1\t2 (deux)', 'T1=2'],
    ['T13 Commissions FSL trois', 'T13=3'],
    ['T5 – Suivi RSA : quatre accès', 'T5=4'],
    ['Profil T2 : un accès', 'T2=1'],
  ])('in a table or a list: %s', (row, quota) => {
    const r = read('Bulletin d’adhésion au service Cdap', '', ...TABLE, row);
    expect(r.bulletins[0]?.quotas).toEqual([quota]);
  });

  it('a table row after its dot leader (not a table of contents)', () => {
    const r = read(
      'Bulletin d’adhésion au service Cdap',
      '',
      'Le nombre d’utilisateurs est fixé comme suit :',
      'T1        Action sociale ......................   3',
      'T13 (TD)  Agents administratifs ...............   4',
    );
    expect(r.bulletins[0]?.quotas).toEqual(['T1=3', 'T13=4']);
  });
});
