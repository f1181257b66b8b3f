import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { buildParagraphs, isHeadingLine, lineOf } from './paragraphs';
import { bulletinTitle, findBlocks, isContratTitle, isConventionTitle } from './segmentation';

const L = (...lines: string[]) => normalizeLines(lines.join('\n'));
const kinds = (text: string[]) => findBlocks(L(...text)).map((b) => `${b.kind}@${b.cue + 1}`);

describe('segmentation', () => {
  it('a bulletin title whose bracketed service name wraps onto the next line', () => {
    const t = bulletinTitle(
      L(
        'Bulletin d’adhésion au service Cdap (Consultation du dossier allocataire',
        'par les partenaires)',
      ),
      0,
    );
    expect(t?.tail).toMatch(/\(Consultation du dossier allocataire par les partenaires\)$/);
  });

  it('a bulletin title wrapped after « Bulletin »', () => {
    const text = [
      'Annexe 2.1 – Pôle insertion et accompagnement social – Bulletin',
      'd’adhésion au service Cdap',
      'Nom du partenaire : CIAS du Pays de Bergerac-Est',
    ];
    expect(kinds(text)).toEqual(['bulletin@1']);
    expect(bulletinTitle(L(...text), 0)).toMatchObject({
      annex: '2.1',
      site: 'Pôle insertion et accompagnement social',
    });
  });

  it('a running footer naming the contrat opens no contrat', () => {
    const text = [
      'Contrat de services',
      'Article 1 – Objet du contrat de services',
      'Annexe 2 – Bulletin d’adhésion au service Cdap',
      'T1',
      'Contrat de service – Commune de Rians 3/4',
      'T13',
    ];
    expect(kinds(text)).toEqual(['contrat@1', 'bulletin@3']);
    expect(isContratTitle(L('Contrat de service – Commune de Rians'), 0)).toBeTruthy();
  });

  it("reads the list of a contrat's annexes as a list, not as bulletins", () => {
    const text = [
      'Contrat de services',
      'Il inclut les annexes suivantes :',
      '- Annexe 1 : les interlocuteurs',
      '- Annexe 2.1 : bulletin d’adhésion au service Cdap – site de Lure',
      '- Annexe 2.2 : bulletin d’adhésion au service Cdap – site de Gray',
      'Article 2 – Le centre de services',
      '',
      'Annexe 2.1 – Bulletin d’adhésion au service Cdap',
    ];
    expect(kinds(text)).toEqual(['contrat@1', 'bulletin@8']);
  });

  it.each([
    ['a title', ['Convention d’accès à « Mon Compte Partenaire »'], true],
    ['a title in capitals, damaged', ['CONVENTlON D’ACCES A MON COMPTE PARTENAlRE'], true],
    ['a title on two lines', ['Convention d’accès à', '« Mon Compte Partenaire »'], true],
    [
      'a sentence',
      ['Il est conclu en application de la convention d’accès à « Mon Compte Partenaire » signée.'],
      false,
    ],
  ])('convention title: %s', (_, lines, expected) => {
    expect(Boolean(isConventionTitle(L(...lines), 0))).toBe(expected);
  });

  it.each([
    ['a title', ['', 'Contrat de services pris en application'], 1, true],
    [
      'a wrapped sentence',
      [
        'L’ouverture est soumise à la signature de la convention, du',
        'contrat de services et du bulletin d’adhésion.',
      ],
      1,
      false,
    ],
    ['a lead sentence', ['', 'Le contrat de services précise :'], 1, false],
    ['a signed sentence', ['', 'Contrat de services signé entre les parties'], 1, false],
  ])('contrat title: %s', (_, lines, i, expected) => {
    expect(Boolean(isContratTitle(L(...lines), i))).toBe(expected);
  });

  it.each([
    ['Bulletin d’adhésion au service : Cdap', { tail: ' au service : Cdap' }],
    [
      'Annexe 2.3 : Résidence Les Lilas – Bulletin d’adhésion au service Cdap',
      { annex: '2.3', site: 'Résidence Les Lilas', tail: ' au service Cdap' },
    ],
    ['Annexe 2 – Bulletin d’adhésion', { annex: '2', tail: '' }],
    ['BULLETlN D’ADHESlON', { tail: '' }],
    ['3 – Modification du bulletin d’adhésion', undefined],
    ['Annexe 2 – Liste des services et bulletins d’adhésion', undefined],
    ['signature de la convention et du (des) bulletin(s) d’adhésion.', undefined],
  ])('bulletin title: %s', (line, expected) => {
    const t = bulletinTitle(L(line), 0);
    if (!expected) expect(t).toBeUndefined();
    else expect(t).toMatchObject(expected);
  });

  it('cuts on titles, the parties sentence and an article 1 that restarts the numbering', () => {
    expect(
      kinds([
        'DÉLIBÉRATION DU CONSEIL MUNICIPAL',
        'Séance du 3 mars 2022',
        '',
        // a scan whose title page was lost: the parties sentence opens the convention
        'La présente convention est signée entre :',
        'La Caisse d’allocations familiales du Var',
        '',
        'Article 1 – Objet de la convention',
        'Article 2 – Documents',
        'Article 17 – Gestion',
        '',
        // no contrat title either: « Objet du contrat » restarts the numbering
        'Article 1 – Objet du contrat de services',
        'Article 2 – Habilitations',
        '',
        'Annexe 2',
        'Bulletin d’adhésion au service : Cdap',
      ]),
    ).toEqual(['deliberation@1', 'convention@4', 'contrat@11', 'bulletin@15']);
  });

  it('a contrat title followed by its own parties sentence and article 1 stays one block', () => {
    expect(
      kinds([
        'Contrat de services',
        '',
        'Le présent contrat est signé entre :',
        'Article 1 – Objet du contrat de services',
      ]),
    ).toEqual(['contrat@1']);
  });

  it.each([
    ['convention', 'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »', 'Entre'],
    ['contrat', 'CONTRAT DE SERVICES', 'Article 1 – Objet du contrat'],
  ])(
    'a %s title in capitals after a long signature line with no full stop opens its document',
    (kind, title, opener) => {
      const text = [
        'Délibération n° 2023-DEL-068 du Conseil communautaire',
        'Le Conseil communautaire approuve les termes de la convention.',
        'Pour extrait certifié conforme, La Présidente, Anne-Laure ODDOS',
        title,
        '',
        'n° 2023-38-0592',
        '',
        opener,
      ];
      expect(kinds(text)).toEqual(['deliberation@1', `${kind}@4`]);
      // the same words in lower case go on the sentence before them: no title
      expect(kinds([...text.slice(0, 3), title.toLowerCase(), ...text.slice(4)])).not.toContain(
        `${kind}@4`,
      );
    },
  );

  it('the issuer’s name before the title on its line opens the convention', () => {
    expect(
      kinds([
        'Caf de la Marne – Convention d’accès à « Mon Compte Partenaire » – CIAS de Vitry',
        'Entre la Caisse d’allocations familiales de la Marne, représentée par son Directeur,',
      ]),
    ).toEqual(['convention@1']);
    expect(
      kinds(['Avenant n° 2 – Convention d’accès à « Mon Compte Partenaire »', 'Entre la Caf']),
    ).not.toContain('convention@1');
  });

  it('the convention’s pages after a signed deliberation extract, its title page lost', () => {
    const lines = [
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
      'Séance du 11 mars 2019',
      'Le Conseil municipal APPROUVE la convention et AUTORISE le Maire à la signer.',
      'Article 2 : le Maire est chargé de l’exécution de la présente délibération.',
      'Pour extrait conforme, le Maire, Boris LE GOFF',
      '',
      'Convention n° 2019-56-0087 3',
      'Article 5.2 - Archivage et conservation des données',
    ];
    expect(kinds(lines)).toEqual(['deliberation@1', 'convention@7']);
    // not signed off yet: its own articles stay in the deliberation
    expect(kinds(lines.slice(0, 4))).toEqual(['deliberation@1']);
  });

  it('ignores table-of-contents lines, including broken Word bookmarks', () => {
    const lines = L(
      'Sommaire',
      'Article 1 – Objet du contrat de services\t2',
      'Article 2.2 – La gestion\tErreur ! Signet non défini.',
      'Annexe 1 – Les interlocuteurs ........ 8',
      'Texte.',
    );
    expect(lines.slice(1, 4)).toEqual(['', '', '']);
  });
});

