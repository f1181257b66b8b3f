import { describe, expect, it } from 'vitest';
import { siteField } from './bulletin-headings';
import { read, TABLE } from './bulletins-test-support';

describe('the site a bulletin names in its body', () => {
  it.each([
    ['Site : Antenne de Lure', 'Antenne de Lure'],
    ['Service utilisateur : Pôle solidarité', 'Pôle solidarité'],
    ['Le service est mis à disposition du : Pôle Action sociale', 'Pôle Action sociale'],
    ['Mis à la disposition de : Maison des solidarités', 'Maison des solidarités'],
    [
      "Nombre d'utilisateurs autorisés – Multi-accueil « Les Lutins »",
      'Multi-accueil « Les Lutins »',
    ],
    ['Service ou site concerné : Pôle d’action sociale de Doué', 'Pôle d’action sociale de Doué'],
    ['Site ou service utilisateur : Point d’accueil de Vihiers', 'Point d’accueil de Vihiers'],
    ['Structure ou établissement concerné : Crèche Les Mésanges', 'Crèche Les Mésanges'],
    [
      'Agence concernée : Agence de Lorient – Quartiers Ouest',
      'Agence de Lorient – Quartiers Ouest',
    ],
    ['Service / site : Service social polyvalent', 'Service social polyvalent'],
    [
      'Territoire : Territoire de développement social de Maurienne',
      'Territoire de développement social de Maurienne',
    ],
  ])('%s', (line, site) => {
    expect(siteField(line)).toBe(site);
  });

  it.each([
    ["Nombre d'utilisateurs autorisés", undefined],
    ['Site : ……………', undefined],
    ['Date d’effet : 01/03/2025', undefined],
  ])('no site in « %s »', (line, site) => {
    expect(siteField(line)).toBe(site);
  });
});

describe('« Structure » naming the partner above « Service utilisateur »', () => {
  it.each([
    [
      [
        'Structure\tCommunauté de communes du Pays de Pouzauges',
        'Service utilisateur\tRelais Petite Enfance',
      ],
      'Relais Petite Enfance',
    ],
    [
      ['Service utilisateur : Relais Petite Enfance', 'Structure : Communauté de communes'],
      'Relais Petite Enfance',
    ],
    [['Structure : Multi-accueil Les Lutins'], 'Multi-accueil Les Lutins'],
  ])('%j', (fields, site) => {
    const r = read('Bulletin d’adhésion au service Cdap', ...fields, '', ...TABLE, 'T1\t2');
    expect(r.bulletins[0]?.siteLabel).toBe(site);
  });
});

describe('the site after the partner’s name in a « Nom du partenaire » field', () => {
  const twoBulletins = (a: string, b: string) =>
    read(
      `Nom du partenaire : Bessin Habitat – ${a}`,
      'Annexe 2.1',
      'Bulletin d’adhésion au service : Cdap',
      ...TABLE,
      'T1\t3',
      '',
      `Nom du partenaire : Bessin Habitat – ${b}`,
      'Annexe 2.2',
      'Bulletin d’adhésion au service : Cdap',
      ...TABLE,
      'T13\t2',
    ).bulletins.map((x) => x.siteLabel);

  it('two bulletins, one partner, two tails: each tail is its site', () => {
    expect(twoBulletins('Quartier Nord', 'Port-en-Bessin')).toEqual([
      'Quartier Nord',
      'Port-en-Bessin',
    ]);
  });

  it('the same tail on both: a second name of the partner, no site', () => {
    expect(twoBulletins('Office public', 'Office public')).toEqual([undefined, undefined]);
  });

  it('one bulletin: only a tail named like a site', () => {
    const one = (tail: string) =>
      read(
        `Nom du partenaire : Bessin Habitat – ${tail}`,
        'Bulletin d’adhésion au service : Cdap',
        ...TABLE,
        'T1\t3',
      ).bulletins[0]?.siteLabel;
    expect(one('Siège social')).toBe('Siège social');
    expect(one('Office public de l’habitat')).toBeUndefined();
  });

  it('a dash inside the partner’s own name (written so in the parties) gives no site', () => {
    const site = (parties: string) =>
      read(
        parties,
        '',
        '',
        '',
        '',
        'Bulletin d’adhésion au service : Cdap',
        'Nom du partenaire : Association Les Bruyères – Centre social du Pays de Figeac',
        ...TABLE,
        'T1\t3',
      ).bulletins[0]?.siteLabel;
    expect(
      site('L’Association Les Bruyères – Centre social du Pays de Figeac, association loi 1901'),
    ).toBeUndefined();
    expect(site('L’Association Les Bruyères, association loi 1901')).toBe(
      'Centre social du Pays de Figeac',
    );
  });
});

