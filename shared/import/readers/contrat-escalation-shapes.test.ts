/**
 * Escalation written the ways other CAFs write it: who addresses whom in prose, levels naming
 * their side before the person, a level × side table. No annex here: every side must come from
 * the escalation text itself.
 */
import { describe, expect, it } from 'vitest';
import { contrat } from './contrat-test-support';

type Got = [side: string, name: string, fn?: string, phone?: string];

describe('escalation shapes', () => {
  it.each<[string, string[], Got[]]>([
    [
      'prose: « le partenaire s’adresse d’abord à … puis à … » names Caf persons; « la Caf s’adresse à » partner ones',
      [
        'Article 4 – La procédure d’escalade',
        '',
        'En cas de difficulté, le partenaire s’adresse d’abord à Mme Lucie PAQUET, responsable du pôle habilitations (05 46 51 22 30), puis à M. Olivier RENAUD, responsable du département relations usagers (05 46 51 22 04). La Caf s’adresse d’abord à Mme Nadia BERTIN, gestionnaire administrative (05 46 82 10 40).',
      ],
      [
        ['caf', 'Lucie PAQUET', 'responsable du pôle habilitations', '05 46 51 22 30'],
        ['caf', 'Olivier RENAUD', 'responsable du département relations usagers', '05 46 51 22 04'],
        ['partner', 'Nadia BERTIN', 'gestionnaire administrative', '05 46 82 10 40'],
      ],
    ],
    [
      'levels naming their side first, one per line',
      [
        'Article 4 – Procédure d’escalade',
        '',
        '1er niveau – Caf : Patricia VIAL, gestionnaire, 04 77 42 31 10',
        '1er niveau – Partenaire : Sylvie CHAZAL, agent d’accueil, 04 77 26 05 27',
        '2e niveau – Caf : Bernard FOREST, responsable de pôle, 04 77 42 31 52',
      ],
      [
        ['caf', 'Patricia VIAL', 'gestionnaire', '04 77 42 31 10'],
        ['partner', 'Sylvie CHAZAL', "agent d'accueil", '04 77 26 05 27'],
        ['caf', 'Bernard FOREST', 'responsable de pôle', '04 77 42 31 52'],
      ],
    ],
    [
      'a level × side table, the corner named',
      [
        'Article 4 – Escalade',
        '',
        'Niveau\tCaf\tPartenaire',
        'Niveau 1\tMme Élodie BRUN, gestionnaire, 04 73 42 81 15\tM. Thierry JOUVE, agent, 04 73 86 12 40',
        'Niveau 2\tM. Franck SOULIER, chef de service, 04 73 42 81 02\tMme Annie VERDIER, directrice, 04 73 86 12 00',
      ],
      [
        ['caf', 'Élodie BRUN', 'gestionnaire', '04 73 42 81 15'],
        ['partner', 'Thierry JOUVE', 'agent', '04 73 86 12 40'],
        ['caf', 'Franck SOULIER', 'chef de service', '04 73 42 81 02'],
        ['partner', 'Annie VERDIER', 'directrice', '04 73 86 12 00'],
      ],
    ],
    [
      'a level × side table, the corner cell empty, the partner column first, names without civility',
      [
        'Article 4 – Procédure d’escalade',
        '',
        '\tPour le partenaire\tPour la Caf',
        '1er niveau\tRomain DUVAL, agent, 02 32 64 38 20\tAgnès LEMOINE, gestionnaire, 02 32 39 84 10',
      ],
      [
        ['partner', 'Romain DUVAL', 'agent', '02 32 64 38 20'],
        ['caf', 'Agnès LEMOINE', 'gestionnaire', '02 32 39 84 10'],
      ],
    ],
  ])('%s', (_, body, expected) => {
    const got = contrat(...body).escalation.map((e) => e.value);
    expect(got.map((e) => [e.side, e.name, e.function, e.phone])).toEqual(expected);
  });
});

describe('escalation levels numbered inside one labelled line', () => {
  it('« Escalade (…) : 1. Mme X, fonction, 03 … – 2. M. Y, fonction, 03 … »', () => {
    const got = contrat(
      'Centre de services : ouvert du lundi au vendredi de 8 h 30 à 16 h 30',
      'Escalade (absence de réponse sous 10 jours) : 1. Mme Aurélie PETIT, Responsable Relations partenaires de la Caf, 03 26 84 42 17 – 2. M. Hugo VASSEUR, Responsable Sécurité de la Caf, 03 26 84 40 09.',
      'Fait à Reims, le 9 octobre 2023',
    ).escalation.map((e) => [e.value.name, e.value.phone]);
    expect(got).toEqual([
      ['Aurélie PETIT', '03 26 84 42 17'],
      ['Hugo VASSEUR', '03 26 84 40 09'],
    ]);
  });
});