describe('paragraph view', () => {
  it('joins wrapped sentences and hyphenated words, and maps back to source lines', () => {
    const lines = L(
      'Les parties optent pour le mode',
      'délégué de gestion des habili-',
      'tations.',
      '',
      '- Instruction des demandes d’aide',
      'financière',
      '- Domiciliation',
      'Article 9 – Engagements',
    );
    const ps = buildParagraphs(lines);
    expect(ps.list.map((p) => p.text)).toEqual([
      'Les parties optent pour le mode délégué de gestion des habilitations.',
      "- Instruction des demandes d'aide financière",
      '- Domiciliation',
      'Article 9 – Engagements',
    ]);
    const p = ps.list[0]!;
    expect(lineOf(p, p.text.indexOf('délégué'))).toBe(1);
    expect(lineOf(p, p.text.indexOf('tations.'))).toBe(2);
    expect(lineOf(p, 0)).toBe(0);
  });

  it('keeps table rows and short lines apart', () => {
    const ps = buildParagraphs(L('MAIRIE DE X', '12 rue Y', 'T13\t4', 'T14\t2'));
    expect(ps.list).toHaveLength(4);
  });

  it('joins the wrapped tail of a bullet saved with a tab (Word « texte brut »), not a table cell', () => {
    const ps = buildParagraphs(
      L(
        '-\tAccompagnement des familles dans leurs démarches de logement et de',
        'maintien dans les lieux',
        '•\tDomiciliation des personnes sans résidence stable',
        'Profil\tNombre',
        'travailleurs sociaux\t3',
      ),
    );
    expect(ps.list.map((p) => p.text)).toEqual([
      // (the marker's tab is a space once the line is read: a list item, not a table row)
      '- Accompagnement des familles dans leurs démarches de logement et de maintien dans les lieux',
      '• Domiciliation des personnes sans résidence stable',
      'Profil\tNombre',
      'travailleurs sociaux\t3',
    ]);
  });

  it.each([
    [
      'dash rules, contents subtitle',
      '--------------------',
      'Contrat de services – Annexes – Bulletin d’adhésion',
    ],
    [
      'equals rules, contents subtitle in capitals',
      '====================',
      'CONTRAT DE SERVICES – ANNEXES – BULLETINS D’ADHÉSION',
    ],
    [
      'underscore rules, contents subtitle with the convention',
      '____________________',
      'Convention – Contrat de services – Bulletin d’adhésion',
    ],
    [
      'roman numbers',
      '====================',
      'Contrat de services – Annexes',
      ['I.', 'V.', 'VII.'],
    ],
  ])(
    'a pack laid out as numbered headings between rules: %s',
    (_, rule, subtitle, n = ['1.', '5.', '7.']) => {
      const text = [
        'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
        subtitle,
        '',
        rule,
        `${n[0]} LES PARTIES`,
        rule,
        'LA CAF',
        '',
        rule,
        `${n[1]} CONTRAT DE SERVICES`,
        rule,
        'Le centre de services répond.',
        '',
        rule,
        `${n[2]} ANNEXE 2 – BULLETIN D’ADHÉSION`,
        rule,
        'Service : Cdap',
      ];
      expect(kinds(text)).toEqual(['convention@1', 'contrat@10', 'bulletin@15']);
    },
  );

  it.each([
    ['7. ANNEXE 2 – BULLETIN D’ADHÉSION', '2'],
    ['3) Annexe 2.1 – Bulletin d’adhésion', '2.1'],
    ['12. Annexe n° 4 : Bulletin d’adhésion au service Cdap', '4'],
    ['VI. ANNEXE 2 – BULLETIN D’ADHÉSION', '2'],
  ])('a section number before « Annexe » in a bulletin title: %s', (line, annex) => {
    expect(bulletinTitle(L(line), 0)?.annex).toBe(annex);
    expect(bulletinTitle(L(line), 0)?.site).toBeUndefined();
  });

  it.each([
    ['3. MISSIONS DU PARTENAIRE (article 8 de la convention)', true],
    ['4. MODE DE GESTION DES HABILITATIONS', true],
    ['6. ANNEXE 1 – INTERLOCUTEURS', true],
    ['2) OBJET', true],
    ['IV. CONTRAT DE SERVICES', true],
    ['II – MISSIONS CONFIÉES AU PARTENAIRE', true],
    ['I. Instruction des aides facultatives', false],
    ['1. Instruction des aides facultatives', false],
    ['1. Mme DUPONT', false],
    ['05 62 56 20 41', false],
    ['2. T1', false],
  ])('numbered capitals heading « %s »: %s', (line, expected) => {
    expect(isHeadingLine(line)).toBe(expected);
  });

  it.each([
    [
      'a footer naming the convention with a page number',
      ['Convention d’accès à « Mon Compte Partenaire » — page 3', 'Article 2 – Assistance'],
    ],
    [
      'a running header naming the convention, printed on every page',
      [
        'Convention d’accès à « Mon Compte Partenaire » — Caf de la Côte-d’Or',
        'Article 3 – Le centre de services',
      ],
    ],
  ])('page furniture inside the contrat opens no convention: %s', (_shape, furniture) => {
    const text = [
      'Convention d’accès à « Mon Compte Partenaire » — Caf de la Côte-d’Or',
      'La présente convention est conclue entre :',
      'Article 1 – Objet de la convention',
      'CONTRAT DE SERVICES',
      'Article 1 – Objet du contrat de services',
      'Le présent contrat définit les engagements de services.',
      ...furniture,
      'Le centre de services est ouvert du lundi au vendredi.',
    ];
    expect(kinds(text)).toEqual(['convention@1', 'contrat@4']);
  });

  it('a convention printed after the contrat under the same title as the first page opens', () => {
    const text = [
      'Convention d’accès à « Mon Compte Partenaire »',
      'CONTRAT DE SERVICES',
      'Article 1 – Objet du contrat de services',
      'Convention d’accès à « Mon Compte Partenaire »',
      'Préambule',
      'Les Caisses d’allocations familiales …',
    ];
    expect(kinds(text)).toEqual(['convention@1', 'contrat@2', 'convention@4']);
  });
});
