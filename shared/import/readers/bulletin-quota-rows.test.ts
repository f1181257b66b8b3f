import { describe, expect, it } from 'vitest';
import { spacedRow } from './bulletin-quota-rows';
import { read, TABLE } from './bulletins-test-support';
import { siteWithTail } from './bulletin-headings';

describe('a quota row on one line, its label in it', () => {
  it.each([
    ['T13 Commissions FSL 3', 'T13=3'],
    ['T13 Commissions FSL (Fonds de solidarité pour le logement) 3', 'T13=3'],
    ['T1 Action sociale 2', 'T1=2'],
    ['T1 – Action sociale 2 accès', 'T1=2'],
    ['T 2 Prestataires services sociaux 3', 'T2=3'],
    ['T13 (TD) Agents administratifs 4', 'T13=4'],
    ['Consultation des dossiers (T1) 2', 'T1=2'],
    ['Consultation des dossiers (T1) ........ 2', 'T1=2'],
    ['Consultation des dossiers (T1)\t2', 'T1=2'],
    ['Prestataires services sociaux 1', 'T2=1'],
    ['Commissions FSL (Fonds de solidarité pour le logement)   1', 'T13=1'],
    // OCR: a look-alike in the code the label confirms, a misread code the label names
    ['Tl3 Commissions FSL 3', 'T13=3*'],
    ['ET Action sociale 3', 'T1=3*'],
  ])('%s', (line, quota) => {
    const r = spacedRow(line, true);
    expect(r && !('illegible' in r) ? `${r.code}=${r.max}${r.corrected ? '*' : ''}` : r).toBe(
      quota,
    );
  });

  it.each([
    // the label names another profile than the code: no quota, flagged
    'Tl Commissions FSL 2',
    'T1 Commissions FSL 2',
    'Commissions FSL (T1) 2',
    // a code not in the catalogue
    'T3 Autre profil 2',
  ])('flagged: %s', (line) => {
    expect(spacedRow(line, true)).toEqual({ illegible: true });
  });

  it.each([
    'T1 3', // no label: the table's other readers
    'T1',
    'Action sociale',
    'Aide sociale 2', // a label the catalogue does not know, and no code
    'Le service est ouvert à 2',
    'Fait à Rodez le 3',
  ])('not a row of that shape: %s', (line) => {
    expect(spacedRow(line, true)).toBeUndefined();
  });
});

describe('quota rows in a bulletin', () => {
  const bulletin = (...rows: string[]) =>
    read('Bulletin d’adhésion au service : Cdap', '', ...rows, '', 'Article 3 – Modification');
  it.each([
    [
      'code, label, number with no header (a long row included)',
      [
        'Le service est mis à disposition de :',
        '',
        'T1 Action sociale 2',
        'Tl3 Commissions FSL (Fonds de solidarité pour le logement) 3',
      ],
      ['T1=2', 'T13=3*'],
    ],
    [
      'rows by label only, under a header',
      [...TABLE, 'Prestataires services sociaux 4', 'Action sociale 1'],
      ['T2=4', 'T1=1'],
    ],
    [
      'a long row under a header does not end the table',
      [
        ...TABLE,
        'T13 Commissions FSL (Fonds de solidarité pour le logement) 3',
        'T1 Action sociale 2',
      ],
      ['T13=3', 'T1=2'],
    ],
    [
      'the code in brackets',
      ['Profil Nombre d’utilisateurs', 'Consultation des dossiers (T1) ........ 2', 'T2 1'],
      ['T1=2', 'T2=1'],
    ],
    [
      'an OCR-misread code the label names, in cells',
      ['Profils\tLibellé\tNombre', 'ET\tAction sociale\t3', 'T13\tCommissions FSL\t1'],
      ['T1=3*', 'T13=1'],
    ],
  ])('%s', (_, rows, quotas) => {
    const r = bulletin(...rows);
    expect(r.bulletins[0]?.quotas).toEqual(quotas);
    expect(r.unread).toEqual([]);
  });

  it.each([
    ['spaces', [...TABLE, 'Tl Commissions FSL 2', 'T1 Action sociale 3']],
    ['cells', ['Profils\tLibellé\tNombre', 'T1\tCommissions FSL\t2', 'T1\tAction sociale\t3']],
  ])('a code the label contradicts is flagged, not read (%s)', (_, rows) => {
    const r = bulletin(...rows);
    expect(r.bulletins[0]?.quotas).toEqual(['T1=3']);
    expect(r.unread.some((u) => u.startsWith('quota@'))).toBe(true);
  });
});

describe('a site label wrapped onto the next line', () => {
  it.each([
    [
      ['Site : Centre social et culturel', 'du quartier des Quatre-Saisons'],
      'Centre social et culturel',
      'Centre social et culturel du quartier des Quatre-Saisons',
    ],
    [
      ['Site : Pôle logement de', "l'agglomération rouennaise"],
      'Pôle logement de',
      "Pôle logement de l'agglomération rouennaise",
    ],
    [
      ['Site : Maison des solidarités', 'Nom du partenaire : CCAS'],
      'Maison des solidarités',
      'Maison des solidarités',
    ],
    [
      ['Site : Maison des solidarités', 'Le service est ouvert aux agents habilités du site.'],
      'Maison des solidarités',
      'Maison des solidarités',
    ],
    [
      ['Site : Maison des solidarités', 'Profils\tNombre'],
      'Maison des solidarités',
      'Maison des solidarités',
    ],
    [
      ['Site : Maison des solidarités', 'Article 1 – Description du service'],
      'Maison des solidarités',
      'Maison des solidarités',
    ],
    [['Site : Maison des solidarités', ''], 'Maison des solidarités', 'Maison des solidarités'],
  ])('%j', (lines, value, site) => {
    expect(siteWithTail(lines, 0, value)).toBe(site);
  });

  it('in a bulletin', () => {
    const r = read(
      'Annexe 2 – Bulletin d’adhésion au service Cdap',
      '',
      'Site : Centre social et culturel',
      'du quartier des Quatre-Saisons',
      '',
      ...TABLE,
      'T1\t2',
    );
    expect(r.bulletins[0]?.siteLabel).toBe(
      'Centre social et culturel du quartier des Quatre-Saisons',
    );
  });
});
