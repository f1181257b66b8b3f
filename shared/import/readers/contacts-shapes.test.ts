/**
 * Contacts annexes in the shapes other CAFs' conventions give them: persons as columns, per
 * person label/value blocks, one cell per line, the role in a « Fonction » column, both sides
 * in one table, side sub-headings, several roles held by one person.
 */
import { describe, expect, it } from 'vitest';
import { annex } from './contacts-test-support';
import { roleLabels } from './records-roles';

type Row = [
  side: string,
  role: string,
  name: string | undefined,
  email?: string,
  phones?: string[],
];
const rows = (r: ReturnType<typeof annex>) =>
  r.contacts.map((c) => [c.side, c.role, c.name, c.email, c.phones]);

describe('roleLabels: several roles, a side after them', () => {
  it.each([
    [
      'Responsable sécurité et déléguée à la protection des données',
      ['responsable-securite', 'dpo'],
      undefined,
    ],
    ['RSSI / DPO', ['responsable-securite', 'dpo'], undefined],
    // a narrow column's abbreviation
    ['Resp. sécurité', ['responsable-securite'], undefined],
    ['Responsable sécurité et DPO (partenaire)', ['responsable-securite', 'dpo'], 'partner'],
    ['Administrateur (Caf)', ['administrateur'], 'caf'],
    ['Administrateur suppléant (établissement)', ['administrateur-suppleant'], 'partner'],
    ['Administrateur suppléant – partenaire', ['administrateur-suppleant'], 'partner'],
    // a body's name after a dash is no side word alone
    ['RSSI – Ville de Vierzon', ['responsable-securite'], undefined],
    [
      'Administrateur / Responsable sécurité (Caf)',
      ['administrateur', 'responsable-securite'],
      'caf',
    ],
    [
      'Administrateur ; Responsable « Mon Compte Partenaire »',
      ['administrateur', 'responsable-mcp'],
      undefined,
    ],
    [
      'Administrateur suppléant ; Responsable Sécurité',
      ['administrateur-suppleant', 'responsable-securite'],
      undefined,
    ],
  ])('%s', (text, roles, side) => {
    const hit = roleLabels(text)!;
    expect([hit.role, ...hit.also]).toEqual(roles);
    expect(hit.side).toBe(side);
  });
});

const PARTNER = 'Annexe 1 – Les interlocuteurs chez le partenaire';

