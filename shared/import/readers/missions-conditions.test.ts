/**
 * The national model's « conditions particulières » list the missions under « Missions du
 * partenaire (article 8 des conditions générales) »; article 8 of the « conditions générales »
 * only says where they are. Texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { read } from './missions-test-support';

const LIST = [
  '– Instruction des demandes d’aides sociales facultatives ;',
  '– Accompagnement budgétaire des ménages suivis par le CCAS.',
];

describe('missions in the conditions particulières', () => {
  it.each([
    ['Missions du partenaire (article 8 des conditions générales)'],
    ['Missions exercées par le partenaire :'],
    ['MISSIONS DU PARTENAIRE'],
  ])('under « %s », not the article that refers to them', (heading) => {
    const r = read(
      'CONDITIONS PARTICULIÈRES',
      heading,
      'Le partenaire déclare exercer les missions suivantes justifiant l’accès aux données :',
      ...LIST,
      'Mode de gestion des habilitations (article 9.1 des conditions générales) : ☒ délégué ☐ centralisé',
      '',
      'CONDITIONS GÉNÉRALES',
      'Article 8 – Missions du partenaire',
      'Les missions exercées par le partenaire sont précisées aux conditions particulières.',
      'Article 9 – Gestion des habilitations',
    );
    expect(r.missions).toEqual([
      'Instruction des demandes d’aides sociales facultatives'.replace('’', "'"),
      'Accompagnement budgétaire des ménages suivis par le CCAS',
    ]);
    expect(r.unread).toEqual([]);
  });

  it.each([
    ['Les missions du partenaire sont précisées aux conditions particulières.'],
    ['Les missions exercées figurent en annexe 3.'],
    ['Les missions sont définies dans les conditions particulières.'],
  ])('« %s » is no mission', (sentence) => {
    const r = read('Article 8 – Missions du partenaire', sentence, 'Article 9 – Gestion');
    expect(r.missions).toEqual([]);
  });
});
