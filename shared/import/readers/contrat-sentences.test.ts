/**
 * What a contrat or a convention says in a sentence: the handling time after « prendre en
 * charge », the mode a sentence says the management « est assurée » in (not the default),
 * the partner's kind read through an OCR'd capital. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';
import { makeCtx } from './context';
import { managementMode } from './contrat-mode';
import { contrat } from './contrat-test-support';

describe('the handling time in a sentence', () => {
  it.each([
    [
      'Le centre de services s’engage à prendre en charge la demande dans les 3 jours ouvrés.',
      '3 jours ouvrés',
    ],
    ['La Caf prend en charge toute demande sous 24 heures ouvrées.', '24 heures ouvrées'],
    ['Toute demande est traitée dans un délai de 48 h.', '48 h'],
  ])('%s', (sentence, expected) => {
    expect(contrat(sentence).handlingTime?.value).toBe(expected);
  });
  it.each([
    'Sans réponse, le partenaire peut prendre en charge l’escalade sous 10 jours.',
    'Si aucune réponse n’est obtenue dans un délai de 10 jours, ou en cas d’urgence, la partie concernée contacte Mme Véronique ROY.',
    'Lorsque la demande n’a pas reçu de réponse dans un délai de 8 jours, le partenaire contacte le responsable.',
    'En cas d’urgence, ou sans retour dans un délai de 5 jours ouvrés, contacter M. Hervé BLANC.',
  ])('an escalation’s delay is no handling time: %s', (sentence) => {
    expect(contrat(sentence).handlingTime).toBeUndefined();
  });
});

describe('the mode « assurée en mode … », « déléguée au partenaire »', () => {
  const mode = (text: string) => managementMode(makeCtx([text])).map((c) => c.value);
  it.each([
    [
      'Par défaut, le mode de gestion est le mode délégué. Pour le présent partenaire, la gestion des habilitations est assurée en mode centralisé.',
      ['centralisé'],
    ],
    ['La gestion des accès sera effectuée en mode délégué.', ['délégué']],
    // a default, a possibility: nothing
    ['Par défaut, la gestion des habilitations est assurée en mode délégué.', []],
    ['La gestion des habilitations peut être assurée en mode centralisé.', []],
    // the Cafpro-era wording
    ['La gestion des habilitations est déléguée au partenaire. À cet effet, …', ['délégué']],
    ['La gestion des habilitations est centralisée par la Caf.', ['centralisé']],
    ['Si la gestion des habilitations est déléguée au partenaire, il désigne …', []],
    // a sentence after a full stop with no space (OCR)
    [
      'La Caf assure la gestion soit en mode centralisé, soit en mode délégué.Pour le présent partenaire, la gestion des habilitations est assurée en mode centralisé par la Caf.',
      ['centralisé'],
    ],
    [
      'Conformément à son choix, la gestion des habilitations s’effectue selon le mode délégué.',
      ['délégué'],
    ],
    [
      'La CAF gère de manière centralisée les habilitations des agents du partenaire.',
      ['centralisé'],
    ],
    // a default the partner kept, because it did not ask for the other mode
    [
      'Par défaut, le mode de gestion des habilitations est le mode délégué. Le partenaire n’a pas demandé le mode centralisé.',
      ['délégué'],
    ],
    ['Par défaut, le mode de gestion des habilitations est le mode délégué.', []],
    [
      'Par défaut, le mode de gestion des habilitations est le mode délégué. Le partenaire conserve ce mode de gestion.',
      ['délégué'],
    ],
    [
      'Par défaut, le mode de gestion des habilitations est le mode délégué. Le partenaire désigne un gestionnaire principal et un suppléant qui administrent les habilitations de ses personnels.',
      ['délégué'],
    ],
    // the mode as a form's field; a blank form offering both is no choice
    [
      'Mode de gestion des habilitations : délégué. Seuls les assistants de service social peuvent être habilités au profil T1.',
      ['délégué'],
    ],
    ['Gestion des accès\tcentralisée', ['centralisé']],
    // (an OCR glued « mode » to its word)
    [
      'Lesparties optent, pour l’accès par le partenaire, pour le modedélégué de gestion des habilitations.',
      ['délégué'],
    ],
    ['Mode de gestion des habilitations : délégué ou centralisé (rayer la mention inutile)', []],
  ])('%s', (text, expected) => {
    expect(mode(text)).toEqual(expected);
  });
});

describe('the partner’s kind through an OCR’d capital', () => {
  it.each([
    ['Le Centre intercommunaI d’action sociale de la Brière', 'CCAS'],
    ['Le Centre communaI d’action sociale de Guérande', 'CCAS'],
  ])('%s', (name, kind) => {
    const r = extractConvention(
      [
        'La présente convention est signée entre :',
        'La Caisse d’allocations familiales de Loire-Atlantique',
        'Représentée par son Directeur, Monsieur Yves LORIN',
        'Ci-après dénommée « Caf »',
        'Et',
        name,
        'Représenté par Madame Annie MORIN, Présidente',
        'Ci-après dénommé « le partenaire »',
        'Il est convenu ce qui suit :',
      ].join('\n'),
    );
    expect(r.partner.kind?.value).toBe(kind);
  });
});