describe('annex shapes', () => {
  it.each<[string, string[], Row[], string[]]>([
    [
      'persons as columns, tab rows (the corner cell dropped), surname and first name in two rows',
      [
        PARTNER,
        'Administrateur\tAdministrateur suppléant\tResponsable sécurité',
        'Nom\tBERTIN\tFAURE\tTESSIER',
        'Prénom\tNadia\tJulien\tMarc',
        'Fonction\tResponsable administrative\tAgent d’accueil\tService informatique',
        'Téléphone\t05 46 82 10 40\t05 46 82 10 43\t05 46 82 65 10',
        'Mél\tn.bertin@x.fr\tj.faure@x.fr\tm.tessier@x.fr',
      ],
      [
        ['partner', 'administrateur', 'Nadia BERTIN', 'n.bertin@x.fr', ['05 46 82 10 40']],
        ['partner', 'administrateur-suppleant', 'Julien FAURE', 'j.faure@x.fr', ['05 46 82 10 43']],
        ['partner', 'responsable-securite', 'Marc TESSIER', 'm.tessier@x.fr', ['05 46 82 65 10']],
      ],
      [],
    ],
    [
      'persons as columns with a « Rôle » corner and a row that lost a cell: that row reported',
      [
        PARTNER,
        'Rôle\tAdministrateur\tDPO',
        'Nom et prénom\tNadia BERTIN\tÉmilie ROUSSEAU',
        'Téléphone\t05 46 82 10 40',
        'Mél\tn.bertin@x.fr\tdpo@agglo.fr',
      ],
      [
        ['partner', 'administrateur', 'Nadia BERTIN', 'n.bertin@x.fr', []],
        ['partner', 'dpo', 'Émilie ROUSSEAU', 'dpo@agglo.fr', []],
      ],
      ['contacts'],
    ],
    [
      'persons as columns one cell per line',
      [
        PARTNER,
        'Administrateur',
        'Administrateur suppléant',
        'DPO',
        'Nom',
        'DUVAL',
        'MARIE',
        'COLIN',
        'Prénom',
        'Romain',
        'Justine',
        'Nathalie',
        'Fonction',
        'Responsable du CCAS',
        'Service',
        'Juriste',
        'Mél',
        'r.duval@v.fr',
        'j.marie@v.fr',
        'rgpd@v.fr',
      ],
      [
        ['partner', 'administrateur', 'Romain DUVAL', 'r.duval@v.fr', []],
        ['partner', 'administrateur-suppleant', 'Justine MARIE', 'j.marie@v.fr', []],
        ['partner', 'dpo', 'Nathalie COLIN', 'rgpd@v.fr', []],
      ],
      [],
    ],
    [
      'per-person blocks under plain role headings; « Nom : » alone gives the name; one person, two roles',
      [
        'Annexe 1 – Désignation des interlocuteurs',
        'Chez le partenaire :',
        'Administrateur principal',
        'Nom : Sylvie CHAZAL',
        'Tél. : 04 77 26 05 27',
        'Courriel : s.chazal@feurs.fr',
        '',
        'Responsable sécurité et déléguée à la protection des données',
        'Nom : ROCHE',
        'Prénom : Isabelle',
        'Fonction : Directrice générale des services',
        'Courriel : dgs@feurs.fr',
        '',
        'À la Caf :',
        'Administratrice locale',
        'Nom : Patricia VIAL',
        'Courriel : habilitations@caf42.caf.fr',
      ],
      [
        ['partner', 'administrateur', 'Sylvie CHAZAL', 's.chazal@feurs.fr', ['04 77 26 05 27']],
        ['partner', 'responsable-securite', 'Isabelle ROCHE', 'dgs@feurs.fr', []],
        ['partner', 'dpo', 'Isabelle ROCHE', 'dgs@feurs.fr', []],
        ['caf', 'administrateur', 'Patricia VIAL', 'habilitations@caf42.caf.fr', []],
      ],
      [],
    ],
    [
      'a table one cell per line, an empty cell an empty line, the role in the Fonction cell, section rows',
      [
        'ANNEXE 1 – LES INTERLOCUTEURS',
        'Nom',
        'Prénom',
        'Fonction',
        'Téléphone',
        'Mél',
        'Partenaire',
        'JOUVE',
        'Thierry',
        'Administrateur – responsable du pôle social',
        '04 73 86 12 40',
        't.jouve@cias.fr',
        'Caf',
        'MONNET',
        'Rémi',
        'Délégué à la protection des données',
        '',
        'dpd@caf.cnafmail.fr',
      ],
      [
        ['partner', 'administrateur', 'Thierry JOUVE', 't.jouve@cias.fr', ['04 73 86 12 40']],
        ['caf', 'dpo', 'Rémi MONNET', 'dpd@caf.cnafmail.fr', []],
      ],
      [],
    ],
    [
      'one table for both sides, the side after the role, a combined role',
      [
        'Annexe 1 – Les interlocuteurs',
        'Rôle\tNom\tPrénom\tTéléphone\tCourriel',
        'Administrateur (partenaire)\tGUILBAUD\tMathilde\t02 51 94 40 12\tm.guilbaud@cc.fr',
        'Responsable sécurité et DPO (partenaire)\tBRETIN\tLaurent\t02 51 94 40 30\tdsi@cc.fr',
        'Administrateur (Caf)\tMERLET\tAurore\t02 51 44 37 21\tmcp@caf85.caf.fr',
      ],
      [
        ['partner', 'administrateur', 'Mathilde GUILBAUD', 'm.guilbaud@cc.fr', ['02 51 94 40 12']],
        ['partner', 'responsable-securite', 'Laurent BRETIN', 'dsi@cc.fr', ['02 51 94 40 30']],
        ['partner', 'dpo', 'Laurent BRETIN', 'dsi@cc.fr', ['02 51 94 40 30']],
        ['caf', 'administrateur', 'Aurore MERLET', 'mcp@caf85.caf.fr', ['02 51 44 37 21']],
      ],
      [],
    ],
  ])('%s', (_, lines, expected, unread) => {
    const r = annex(...lines);
    expect(rows(r)).toEqual(expected.map(([s, role, n, e, p]) => [s, role, n, e, p ?? []]));
    expect(r.unread).toEqual(unread);
  });
});
