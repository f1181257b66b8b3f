import { describe, expect, it } from 'vitest';
import { hoursPhrase } from './contrat';
import { contrat } from './contrat-test-support';

describe('service centre given as labelled lines', () => {
  it.each([
    ['Délai de traitement des demandes : J+3 ouvrés.', 'J+3 ouvrés'],
    ['Délai de réponse : 48h ouvrées', '48 h ouvrées'],
    ['Les demandes sont traitées dans un délai de 5 jours calendaires.', '5 jours calendaires'],
    ['Elles sont prises en charge sous 72 heures ouvrables.', '72 heures ouvrables'],
    ['-\tdélai de prise en charge : 2 jours ouvrés.', '2 jours ouvrés'],
    ['Le délai de traitement des demandes est de 3 jours ouvrés.', '3 jours ouvrés'],
    ['Le délai de réponse du centre est fixé à 48 heures.', '48 heures'],
  ])('handling time written « %s »', (line, handling) => {
    const got = contrat(
      'Centre de services de la Caf',
      'Courriel : partenaires@caf65.caf.fr',
      line,
    );
    expect(got.handlingTime?.value).toBe(handling);
  });

  it.each([
    [
      [
        'Horaires d’ouverture : du lundi au vendredi de 9h00 à 12h00 et de 13h30 à 16h00, par téléphone au 05 62 56 20 00 pour les urgences',
        'Messagerie : partenaires@caf65.caf.fr',
        'Délai de traitement des demandes : 72 heures ouvrées',
      ],
      'du lundi au vendredi de 9h00 à 12h00 et de 13h30 à 16h00',
      '72 heures ouvrées',
    ],
    [
      [
        'Horaires : du lundi au jeudi de 8h30 à 17h, le vendredi de 8h30 à 16h, hors jours fériés',
        'Courriel : partenaires@caf65.caf.fr',
        'Délai de réponse : sous 48 h',
      ],
      'du lundi au jeudi de 8h30 à 17h, le vendredi de 8h30 à 16h, hors jours fériés',
      '48 h',
    ],
    [
      [
        'Heures d’ouverture du centre de services : du lundi au vendredi de 8h30 à 16h30 par messagerie à l’adresse partenaires@caf65.caf.fr',
        'Délai de prise en charge : 2 jours ouvrés',
      ],
      'du lundi au vendredi de 8h30 à 16h30',
      '2 jours ouvrés',
    ],
  ])('%j', (body, hours, handling) => {
    const got = contrat('Centre de services de la Caf', ...body);
    expect(got.serviceCentreHours?.value).toBe(hours);
    expect(got.handlingTime?.value).toBe(handling);
    expect(got.serviceCentreEmail?.value).toBe('partenaires@caf65.caf.fr');
  });

  it.each([
    [
      'du lundi au vendredi de 8h30 à 16h30, par messagerie à l’adresse x@caf.fr',
      'du lundi au vendredi de 8h30 à 16h30',
    ],
    [
      'du lundi au vendredi de 8h30 à 16h30 ; le centre répond par téléphone au 01 02 03 04 05',
      'du lundi au vendredi de 8h30 à 16h30',
    ],
    ['de 9 h à 12 h (sauf le mercredi), par courriel', 'de 9 h à 12 h (sauf le mercredi)'],
    [
      'par messagerie à l’adresse mcp.caf74@caf.cnafmail.fr, du lundi au vendredi de 9h00 à 12h00 et de 13h30 à 16h00',
      'du lundi au vendredi de 9h00 à 12h00 et de 13h30 à 16h00',
    ],
    [
      'du lundi au vendredi de 8h30 à 12h00 et de 13h30 à 16h30 à l’adresse : centre-services@caf61.caf.fr',
      'du lundi au vendredi de 8h30 à 12h00 et de 13h30 à 16h30',
    ],
  ])('hours phrase of « %s »', (value, expected) => {
    expect(hoursPhrase(value)).toBe(expected);
  });
});
