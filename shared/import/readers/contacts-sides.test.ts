/** Contacts annexes: Cafpro-era « correspondants », side sub-headings naming the body, a row's side from its e-mail. */
import { describe, expect, it } from 'vitest';
import { subHeadingSide } from './contacts';
import { annex } from './contacts-test-support';

describe('« Désignation des correspondants » (Cafpro era)', () => {
  it('reads the annex and the correspondants as administrators', () => {
    const r = annex(
      'ANNEXE 1 – DÉSIGNATION DES CORRESPONDANTS',
      '',
      '2. Pour le partenaire',
      '',
      'Qualité\tNom – Prénom\tFonction\tCourriel\tTéléphone',
      'Correspondant Cafpro titulaire\tDUMOULIN Christine\tDirectrice du CCAS\tc.dumoulin@ville-commentry.fr\t04 70 64 49 21',
      'Correspondant Cafpro suppléant\tPERONNET Frédéric\tAgent d’accueil\tf.peronnet@ville-commentry.fr\t04 70 64 49 23',
      'Correspondant Informatique et Libertés (CIL)\tVERNISSE Nathalie\tJuriste\tcil@ville-commentry.fr\t04 70 64 49 02',
    );
    expect(r.contacts.map((c) => [c.side, c.role, c.name, c.email])).toEqual([
      ['partner', 'administrateur', 'DUMOULIN Christine', 'c.dumoulin@ville-commentry.fr'],
      ['partner', 'administrateur-suppleant', 'PERONNET Frédéric', 'f.peronnet@ville-commentry.fr'],
      ['partner', 'dpo', 'VERNISSE Nathalie', 'cil@ville-commentry.fr'],
    ]);
  });

  it('a sentence naming the correspondants is no annex heading', () => {
    expect(
      annex(
        'Toute modification des correspondants est signalée à la Caf.',
        'Correspondant Cafpro titulaire\tDUMOULIN Christine\tc.dumoulin@ville-commentry.fr',
      ).contacts,
    ).toEqual([]);
  });
});

describe('a side sub-heading that names the body', () => {
  it.each([
    ['Pour la Commune de La Couronne', 'partner'],
    ['Pour le CCAS de Mirande :', 'partner'],
    ['Pour la Caf de la Charente', 'caf'],
    ["Pour l'Association Les Bruyères", 'partner'],
    ['Pour le partenaire', 'partner'],
  ])('%s', (heading, side) => {
    expect(subHeadingSide(heading)).toBe(side);
  });

  it.each([
    'Pour la commune, le maire signe la présente convention.',
    'Pour la Caf : 05 45 20 61 39',
    'Pour toute question',
  ])('no sub-heading: %s', (line) => {
    expect(subHeadingSide(line)).toBeUndefined();
  });
});

describe('the side of a row whose e-mail is not the Caf’s', () => {
  it('a « Caf » row written from another body’s address belongs to the partner', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs',
      'Pour la Caf',
      'Rôle\tNom\tMél\tTéléphone',
      'Administrateur\tLudovic BOUTIN\tludovic.boutin@caf16.caf.fr\t05 45 20 61 39',
      'Responsable Sécurité\tsecurite@caf16.caf.fr',
      'Pour la mairie, l’équipe',
      'Administrateur suppléant\tJulie VERGNAUD\tj.vergnaud@lacouronne.fr\t05 45 67 28 45',
    );
    expect(r.contacts.map((c) => [c.side, c.role, c.email])).toEqual([
      ['caf', 'administrateur', 'ludovic.boutin@caf16.caf.fr'],
      ['caf', 'responsable-securite', 'securite@caf16.caf.fr'],
      ['partner', 'administrateur-suppleant', 'j.vergnaud@lacouronne.fr'],
    ]);
  });
});
