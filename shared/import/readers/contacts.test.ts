import { describe, expect, it } from 'vitest';
import { contactSection } from './contacts';
import { annex, COFFI, DJIRE } from './contacts-test-support';
import { splitAtNextRole } from './records';

describe('contacts annex in any layout', () => {
  it.each([
    [
      'one row per line, tabs',
      [
        'Fonction\tNom\tAdresse mél\tTéléphone',
        'Administrateur\tVéronique DJIRE\tv.djire@ville-x.fr\t01 64 13 55 88',
        'Administrateur suppléant\tSandrine COFFI\ts.coffi@ville-x.fr\t01.64.13.55.76',
      ],
    ],
    [
      'one cell per line (column by column)',
      [
        'Fonction',
        'Nom',
        'Adresse mél',
        'Téléphone',
        'Administrateur',
        'Mme Véronique DJIRE',
        'v.djire@ville-x.fr',
        '01 64 13 55 88',
        'Administrateur suppléant',
        'Sandrine COFFI',
        's.coffi@ville-x.fr',
        '0164135576',
      ],
    ],
    [
      'cells joined by single spaces',
      [
        'Fonction Nom Adresse mél Téléphone',
        'Administrateur Véronique DJIRE v.djire@ville-x.fr 01 64 13 55 88',
        'Administratrice suppléante Sandrine COFFI s.coffi@ville-x.fr 01 64 13 55 76',
      ],
    ],
    [
      'a table drawn with bars and rules',
      [
        '+-----------------------+---------------------+----------------------+---------------+',
        '| Fonction              | Nom                 | Adresse mél          | Téléphone     |',
        '+=======================+=====================+======================+===============+',
        '| Administrateur        | Véronique DJIRE     | v.djire@ville-x.fr   | 01 64 13 55 88 |',
        '+-----------------------+---------------------+----------------------+---------------+',
        '| Administrateur suppléant | Sandrine COFFI   | s.coffi@ville-x.fr   | 01 64 13 55 76 |',
        '+-----------------------+---------------------+----------------------+---------------+',
      ],
    ],
    [
      'a markdown table',
      [
        '| Fonction | Nom | Adresse mél | Téléphone |',
        '|:---|:---:|---|---:|',
        '| Administrateur | Véronique DJIRE | v.djire@ville-x.fr | 01 64 13 55 88 |',
        '| Administrateur suppléant | Sandrine COFFI | s.coffi@ville-x.fr | 01 64 13 55 76 |',
      ],
    ],
    [
      'box-drawing characters',
      [
        '┌────────────┬──────────┬──────────┬──────────┐',
        '│ Fonction │ Nom │ Adresse mél │ Téléphone │',
        '├────────────┼──────────┼──────────┼──────────┤',
        '│ Administrateur │ Véronique DJIRE │ v.djire@ville-x.fr │ 01 64 13 55 88 │',
        '│ Administrateur suppléant │ Sandrine COFFI │ s.coffi@ville-x.fr │ 01 64 13 55 76 │',
        '└────────────┴──────────┴──────────┴──────────┘',
      ],
    ],
    [
      'name before the role, tabs',
      [
        'Véronique DJIRE\tAdministrateur\tv.djire@ville-x.fr\t01 64 13 55 88',
        'Sandrine COFFI\tAdministrateur suppléant\ts.coffi@ville-x.fr\t01 64 13 55 76',
      ],
    ],
  ])('%s', (_, rows) => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      ...rows,
      '',
      'Annexe 2 – Bulletin d’adhésion au service : Cdap',
    );
    expect(r.contacts).toEqual([DJIRE, COFFI]);
    expect(r.unread).toEqual([]);
  });

  it('reads contacts written as sentences, each with the side of the last « Pour … » cue', () => {
    const r = annex(
      'Annexe 1 – Interlocuteurs',
      '',
      'Pour la Caf du Gers, l’administrateur local est M. Hugo VIDAL (hugo.vidal@caf32.caf.fr,',
      '05 62 00 11 22). Le guichet unique répond à l’adresse guichet@caf32.caf.fr.',
      '',
      'Pour la commune d’Auch, Mme Véronique DJIRE, secrétaire générale, est désignée adrninistratrice',
      '(v.djire@ville-x.fr – tél. 01.64.13.55.88). Sa suppléante est Mme Sandrine COFFI (s.coffi@ville-x.fr, 01 64 13 55 76).',
    );
    expect(r.contacts).toEqual([
      {
        side: 'caf',
        role: 'administrateur',
        name: 'Hugo VIDAL',
        email: 'hugo.vidal@caf32.caf.fr',
        phones: ['05 62 00 11 22'],
      },
      { side: 'caf', role: 'guichet-unique', email: 'guichet@caf32.caf.fr', phones: [] },
      DJIRE,
      COFFI,
    ]);
    expect(r.unread).toEqual([]);
  });

  it('reads nothing from a sentence naming two roles or two persons, and says the annex was not read', () => {
    const r = annex(
      'Annexe 1 – Interlocuteurs',
      '',
      'Pour le CCAS, l’administrateur et le délégué à la protection des données sont Mme Anne VIAL et M. Jean BRUN (contact@ccas.fr).',
    );
    expect(r.contacts).toEqual([]);
    expect(r.unread).toEqual(['contacts']);
  });

  it('a sentence announcing contacts inside an article is no contacts section', () => {
    const r = annex(
      'Article 3.3 – Escalade',
      'Les interlocuteurs suivants sont à contacter dans l’ordre :',
      'Pour la Caf : M. Paul RIVIERE Administrateur local 04 11 22 33 44',
    );
    expect(r.contacts).toEqual([]);
    expect(r.unread).toEqual([]);
  });

  it.each([
    [
      'space-joined, after a phone',
      [
        'Administrateur Véronique DJIRE v.djire@ville-x.fr 01 64 13 55 88 Administrateur suppléant Sandrine COFFI s.coffi@ville-x.fr 01 64 13 55 76',
      ],
    ],
    [
      'tabs, after an e-mail and a second phone',
      [
        'Administrateur\tVéronique DJIRE\tv.djire@ville-x.fr\t01 64 13 55 88 / 01.64.13.55.76 Administrateur suppléant Sandrine COFFI\ts.coffi@ville-x.fr',
      ],
    ],
  ])('splits two rows run into one line at the second role: %s', (_, rows) => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      'Fonction\tNom\tAdresse mél\tTéléphone',
      ...rows,
    );
    expect(r.contacts.map((c) => [c.role, c.name, c.email])).toEqual([
      ['administrateur', 'Véronique DJIRE', 'v.djire@ville-x.fr'],
      ['administrateur-suppleant', 'Sandrine COFFI', 's.coffi@ville-x.fr'],
    ]);
  });

  it.each([
    [
      'Service social 01 64 13 55 88 Maison des solidarités',
      ['Service social 01 64 13 55 88 Maison des solidarités'],
    ],
    ['a@b.fr Administrateur suppléant X', ['a@b.fr', 'Administrateur suppléant X']],
  ])('split at the next role: %s', (cell, parts) => {
    expect(splitAtNextRole(cell)).toEqual(parts);
  });

  it('a role label in quotes, columns joined by spaces: the name after the closing quote', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs à la Caf',
      'Fonction Nom Adresse mél Téléphone',
      'Responsable « Mon Compte Partenaire » Inès BARON i.baron@caf32.caf.fr 05 62 00 11 23',
    );
    expect(r.contacts).toEqual([
      {
        side: 'caf',
        role: 'responsable-mcp',
        name: 'Inès BARON',
        email: 'i.baron@caf32.caf.fr',
        phones: ['05 62 00 11 23'],
      },
    ]);
  });

  it.each([
    [
      'partner domains',
      [
        'Administrateur\tVéronique DJIRE\tv.djire@ville-x.fr\t01 64 13 55 88',
        'Administrateur suppléant\tSandrine COFFI\ts.coffi@ville-x.fr\t01 64 13 55 76',
      ],
      [DJIRE, COFFI],
    ],
    [
      'mixed domains: no side, nothing read',
      [
        'Administrateur\tVéronique DJIRE\tv.djire@ville-x.fr',
        'Administrateur\tPaul VIDAL\tp.vidal@caf32.caf.fr',
      ],
      [],
    ],
  ])('an annex that names no side: the e-mail domains decide (%s)', (_, rows, expected) => {
    expect(
      annex('Annexe 1 – Interlocuteurs', 'Fonction\tNom\tCourriel\tTéléphone', ...rows).contacts,
    ).toEqual(expected);
  });

  it('reads a role cell wrapped over the next lines', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      'Fonction\tNom\tAdresse mél',
      'Délégué à la protection des\tAnne VIAL\tdpo@ville-x.fr',
      'données personnelles',
      '',
    );
    expect(r.contacts).toEqual([
      { side: 'partner', role: 'dpo', name: 'Anne VIAL', email: 'dpo@ville-x.fr', phones: [] },
    ]);
  });

  it('a role cell cut apart gives its row to no one: flagged, not added to the row above', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      'Fonction\tNom\tAdresse mél\tTéléphone',
      'Administrateur\tVéronique DJIRE\tv.djire@ville-x.fr\t01 64 13 55 88',
      'Responsable\t«\tMon\tEspace Paul',
      'Partenaire »\tBRUN\tp.brun@ville-x.fr\t01 64 13 55 99',
    );
    expect(r.contacts).toEqual([DJIRE]);
    expect(r.unread).toEqual(['contacts']);
  });

  it('puts back together rows whose cells wrap in narrow columns', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs à la Caf',
      'Fonction\tAdresse mél\tTéléphone',
      'Guichet unique du\tCAF77-BP-MONCOMPTE-\t01 64 83 74',
      'Centre de services\tPARTENAIRES@caf77.\t63',
      'Caf\tcaf.fr',
      'Responsable\tchristophe.le-',
      'Informatique\tguehenec@cafmelun.fr',
    );
    expect(r.contacts).toEqual([
      {
        side: 'caf',
        role: 'guichet-unique',
        email: 'CAF77-BP-MONCOMPTE-PARTENAIRES@caf77.caf.fr',
        phones: ['01 64 83 74 63'],
      },
      {
        side: 'caf',
        role: 'responsable-informatique',
        email: 'christophe.le-guehenec@cafmelun.fr',
        phones: [],
      },
    ]);
  });

  it('splits one annex by « Pour la Caf » / « Pour le partenaire » sub-headings', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs',
      'Pour la Caf',
      'Guichet unique du centre de services\tbal-mcp@caf33.caf.fr',
      'Pour le partenaire',
      'Administrateur\tVéronique DJIRE\tv.djire@ville-x.fr\t01 64 13 55 88',
    );
    expect(r.contacts).toEqual([
      { side: 'caf', role: 'guichet-unique', email: 'bal-mcp@caf33.caf.fr', phones: [] },
      {
        side: 'partner',
        role: 'administrateur',
        name: 'Véronique DJIRE',
        email: 'v.djire@ville-x.fr',
        phones: ['01 64 13 55 88'],
      },
    ]);
  });

  it('reports an annex it cannot read rather than saying it is absent', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      'Le tableau a été transmis séparément par courrier électronique au service.',
      '',
    );
    expect(r.contacts).toEqual([]);
    expect(r.unread).toEqual(['contacts']);
  });

  it('does not give a name it cannot tie to one function (transposed table)', () => {
    const r = annex(
      'Annexe 1 – Les interlocuteurs chez le partenaire',
      'Administrateur',
      'Administrateur suppléant',
      'Véronique DJIRE',
      'Sandrine COFFI',
    );
    expect(r.contacts).toEqual([]);
    expect(r.unread).toEqual(['contacts']);
  });

  it.each([
    ['Annexe 1 – Les interlocuteurs à la Caf', 'caf'],
    ['Les interlocuteurs chez le partenaire', 'partner'],
    ['Annexe 1 –les interlocuteurs des partenaires', undefined],
  ])('section heading %s', (line, side) => {
    expect(contactSection(line)?.side).toBe(side);
  });

  it.each([
    'VII. Interlocuteurs',
    '7. Interlocuteurs',
    'ANNEXE 1 AU CONTRAT DE SERVICE – LISTE DES INTERLOCUTEURS',
  ])('a numbered or annexed heading: %s', (line) => {
    expect(contactSection(line)).toEqual({ index: -1 });
  });

  it.each([
    '- Annexe 1 : les interlocuteurs des partenaires',
    '⁴ Voir tableau « Les interlocuteurs du Partenaire » en annexe 1',
    'Les interlocuteurs de la Caf sont joignables par téléphone.',
  ])('not a section: %s', (line) => expect(contactSection(line)).toBeUndefined());
});
