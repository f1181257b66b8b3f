/**
 * Escalation persons each given after their side's cue, no civility: « • pour la Caf : Rachid
 * HAMMOUDI, chef de projet … – 01 … – x@… ; », « Pour la commune : Sébastien GARCIA, Directeur
 * général des services, » with the phone on the next line. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { contrat } from './contrat-test-support';
import { functionSide } from './contrat-escalation';

const persons = (...body: string[]) =>
  (contrat(...body).escalation ?? []).map((e) => {
    const v = e.value;
    return [v.side, v.name, v.function, v.phone, v.email ?? ''].join(' | ');
  });

describe('escalation persons after their side’s cue', () => {
  it('bulleted, under a lead ending in « : »', () => {
    expect(
      persons(
        '3.3 Escalade',
        'Si aucune réponse n’est apportée dans un délai de 10 jours, ou en cas d’urgence :',
        '• pour la Caf : Rachid HAMMOUDI, chef de projet Partenaires numériques – 01 48 96 42 18 – rachid.hammoudi@caf93.caf.fr ;',
        '• pour la Mission locale : Olivier MARCHAND, Directeur – 01 48 47 35 61 – o.marchand@ml-bondy.org.',
      ),
    ).toEqual([
      'caf | Rachid HAMMOUDI | chef de projet Partenaires numériques | 01 48 96 42 18 | rachid.hammoudi@caf93.caf.fr',
      'partner | Olivier MARCHAND | Directeur | 01 48 47 35 61 | o.marchand@ml-bondy.org',
    ]);
  });

  it('unbulleted, right under the lead, a phone wrapped onto the next line', () => {
    expect(
      persons(
        '3.3 Procédure d’escalade',
        'En l’absence de réponse dans un délai de 10 jours, ou en cas d’urgence, les',
        'interlocuteurs suivants peuvent être sollicités :',
        'Pour la Caf : Florence BRU, Responsable du pôle partenaires, 04 68 11 72 30',
        'Pour la commune : Sébastien GARCIA, Directeur général des services,',
        '04 68 20 00 44',
      ),
    ).toEqual([
      'caf | Florence BRU | Responsable du pôle partenaires | 04 68 11 72 30 | ',
      'partner | Sébastien GARCIA | Directeur général des services | 04 68 20 00 44 | ',
    ]);
  });
});

describe('each side’s levels in two columns of its own, side by side', () => {
  it('reads the Caf’s column, then the partner’s', () => {
    expect(
      persons(
        '3.3 Escalade',
        '',
        'Pour la Caf\t\tPour le CCAS',
        '1er niveau\tKarim BELKACEM – Administrateur local – 01 45 17 28 64\t1er niveau\tFatoumata DIALLO – Responsable du pôle Accès aux droits – 01 46 82 80 31',
        '2e niveau\tIsabelle NGUYEN – Responsable du département Partenaires – 01 45 17 28 10\t2e niveau\tOlivier MERCIER – Directeur du CCAS – 01 46 82 80 02',
        '',
        'Fait à Créteil, le 18 mars 2025',
      ),
    ).toEqual([
      'caf | Karim BELKACEM | Administrateur local | 01 45 17 28 64 | ',
      'caf | Isabelle NGUYEN | Responsable du département Partenaires | 01 45 17 28 10 | ',
      'partner | Fatoumata DIALLO | Responsable du pôle Accès aux droits | 01 46 82 80 31 | ',
      'partner | Olivier MERCIER | Directeur du CCAS | 01 46 82 80 02 | ',
    ]);
  });
});

describe('a level table given one cell per line, a function wrapped over two lines', () => {
  it('opens each row at its level’s number and stops at the sentence after it', () => {
    expect(
      persons(
        '3.3 Procédure d’escalade : en l’absence de réponse dans un délai de 10',
        'jours ou en cas d’urgence, le partenaire contacte successivement :',
        'Niveau',
        'Nom',
        'Fonction',
        'Téléphone',
        '1',
        'Julien MONTEIL',
        'Administrateur local',
        '« Mon Compte Partenaire »',
        '04 71 45 62 18',
        '2',
        'Sandrine FABRE',
        'Responsable du service',
        'Relations partenaires',
        '04 71 45 62 05',
        'Pour le partenaire, l’interlocuteur en cas d’escalade est Madame Marion',
        'LAPORTE, Directrice du CCAS, 04 71 60 61 70.',
      ).slice(0, 2),
    ).toEqual([
      'caf | Julien MONTEIL | Administrateur local "Mon Compte Partenaire" | 04 71 45 62 18 | ',
      'caf | Sandrine FABRE | Responsable du service Relations partenaires | 04 71 45 62 05 | ',
    ]);
  });
});

describe('the side a function names', () => {
  it.each([
    ['Administrateur local « Mon Compte Partenaire »', undefined],
    ['Responsable du service Relations partenaires', undefined],
    ['Directrice du CCAS', 'partner'],
    ['Responsable partenariats de la Caf', 'caf'],
  ])('%s', (fn, side) => {
    expect(functionSide(fn)).toBe(side);
  });
});
