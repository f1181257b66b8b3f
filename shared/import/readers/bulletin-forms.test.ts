import { describe, expect, it } from 'vitest';
import { isStructuralWords, parseServiceTail } from './bulletins';
import { read } from './bulletins-test-support';

describe('quota tables', () => {
  it('parses what follows « Bulletin d’adhésion »', () => {
    expect(parseServiceTail(' au service : Cdap (Pôle social)')).toEqual({
      code: 'CDAP',
      site: 'Pôle social',
    });
    expect(parseServiceTail('')).toEqual({});
  });

  it.each([
    ['ANNEXE', true],
    ['Annexe n° 2 – Bulletin d’adhésion', true],
    ["BULLETIN D'ADHÉSION", true],
    ['Relais Petite Enfance', false],
    ['Antenne Nord', false],
    ['Annexe du centre social', false],
    ['Article 4', true],
    ['ARTICLE IV', true],
    ['Art. 4.2', true],
    ['Chapitre 3 – Section 2', true],
    ['Point Accueil Solidarité', false],
  ])('« %s » is only the document’s structure: %s', (text, expected) => {
    expect(isStructuralWords(text)).toBe(expected);
  });

  it.each([
    [
      'a numbered annex heading, the service with its label, « Site / service utilisateur », « accès »',
      [
        '7. ANNEXE 2 – BULLETIN D’ADHÉSION',
        '',
        'Service : Cdap – Consultation du dossier allocataire par les partenaires',
        'Site / service utilisateur : Service social du Centre hospitalier',
        'Profil T1 (Action sociale) : 2 accès',
        'Profil T13 (Accès aux données de ressources) : 1 accès',
        'Autres profils : néant',
        'Date d’effet du bulletin : 01/03/2025',
        '',
        'Fait à : Dax',
        'Le : 14/02/2025',
      ],
      {
        serviceCode: 'CDAP',
        serviceLabel: 'Consultation du dossier allocataire par les partenaires',
        siteLabel: 'Service social du Centre hospitalier',
        annexNumber: '2',
        date: '2025-03-01',
        quotas: ['T1=2', 'T13=1'],
      },
    ],
    [
      'the code alone (no catalogue label), « Site : », quotas in « utilisateurs », a profile left « néant »',
      [
        'Annexe 2 – Bulletin d’adhésion',
        'Service : CDAP',
        'Site : Antenne Nord',
        'T1 – Action sociale : 3 utilisateurs',
        'T2 – Accès aux données de ressources : néant',
        'T13 : 1',
        'Date de prise d’effet : 1er avril 2024',
      ],
      {
        serviceCode: 'CDAP',
        siteLabel: 'Antenne Nord',
        annexNumber: '2',
        date: '2024-04-01',
        quotas: ['T1=3', 'T13=1'],
      },
    ],
    [
      '« Service demandeur », dashes before the profiles, a date from the signature when no « date d’effet »',
      [
        'Annexe 2 : Bulletin d’adhésion',
        'Service : Cdap',
        'Service demandeur : Pôle insertion',
        '- Profil T1 : 2 habilitations',
        '- Profil T13 : néant',
        'Fait à Pau, le 3 mai 2023',
      ],
      {
        serviceCode: 'CDAP',
        siteLabel: 'Pôle insertion',
        annexNumber: '2',
        date: '2023-05-03',
        quotas: ['T1=2'],
      },
    ],
  ])('a bulletin written as a form: %s', (_, lines, expected) => {
    expect(read(...lines).bulletins).toEqual([expected]);
  });

  it.each([
    ['Service bénéficiaire : Pôle Enfance-Jeunesse', 'Pôle Enfance-Jeunesse'],
    ['Entité utilisatrice : Maison France Services', 'Maison France Services'],
    ['Service adhérent : Espace social', 'Espace social'],
    ['Services bénéficiaires : CCAS et Relais Petite Enfance', 'CCAS et Relais Petite Enfance'],
  ])('the site from its labelled line « %s »', (line, site) => {
    expect(
      read('Annexe 2 – Bulletin d’adhésion', 'Service : Cdap', line, 'T1 : 2').bulletins[0]
        ?.siteLabel,
    ).toBe(site);
  });

  it('a site made of structure words (« Article 4 – Bulletin d’adhésion ») is no site', () => {
    expect(
      read('Article 4 – Bulletin d’adhésion au service Cdap', 'T1 : 2').bulletins[0]?.siteLabel,
    ).toBeUndefined();
  });
});

describe('a bulletin under another name (Cafpro era)', () => {
  it.each([
    ['ANNEXE 2 – CONDITIONS PARTICULIÈRES : SERVICE CDAP', '2'],
    ['Annexe 3 : conditions particulières d’utilisation du service Cdap', '3'],
  ])('%s', (title, annex) => {
    const r = read(
      title,
      'Partenaire : CCAS de Commentry',
      '',
      'Profil\tCatégorie\tNombre d’accès',
      'T1\tAction sociale\t2',
    );
    expect(r.bulletins).toHaveLength(1);
    expect(r.bulletins[0]).toMatchObject({
      serviceCode: 'CDAP',
      annexNumber: annex,
      quotas: ['T1=2'],
    });
  });

  it.each([
    'Annexe 1 – Désignation des correspondants',
    'Annexe 2 – Conditions particulières',
    '- Annexe 2 : conditions particulières du service Cdap',
    'Annexe 2.1 – Service social – Cdap',
  ])('no bulletin: %s', (title) => {
    expect(
      read('Liste des annexes :', title, '- Annexe 3 : formulaire', 'T1\t2').bulletins,
    ).toEqual([]);
  });
});
