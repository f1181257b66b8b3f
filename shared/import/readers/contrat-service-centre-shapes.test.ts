import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { serviceContract } from './contrat';
import { cellAsLabel, hoursGoingOn } from './contrat-service-centre';
import { contrat } from './contrat-test-support';
import { findBlocks } from './segmentation';

/** The service centre given in the shapes other Cafs print it in (table cells, one line, two lines). */
describe('service centre shapes', () => {
  it.each([
    [
      'hours and handling time in a pipe table',
      [
        '| Canal | Caractéristiques |',
        '| Messagerie | partenaires.mcp@caf69.caf.fr |',
        '| Horaires | du lundi au vendredi de 8h30 à 12h et de 13h30 à 17h |',
        '| Délai de traitement | 48 heures ouvrées |',
      ],
      'partenaires.mcp@caf69.caf.fr',
      'du lundi au vendredi de 8h30 à 12h et de 13h30 à 17h',
      '48 heures ouvrées',
    ],
    [
      'tab cells, no colon',
      [
        'Messagerie\tmcp@caf38.caf.fr',
        'Horaires d’ouverture\tdu lundi au jeudi de 8h30 à 17h ; le vendredi de 8h30 à 16h',
        'Délai de traitement\t5 jours ouvrés',
      ],
      'mcp@caf38.caf.fr',
      'du lundi au jeudi de 8h30 à 17h ; le vendredi de 8h30 à 16h',
      '5 jours ouvrés',
    ],
    [
      'the afternoon on the next line, in the value column',
      [
        'Messagerie : centre.services@caf87.caf.fr',
        'Horaires d’ouverture :\tdu lundi au vendredi de 8h30 à 12h00',
        '\tet de 13h30 à 17h00',
        'Délai de traitement :\t72 heures ouvrées',
      ],
      'centre.services@caf87.caf.fr',
      'du lundi au vendredi de 8h30 à 12h00 et de 13h30 à 17h00',
      '72 heures ouvrées',
    ],
    [
      'the value under a bare label',
      ['Courriel : a@caf12.caf.fr', 'Horaires :', 'du lundi au vendredi', 'de 9h à 16h', ''],
      'a@caf12.caf.fr',
      'du lundi au vendredi de 9h à 16h',
      undefined,
    ],
    [
      'e-mail and hours in one paragraph',
      [
        'Centre de services Caf : assistance-mcp@caf59.caf.fr — ouvert du lundi au vendredi de 9h à 12h et de 14h à 16h30, hors jours fériés.',
      ],
      'assistance-mcp@caf59.caf.fr',
      'du lundi au vendredi de 9h à 12h et de 14h à 16h30, hors jours fériés',
      undefined,
    ],
    [
      'the centre named, then « Il est ouvert … ; le vendredi … »',
      [
        'Le centre de services Caf est joignable par messagerie à l’adresse',
        'mcp@caf21.caf.fr',
        '',
        'Il est ouvert du lundi au jeudi de 8h30 à 12h et de 13h30 à 16h30 ; le vendredi de 8h30 à 12h.',
      ],
      'mcp@caf21.caf.fr',
      'du lundi au jeudi de 8h30 à 12h et de 13h30 à 16h30 ; le vendredi de 8h30 à 12h',
      undefined,
    ],
    [
      'label and value cells: « Centre de services Caf ⇥ x@… », « Horaires ⇥ … »',
      [
        'Centre de services Caf\tpartenaires@caf52.caf.fr',
        'Horaires\tlundi à vendredi, 8h30 – 12h30 et 13h15 – 16h30',
        'Délai de prise en charge\t2 jours ouvrés',
      ],
      'partenaires@caf52.caf.fr',
      'lundi à vendredi, 8h30 – 12h30 et 13h15 – 16h30',
      '2 jours ouvrés',
    ],
  ])('%s', (_shape, body, email, hours, handling) => {
    const got = contrat('Centre de services', '', ...body);
    expect(got.serviceCentreEmail?.value).toBe(email);
    expect(got.serviceCentreHours?.value).toBe(hours);
    expect(got.handlingTime?.value).toBe(handling);
  });

  it('« Messagerie : » under a heading about the assistance, before the centre is named', () => {
    const ctx = makeCtx(
      normalizeLines(
        [
          'CONTRAT DE SERVICES',
          'Article 1 – Objet du contrat de services',
          'Le présent contrat définit les engagements de services.',
          'Article 2 – Assistance aux administrateurs',
          'Messagerie\tmcp-isere@caf38.caf.fr',
          'Article 3 – Durée',
          'Messagerie : ne pas écrire à dpo@caf38.caf.fr',
        ].join('\n'),
      ),
    );
    const got = serviceContract(ctx, findBlocks(ctx.lines), []);
    expect(got.serviceCentreEmail?.value).toBe('mcp-isere@caf38.caf.fr');
  });

  it('« Messagerie : » in a section that is not about the assistance is not the centre’s', () => {
    const ctx = makeCtx(
      normalizeLines(
        [
          'CONTRAT DE SERVICES',
          'Article 1 – Objet du contrat de services',
          'Article 2 – Sécurité',
          'Messagerie : rssi@caf38.caf.fr',
        ].join('\n'),
      ),
    );
    expect(serviceContract(ctx, findBlocks(ctx.lines), []).serviceCentreEmail).toBeUndefined();
  });

  it.each([
    ['Horaires\tdu lundi au vendredi', 'Horaires : du lundi au vendredi'],
    ['Délai de traitement\t:\t48 h', 'Délai de traitement : 48 h'],
    ['Horaires : du lundi', 'Horaires : du lundi'],
    ['T1\t4\t2', 'T1\t4\t2'],
  ])('cell « %s » read as a label', (row, expected) => {
    expect(cellAsLabel(row)).toBe(expected);
  });

  it.each([
    [['Horaires : de 8h à 12h', 'et de 14h à 17h', 'Délai : 2 jours'], ['et de 14h à 17h']],
    [['Horaires : de 8h à 12h', 'et de 14h à 17h par téléphone au 01 02 03 04 05'], []],
    [['Horaires : du lundi au jeudi', 'Le vendredi de 8h à 12h'], []],
    [
      ['Horaires : du lundi au jeudi de 8h à 17h', 'le vendredi de 8h à 12h'],
      ['le vendredi de 8h à 12h'],
    ],
    [['Horaires : de 8h à 12h', '', 'et de 14h à 17h'], []],
  ])('lines going on with the hours %j', (lines, expected) => {
    expect(hoursGoingOn(lines, 0, lines.length)).toEqual(expected);
  });
});
