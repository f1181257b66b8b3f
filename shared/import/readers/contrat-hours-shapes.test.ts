/**
 * The service centre's hours and handling time in the shapes unseen contrats gave them: a
 * sentence whose verb is not « est ouvert » (« reçoit les demandes … du lundi … », « répond
 * … », « …, ouvert de 8h30 … du lundi au vendredi »), a numbered paragraph taken for a
 * heading, days and hours in rows or columns of their own, counts written in words, and a
 * convention with no contrat block. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { serviceContract } from './contrat';
import { hoursInSentence } from './contrat-service-centre';
import { contrat } from './contrat-test-support';
import { managementMode } from './contrat-mode';
import { findBlocks } from './segmentation';

describe('the centre’s hours in a sentence', () => {
  it.each([
    [
      [
        'Le centre de services reçoit les demandes des administrateurs du partenaire du',
        'lundi au vendredi de 7h30 à 13h30, par courriel à l’adresse x@caf.fr.',
      ],
      'du lundi au vendredi de 7h30 à 13h30',
    ],
    [
      [
        'Le centre de services Caf répond aux partenaires du lundi au jeudi de 8h à 16h et le vendredi de 8h à 12h.',
      ],
      'du lundi au jeudi de 8h à 16h et le vendredi de 8h à 12h',
    ],
    [
      [
        'Pour toute question, le partenaire s’adresse au centre de services de la Caf, ouvert de 8h30 à 12h00 et de 13h30 à 17h00 du lundi au vendredi, par courriel : x@caf.fr.',
      ],
      'de 8h30 à 12h00 et de 13h30 à 17h00 du lundi au vendredi',
    ],
    [
      [
        '3.1 Le centre de services est ouvert du lundi au vendredi de 9h à 12h et de',
        '13h30 à 16h. Il est joignable par courriel.',
      ],
      'du lundi au vendredi de 9h à 12h et de 13h30 à 16h',
    ],
    [
      ['Le centre de services est disponible de 9 heures à 17 heures, du lundi au vendredi.'],
      'de 9 heures à 17 heures, du lundi au vendredi',
    ],
    [
      ['Le centre de services tient ses horaires : lundi-vendredi, 9 h – 12 h.'],
      'lundi-vendredi, 9 h – 12 h',
    ],
    [
      ['Le guichet unique traite les appels les jours ouvrés de 8h30 à 17h.'],
      'les jours ouvrés de 8h30 à 17h',
    ],
  ])('%j', (body, hours) => {
    expect(contrat(...body).serviceCentreHours?.value).toBe(hours);
  });

  it.each([
    'Les demandes reçues par le centre de services le vendredi après 16h sont traitées le lundi.',
    'Le centre de services traite les demandes du partenaire.',
    'Le partenaire est reçu du lundi au vendredi de 9h à 12h.',
  ])('no hours: %s', (sentence) => {
    expect(hoursInSentence(sentence)).toBeUndefined();
  });
});

describe('the centre’s hours in a table', () => {
  it.each([
    [
      'days and hours in rows of their own',
      [
        'Canal\tDétail',
        'Courriel\tx@caf.fr',
        'Jours\tDu lundi au vendredi',
        'Horaires\t8h00 – 12h00 / 13h30 – 16h00',
      ],
      'du lundi au vendredi 8h00 – 12h00 / 13h30 – 16h00',
    ],
    [
      'a « Jours ⇥ Horaires » table of two rows',
      [
        'Le centre de services est joignable aux horaires suivants :',
        'Jours\tHoraires',
        '',
        'Du lundi au jeudi\t8h30 – 12h00 et 13h00 – 16h30',
        'Le vendredi\t8h30 – 12h00 et 13h00 – 16h00',
      ],
      'du lundi au jeudi 8h30 – 12h00 et 13h00 – 16h30 ; le vendredi 8h30 – 12h00 et 13h00 – 16h00',
    ],
    [
      'a row whose cells a PDF joined with spaces, the e-mail last',
      [
        'Jours\tHoraires d’ouverture\tAdresse de messagerie',
        '',
        'Du lundi au vendredi de 9h00 à 12h00 et de 13h30 à 16h30 partenaires@caf.fr',
      ],
      'du lundi au vendredi de 9h00 à 12h00 et de 13h30 à 16h30',
    ],
  ])('%s', (_, body, hours) => {
    expect(contrat(...body).serviceCentreHours?.value).toBe(hours);
  });
});

describe('the handling time in words', () => {
  it.each([
    ['Toute demande est traitée dans un délai de deux jours ouvrés.', 'deux jours ouvrés'],
    ['La Caf prend en charge la demande sous trois (3) jours ouvrés.', 'trois (3) jours ouvrés'],
    ['Délai de traitement : 2 (deux) jours ouvrés', '2 (deux) jours ouvrés'],
    [
      'Les demandes sont traitées sous quarante-huit heures ouvrées.',
      'quarante-huit heures ouvrées',
    ],
  ])('%s', (sentence, handling) => {
    expect(contrat('Centre de services de la Caf', sentence).handlingTime?.value).toBe(handling);
  });
});

describe('the centre described in a convention with no contrat', () => {
  const read = (...lines: string[]) => {
    const ctx = makeCtx(normalizeLines(lines.join('\n')));
    return serviceContract(ctx, findBlocks(ctx.lines), []);
  };

  it('a numbered paragraph about the centre', () => {
    const got = read(
      'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
      '',
      'Article 1 – Objet de la convention',
      'La présente convention organise l’accès du partenaire.',
      '',
      '7. Le centre de services de la Caf est joignable du lundi au vendredi,',
      'de 8h30 à 16h00, à l’adresse cs@caf.fr ; il accuse réception de toute',
      'demande et la traite dans un délai de trois jours ouvrés.',
    );
    expect(got.serviceCentreHours?.value).toBe('du lundi au vendredi, de 8h30 à 16h00');
    expect(got.handlingTime?.value).toBe('trois jours ouvrés');
  });

  it('a delay that is not the centre’s stays out', () => {
    const got = read(
      'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
      '',
      'Article 1 – Objet de la convention',
      'Les demandes de suppression d’un accès sont traitées sous 48 heures.',
      'Le partenaire est reçu du lundi au vendredi de 9h à 12h.',
    );
    expect(got.serviceCentreHours).toBeUndefined();
    expect(got.handlingTime).toBeUndefined();
  });
});

describe('the centre’s fields one a line, the days under the hours', () => {
  it('« Adresse mail : », « Horaires : », « Jours : »', () => {
    const got = contrat(
      'Coordonnées du centre de services :',
      'Adresse mail : support@caf.fr',
      'Horaires : de 8h30 à 12h et de 13h à 16h30',
      'Jours : du lundi au vendredi',
      'Délai de réponse garanti : 2 jours ouvrés',
    );
    expect(got.serviceCentreEmail?.value).toBe('support@caf.fr');
    expect(got.serviceCentreHours?.value).toBe(
      'du lundi au vendredi de 8h30 à 12h et de 13h à 16h30',
    );
    expect(got.handlingTime?.value).toBe('2 jours ouvrés');
  });
});

describe('« Ouverture : » labelling the centre’s hours', () => {
  it('« Ouverture : du lundi au vendredi de 9 h à 12 h et de 13 h 30 à 16 h »', () => {
    const got = contrat(
      '3.2 Fonctionnement du centre de services Caf',
      '',
      'Ouverture : du lundi au vendredi de 9 h à 12 h et de 13 h 30 à 16 h',
      'Courriel : mcp.bailleurs@caf56.caf.fr',
    );
    expect(got.serviceCentreHours?.value).toBe(
      'du lundi au vendredi de 9 h à 12 h et de 13 h 30 à 16 h',
    );
  });
});

describe('the mode in « X gère ses habilitations en mode … »', () => {
  const mode = (text: string) => managementMode(makeCtx([text])).map((c) => c.value);
  it.each([
    ['Le Département gère ses habilitations en mode délégué.', ['délégué']],
    [
      'Le CIAS administre lui-même les habilitations de ses agents en mode centralisé.',
      ['centralisé'],
    ],
    ['Par défaut, le partenaire gère ses habilitations en mode délégué.', []],
    ['Le partenaire peut gérer ses habilitations en mode délégué.', []],
    [
      'Le mode délégué de gestion des habilitations prévu par le contrat de services demeure inchangé.',
      ['délégué'],
    ],
    ['Le mode de gestion des habilitations retenu est le mode centralisé.', ['centralisé']],
  ])('%s', (text, expected) => {
    expect(mode(text)).toEqual(expected);
  });
});

describe('the centre’s hours as a label cell and a value cell', () => {
  it('« Jours et horaires d’ouverture ⇥ Du lundi au vendredi de 8h30 à 16h30 »', () => {
    const c = contrat(
      'Article 3 – Centre de services Caf',
      '',
      'Jours et horaires d’ouverture\tDu lundi au vendredi de 8h30 à 16h30',
      'Adresse de messagerie\tpartenaires.mcp@caf31.caf.fr',
    );
    expect(c.serviceCentreHours?.value).toBe('Du lundi au vendredi de 8h30 à 16h30');
  });
});