describe('a « Procédure d’escalade. » paragraph then its bulleted levels', () => {
  it('« - Caf : Hervé X – fonction – 03 … – mél » read with each side; the parties sentence above is no level', () => {
    const got = contrat(
      'Le présent contrat est conclu entre la Caisse d’Allocations Familiales du Nord, représentée par Madame Véronique DELATTRE, Directrice générale, et l’Association AHIR, représentée par Monsieur Gérard DEPREZ, Président.',
      '1. Objet du contrat',
      'Le présent contrat précise les modalités de mise en œuvre des services.',
      'Procédure d’escalade. En l’absence de réponse dans un délai de 10 jours ou en cas d’urgence, contacter dans l’ordre :',
      '- Caf : Hervé DECOSTER – Responsable « Mon Compte Partenaire » – 03 20 14 52 10 – herve.decoster@caf59.caf.fr',
      '- Partenaire : Sophie LEFEBVRE – Directrice – 03 20 73 44 10 – s.lefebvre@ahir-roubaix.org',
    ).escalation.map((e) => [e.value.side, e.value.name, e.value.phone]);
    expect(got).toEqual([
      ['caf', 'Hervé DECOSTER', '03 20 14 52 10'],
      ['partner', 'Sophie LEFEBVRE', '03 20 73 44 10'],
    ]);
  });
});

describe('escalation blocks side by side, each cell joined by single spaces', () => {
  it('« Pour la Caf ⇥ Pour le partenaire », then « 1 – Name Function phone e-mail » cells', () => {
    const got = contrat(
      'Article 3.3 – La procédure d’escalade',
      '',
      'Pour la Caf\tPour le partenaire',
      '1 – Frédéric LEROY Conseiller technique partenaires 03 21 24 63 18 frederic.leroy@caf62.caf.fr\t1 – Stéphanie CARON Directrice générale 03 21 28 44 91 s.caron@atal.fr',
      '2 – Marie-Pierre DUBOIS Responsable du département Partenaires 03 21 24 63 00\t2 – Ludovic FOURNIER Chef de service 03 21 28 44 95',
    ).escalation.map((e) => e.value);
    expect(got.map((e) => [e.side, e.name, e.function, e.phone, e.email])).toEqual([
      [
        'caf',
        'Frédéric LEROY',
        'Conseiller technique partenaires',
        '03 21 24 63 18',
        'frederic.leroy@caf62.caf.fr',
      ],
      [
        'caf',
        'Marie-Pierre DUBOIS',
        'Responsable du département Partenaires',
        '03 21 24 63 00',
        undefined,
      ],
      ['partner', 'Stéphanie CARON', 'Directrice générale', '03 21 28 44 91', 's.caron@atal.fr'],
      ['partner', 'Ludovic FOURNIER', 'Chef de service', '03 21 28 44 95', undefined],
    ]);
  });
});

describe('numbered items naming their person first, under a side cue', () => {
  it('« 1) Name – function – phone – » with the e-mail wrapped onto the next line', () => {
    const got = contrat(
      'Article 3.3 – La procédure d’escalade',
      '',
      'Les interlocuteurs suivants sont contactés dans l’ordre :',
      '',
      'Pour la Caf :',
      '1) Sébastien MOLLARD – Chargé de relations partenaires – 04 76 20 61 34 –',
      'sebastien.mollard@caf38.caf.fr',
      '2) Agnès CHAMPON – Responsable du pôle Partenaires – 04 76 20 61 00',
      'Pour le partenaire :',
      '1) Marion ROSSET – Directrice du service Enfance-Jeunesse – 04 76 50 81 22',
    ).escalation.map((e) => e.value);
    expect(got.map((e) => [e.side, e.name, e.function, e.phone, e.email])).toEqual([
      [
        'caf',
        'Sébastien MOLLARD',
        'Chargé de relations partenaires',
        '04 76 20 61 34',
        'sebastien.mollard@caf38.caf.fr',
      ],
      ['caf', 'Agnès CHAMPON', 'Responsable du pôle Partenaires', '04 76 20 61 00', undefined],
      [
        'partner',
        'Marion ROSSET',
        'Directrice du service Enfance-Jeunesse',
        '04 76 50 81 22',
        undefined,
      ],
    ]);
  });
});

describe('levels naming their side in brackets', () => {
  it('« - Niveau 1 (Caf) : Name, function – phone – e-mail », « Niveau 1 (Département) : … »', () => {
    const got = contrat(
      'Article 3.3 – La procédure d’escalade',
      'La procédure d’escalade est mise en œuvre auprès des interlocuteurs suivants, dans l’ordre :',
      '- Niveau 1 (Caf) : Fabienne ROUX, chargée de partenariat – 02 47 31 58 24 – fabienne.roux@caf37.caf.fr',
      '- Niveau 1 (Département) : Hélène VASSEUR, cheffe du service Ressources – 02 47 31 48 70',
    ).escalation.map((e) => e.value);
    expect(got.map((e) => [e.side, e.name, e.function, e.phone])).toEqual([
      ['caf', 'Fabienne ROUX', 'chargée de partenariat', '02 47 31 58 24'],
      ['partner', 'Hélène VASSEUR', 'cheffe du service Ressources', '02 47 31 48 70'],
    ]);
  });
});
