import { describe, expect, it } from 'vitest';
import type { ContactValue, ConventionExtraction, Extracted } from '../types';
import { makeCtx } from './context';
import { emptyExtraction } from './extraction-test-support';
import { detectLeftovers } from './leftovers';
import { findBlocks } from './segmentation';

const at = <T>(value: T, line: number): Extracted<T> => ({
  value,
  sourceLine: line,
  sourceText: '',
  confidence: 'high',
});

function extraction(lines: string[], patch: (x: ConventionExtraction) => void = () => {}) {
  const x = emptyExtraction(lines);
  patch(x);
  return x;
}

/** The unread parts the detectors add, as « part@line ». */
function leftovers(lines: string[], patch?: (x: ConventionExtraction) => void): string[] {
  const ctx = makeCtx(lines);
  detectLeftovers(ctx, findBlocks(lines), extraction(lines, patch));
  return ctx.unread.map((u) => `${u.part}@${u.sourceLine}`);
}

const ANNEX = [
  'Annexe 1 – Les interlocuteurs',
  '',
  'Fonction : Administrateur',
  'Nom : Claire DUVAL',
  'Mél : claire.duval@ville-exemple.fr',
  '',
  'Fonction : Délégué à la protection des données',
  'Nom : Paul MARTIN',
  'Mél : dpo@ville-exemple.fr – 03 21 44 55 66',
];

/** The annex's first contact, as a reader took it. */
const DUVAL_READ = at<ContactValue>(
  {
    side: 'partner',
    role: 'administrateur',
    name: 'Claire DUVAL',
    email: 'claire.duval@ville-exemple.fr',
    phones: [],
  },
  4,
);

describe('parts read only in part are said unread, never guessed', () => {
  it.each<[string, string[], ((x: ConventionExtraction) => void) | undefined, string[]]>([
    [
      'a contact the annex holds and no reader took',
      ANNEX,
      (x) => {
        x.contacts.push(DUVAL_READ);
      },
      ['contacts@9'],
    ],
    [
      'every contact of the annex read: nothing to say',
      ANNEX,
      (x) => {
        x.contacts.push(
          DUVAL_READ,
          at(
            {
              side: 'partner',
              role: 'dpo',
              name: 'Paul MARTIN',
              email: 'dpo@ville-exemple.fr',
              phones: ['03 21 44 55 66'],
            },
            8,
          ),
        );
      },
      [],
    ],
    [
      'an escalation level with a phone no reader took',
      [
        'Contrat de services',
        'Article 1 – Objet du contrat de services',
        '',
        'Article 6 – Procédure d’escalade',
        '1er niveau : M. Alain PETIT, responsable du service, 04 11 22 33 44',
        '2e niveau : Mme Sonia LEROY, directrice adjointe, 04 11 22 33 40',
      ],
      (x) => {
        x.serviceContract.escalation.push(
          at({ side: 'caf', name: 'Alain PETIT', phone: '04 11 22 33 44' }, 5),
        );
      },
      ['escalation@6'],
    ],
    [
      'the security article naming the annex persons again is not an escalation',
      [
        'Contrat de services',
        'Article 1 – Objet du contrat de services',
        'Article 4 – Procédure d’escalade',
        'Le partenaire contacte le centre de services.',
        'Article 5 – La gestion de la sécurité',
        'Les interlocuteurs :',
        '- Caf : jean.roux@caf99.caf.fr',
      ],
      undefined,
      [],
    ],
    [
      'a party’s own switchboard and e-mail are the party’s, not a contact',
      [
        'Entre la Caisse d’allocations familiales de l’Exemple, d’une part,',
        'et la Commune de Modèle, 2 place de la Mairie – 99100 MODÈLE,',
        '(n° SIRET : 219 900 000 00011 ; tél. 03 20 00 00 00 ; courriel : mairie@modele.fr),',
        'représentée par son Maire, Monsieur Jean MODÈLE, ci-après « la Commune », d’autre part.',
      ],
      (x) => {
        x.caf.name = at('Caisse d’allocations familiales de l’Exemple', 1);
        x.partner.name = at('Commune de Modèle', 2);
        x.partner.address = at('2 place de la Mairie – 99100 MODÈLE', 2);
        x.partner.representativeName = at('Jean MODÈLE', 4);
        x.partner.representativeTitle = at('Maire', 4);
      },
      [],
    ],
    [
      'a partner read by name, its address and representative not',
      [
        'ET : la Commune de Champvert, Mairie - 3 rue Haute - 39300 CHAMPVERT,',
        'représentée par Monsieur Guy SOREL, Maire, d’autre part,',
      ],
      (x) => {
        x.partner.name = at('Commune de Champvert', 1);
      },
      ['partner.address@1', 'representative@2'],
    ],
    [
      'both parties introduced with « ENTRE : » / « ET : » and neither read',
      [
        'ENTRE : la Caisse d’Allocations Familiales du Jura, représentée par Monsieur Luc VIDAL, Directeur,',
        'd’une part,',
        '',
        'ET : la Commune de Champvert, 3 rue Haute - 39300 CHAMPVERT, n° SIRET 213 901 986 00017,',
        'représentée par Monsieur Guy SOREL, Maire, d’autre part,',
        '',
        'Article 1 - Objet',
      ],
      undefined,
      ['caf@1', 'partner@4'],
    ],
    [
      'a blank template’s parties hold nothing to read',
      [
        'Entre la Caisse d’allocations familiales de ………………, d’une part,',
        'et ……………………, représenté(e) par ……………, ci-après « le partenaire », d’autre part.',
        '',
        'Article 1 – Objet',
      ],
      undefined,
      [],
    ],
    [
      'a CAF read without its director, « représentée par » naming one',
      [
        'La Caisse d’allocations familiales de l’Exemple',
        '12 rue des Lilas – 99000 EXEMPLE',
        'représentée par sa Directrice, Madame Anne NOIR,',
        'ci-après « la Caf »',
      ],
      (x) => {
        x.caf.name = at('Caisse d’allocations familiales de l’Exemple', 1);
        x.caf.address = at('12 rue des Lilas – 99000 EXEMPLE', 2);
      },
      ['director@3'],
    ],
  ])('%s', (_name, lines, patch, expected) => {
    expect(leftovers(lines, patch).sort()).toEqual([...expected].sort());
  });
});
