/**
 * The centre's hours in a sentence of their own after the one naming the centre: « … est
 * joignable par courriel à l'adresse x@…. Il est ouvert du lundi … », « Ses horaires sont :
 * … », « Il est joignable à l'adresse x@…, du lundi … ». Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { contrat } from './contrat-test-support';

describe('the hours in a sentence after the one naming the centre', () => {
  it.each([
    [
      [
        'Le guichet unique du centre de services Caf est joignable par courriel à l’adresse',
        'partenaires.mcp@caf11.caf.fr. Il est ouvert du lundi au vendredi de 8 h 30 à',
        '16 h 30. Toute demande est prise en charge dans un délai de 48 heures',
        'ouvrées.',
      ],
      'du lundi au vendredi de 8 h 30 à 16 h 30',
    ],
    [
      [
        'Le centre de services Caf assure le support de niveau 2 des administrateurs du partenaire. Il est accessible par messagerie à l’adresse cdap.partenaires@caf14.caf.fr. Ses horaires sont : du lundi au vendredi de 8 h 45 à 16 h 45. Les demandes reçoivent une réponse dans un délai de 72 heures ouvrées.',
      ],
      'du lundi au vendredi de 8 h 45 à 16 h 45',
    ],
    [
      [
        'Le centre de services Caf traite les demandes des administrateurs du partenaire. Il est joignable à l’adresse partenaires-mcp@caf93.caf.fr, du lundi au vendredi de 8 h 30 à 17 h. Les demandes sont traitées sous 5 jours ouvrés.',
      ],
      'du lundi au vendredi de 8 h 30 à 17 h',
    ],
    [
      [
        'Le Centre de services Caf est joignable à l’adresse :',
        'mcp.partenaires@caf50.caf.fr ; il est ouvert du lundi au vendredi',
        'de 9 h 00 à 12 h 00 et de 13 h 30 à 16 h 00 .',
      ],
      'du lundi au vendredi de 9 h 00 à 12 h 00 et de 13 h 30 à 16 h 00',
    ],
    [
      [
        '3.1 Le centre de services est joignable par courriel à l’adresse',
        'partenaires@caf15.caf.fr du lundi au vendredi de 8 h 30 à 12 h 00',
        'et de 13 h 30 à 16 h 30.',
      ],
      'du lundi au vendredi de 8 h 30 à 12 h 00 et de 13 h 30 à 16 h 30',
    ],
  ])('%j', (body, hours) => {
    expect(contrat(...body).serviceCentreHours?.value).toBe(hours);
  });

  it('no hours from a sentence about something else after the centre', () => {
    const got = contrat(
      'Le centre de services Caf est joignable à l’adresse mcp@caf11.caf.fr.',
      'La réunion de bilan a lieu chaque année le lundi de 10 h à 12 h.',
    );
    expect(got.serviceCentreHours).toBeUndefined();
  });
});