describe('the service description title', () => {
  // a -layout text whose paragraphs run on without blank lines
  const BULLETIN = [
    '                               Bulletin d’adhésion au service : Cdap',
    'Nom du partenaire : Association Le Relais du Chablais',
    'N° de convention : HS-2024-MCP-0218',
    '',
    'Article 1 – Description du service Consultation du dossier allocataire par les partenaires',
    'Le service Cdap permet à des partenaires habilités de consulter diverses données issues du dossier',
    'de l’allocataire. Le service a pour but de :',
    '     •   Permettre au partenaire d’accéder aux données d’un allocataire en fonction de ses',
    '         habilitations dans un cadre sécurisé ;',
    '     •   Limiter les sollicitations auprès de la Caf en restituant les données pertinentes liées aux',
    '         missions du partenaire.',
    '',
    'Article 2 – Les utilisateurs du service',
    'Les différentes catégories de profils d’utilisateurs sont les suivantes :',
    'Profil T1 – Action sociale : Ce profil est destiné aux travailleurs sociaux diplômés (ASS, CESF,',
    'éducateur spécialisé…) en charge de l’accompagnement à l’accès aux droits des publics.',
    'Profil T2 – Prestataires services sociaux : Ce profil est destiné aux prestataires de services sociaux',
    'bénéficiaires de subventions d’actions sociales Caf, pour le calcul des participations des familles,',
    'basées sur le quotient familial.',
    'Profil T4 – Services instructeurs : Ce profil est destiné aux agents chargés de l’instruction du Rsa',
    'pour une consultation a posteriori des dossiers des bénéficiaires.',
    'Profil T5 – Chargés de suivi des dossiers RSA et accompagnement des Brsa : Ce profil est destiné',
    'aux agents chargés du suivi administratif des dossiers Rsa et/ou qui assurent une mission de',
    'conseil et d’accompagnement des bénéficiaires du Rsa.',
    "Profil T9 – Protection des majeurs et de l'enfance : Ce profil est destiné aux agents habilités des",
    'organismes concernés.',
    'Profil T13 – Commissions Fsl (Fonds de solidarité pour le logement) : Ce profil est destiné aux',
    'agents administratifs chargés de la préparation à l’instruction des dossiers Fsl et aux agents',
    'administratifs de Ccas en polyvalence de secteur.',
    'Profil T16 – Commission départementale de médiation logement (Dalo), Ccapex : Ce profil est',
  ];

  it('is not joined to the sentence that starts on the next line', () => {
    expect(read(...BULLETIN, '', 'Profil\tNombre', 'T1\t4').bulletins[0]?.serviceLabel).toBe(
      'Consultation du dossier allocataire par les partenaires',
    );
  });
});

describe('an annex heading with a note in brackets over a bulletin', () => {
  it('« Annexe 2.1 (modifiée par l’avenant n° 2) » gives the annex number', () => {
    const r = read(
      'Annexe 2.1 (modifiée par l’avenant n° 2)',
      '',
      'Bulletin d’adhésion au service : Cdap',
      '',
      'Service / site : Service social polyvalent',
      '',
      ...TABLE,
      'T1\t2',
    );
    expect(r.bulletins[0]).toMatchObject({
      annexNumber: '2.1',
      siteLabel: 'Service social polyvalent',
      quotas: ['T1=2'],
    });
  });
});
