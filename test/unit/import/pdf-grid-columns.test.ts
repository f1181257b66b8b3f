/**
 * The PDF line rebuilder on the shapes of conventions from other CAFs that Writer and Word lay
 * out on A4: narrow tables whose cells wrap over several lines and are centred vertically (a
 * line may hold one cell's line only), rows padded further apart than lines, pages in two
 * columns of justified text, lines of a justified paragraph stretched by a manual line break.
 * Items are given in drawing order (cell after cell, column after column), proportional font.
 */
import { describe, expect, it } from 'vitest';
import type { PdfTextItem } from '../../../shared/import/pdf-geometry';
import { extractConvention } from '../../../shared/import';
import { item, measure, page, texts } from '../../support/pdf-proportional-items';

/** An item drawn to a given width (a justified line reaching its column's edge). */
const wide = (str: string, x: number, y: number, end: number): PdfTextItem => ({
  ...item(str, x, y),
  width: end - x,
});

/** Words spread from `x` to `end` with equal gaps (a line stretched by a manual break). */
const stretched = (words: string[], x: number, y: number, end: number): PdfTextItem[] => {
  const gap = (end - x - words.reduce((w, t) => w + measure(t), 0)) / (words.length - 1);
  let at = x;
  return words.map((w) => {
    const it = item(w, at, y);
    at += measure(w) + gap;
    return it;
  });
};

describe('PDF narrow tables, cells wrapped and centred vertically', () => {
  // role | name | e-mail | phone; a cell's lines 11.5 apart, rows padded
  const C = [60, 160, 262, 425];
  it.each([
    {
      name: 'first-column lines alone on their line, a centred header and a lone e-mail between two lines stay in their rows',
      items: () => [
        // the header's titles are centred over their columns
        item('Rôle', 95, 760),
        item('Interlocuteur', 180, 760),
        item('Mél', 320, 760),
        item('Téléphone', 440, 760),
        item('Administrateur', C[0]!, 742),
        item('local', C[0]!, 730.5),
        item('Bruno', C[1]!, 742),
        item('GIRARDOT', C[1]!, 730.5),
        item('bruno.girardot@caf71.caf.fr', C[2]!, 736.25),
        item('03 85 39 46', C[3]!, 742),
        item('22', C[3]!, 730.5),
        // three lines of role, the others centred on its middle line or between its lines
        item('Responsable «', C[0]!, 713),
        item('Mon Compte', C[0]!, 701.5),
        item('Partenaire »', C[0]!, 690),
        item('Nadia CHERIF', C[1]!, 701.5),
        item('nadia.cherif@caf71.caf.fr', C[2]!, 701.5),
        item('03 85 39 46', C[3]!, 707.25),
        item('05', C[3]!, 695.75),
        item('Guichet unique', C[0]!, 672),
        item('mcp@caf71.caf.fr', C[2]!, 672),
        item('03 85 39 46 00', C[3]!, 672),
      ],
      expected: [
        'Rôle\tInterlocuteur\tMél\tTéléphone',
        'Administrateur local\tBruno GIRARDOT\tbruno.girardot@caf71.caf.fr\t03 85 39 46 22',
        'Responsable « Mon Compte Partenaire »\tNadia CHERIF\tnadia.cherif@caf71.caf.fr\t03 85 39 46 05',
        'Guichet unique\t\tmcp@caf71.caf.fr\t03 85 39 46 00',
      ],
    },
    {
      name: 'a role cut where its next word would have fit rejoins the row whose name cell reaches up to it',
      items: () => [
        item('Rôle', C[0]!, 760),
        item('Interlocuteur', C[1]!, 760),
        item('Mél', C[2]!, 760),
        item('Téléphone', C[3]!, 760),
        item('Administrateur', C[0]!, 742),
        item('Paul MARTIN', C[1]!, 742),
        item('p.martin@ville.fr', C[2]!, 742),
        item('03 85 53 73 01', C[3]!, 742),
        item('Responsable', C[0]!, 719),
        item('Sécurité', C[0]!, 707.5),
        item('Philippe AUCLAIR', C[1]!, 724.75),
        item('Directeur général', C[1]!, 713.25),
        item('des services', C[1]!, 701.75),
        item('p.auclair@ville.fr', C[2]!, 713.25),
        item('03 85 53 73 02', C[3]!, 713.25),
      ],
      expected: [
        'Rôle\tInterlocuteur\tMél\tTéléphone',
        'Administrateur\tPaul MARTIN\tp.martin@ville.fr\t03 85 53 73 01',
        'Responsable Sécurité\tPhilippe AUCLAIR Directeur général des services\tp.auclair@ville.fr\t03 85 53 73 02',
      ],
    },
    {
      name: 'rows padded more than three lines apart stay one table, each wrapped row on one line',
      items: () => {
        const E = [58, 94, 153, 227, 369];
        const cells = (y: number, ts: string[]) => ts.map((t, c) => item(t, E[c]!, y));
        return [
          ...['Niveau', 'Organisme', 'Nom', 'Fonction', 'Téléphone', 'Courriel'].map((t, c) =>
            item(t, [60, 98, 178, 277, 377, 482][c]!, 700),
          ),
          ...cells(669, ['1', 'Caf', 'Julie MOREAU', 'Administratrice', '05 49 30 42 17']),
          item('2', E[0]!, 638),
          item('Caf', E[1]!, 638),
          item('Pascal', E[2]!, 643.75),
          item('FOUCHER', E[2]!, 632.25),
          item('Responsable du service', E[3]!, 643.75),
          item('Partenaires', E[3]!, 632.25),
          item('05 49 30 42 05', E[4]!, 638),
          item('1', E[0]!, 607),
          item('Commune', E[1]!, 607),
          item('Émilie GIRARD', E[2]!, 607),
          item('Administratrice MCP', E[3]!, 612.75),
          item('– DGA Solidarités', E[3]!, 601.25),
          item('05 49 55 66 12', E[4]!, 607),
          item('Les traces sont conservées six mois.', 57, 560),
        ];
      },
      expected: [
        'Niveau\tOrganisme\tNom\tFonction\tTéléphone\tCourriel',
        '1\tCaf\tJulie MOREAU\tAdministratrice\t05 49 30 42 17',
        '2\tCaf\tPascal FOUCHER\tResponsable du service Partenaires\t05 49 30 42 05',
        '1\tCommune\tÉmilie GIRARD\tAdministratrice MCP – DGA Solidarités\t05 49 55 66 12',
        'Les traces sont conservées six mois.',
      ],
    },
  ])('$name', ({ items, expected }) => {
    expect(texts([page(items())])).toEqual(expected);
  });
});

describe('PDF pages in two columns of text', () => {
  const L = [48, 288];
  const R = [307, 547];
  const PITCH = 12.5;
  const column = (
    [x, end]: number[],
    top: number,
    heading: string,
    lines: string[],
  ): PdfTextItem[] => [
    item(heading, x!, top),
    ...lines.map((t, k) =>
      k < lines.length - 1
        ? wide(t, x!, top - 18 - k * PITCH, end!)
        : item(t, x!, top - 18 - k * PITCH),
    ),
  ];

  it.each([
    {
      name: 'each column is read whole, its sentences joined, a wide line below the columns after both',
      items: () => [
        wide('CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »', 150, 780, 445),
        // the left column is drawn whole before the right one
        ...column(L, 740, 'Article 1 – Objet', [
          'La présente convention a pour objet de déterminer les',
          'conditions d’accès des agents du Département aux',
          'services en ligne de l’espace sécurisé et d’encadrer',
          'l’utilisation des données ainsi consultées.',
        ]),
        ...column(L, 660, 'Article 2 – Pièces contractuelles', [
          'La convention est complétée par un contrat de services',
          'et ses annexes.',
        ]),
        ...column(R, 740, 'Article 9 – Gestion des habilitations', [
          'Compte tenu du nombre d’agents concernés, la gestion',
          'des habilitations est assurée par le Département en',
          'mode délégué. La Caf délivre les identifiants de',
          'l’administrateur et de son suppléant.',
        ]),
        ...column(R, 660, 'Article 17 – Durée', [
          'La convention prend effet à sa signature pour une',
          'durée d’un an, reconduite tacitement.',
        ]),
        wide('Fait à Orléans, le 26 novembre 2018, en deux exemplaires.', 48, 590, 298),
      ],
      expected: [
        'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
        'Article 1 – Objet',
        'La présente convention a pour objet de déterminer les conditions d’accès des agents du Département aux services en ligne de l’espace sécurisé et d’encadrer l’utilisation des données ainsi consultées.',
        'Article 2 – Pièces contractuelles',
        'La convention est complétée par un contrat de services et ses annexes.',
        'Article 9 – Gestion des habilitations',
        'Compte tenu du nombre d’agents concernés, la gestion des habilitations est assurée par le Département en mode délégué. La Caf délivre les identifiants de l’administrateur et de son suppléant.',
        'Article 17 – Durée',
        'La convention prend effet à sa signature pour une durée d’un an, reconduite tacitement.',
        'Fait à Orléans, le 26 novembre 2018, en deux exemplaires.',
      ],
    },
    {
      name: 'a short « Fait à » just under the columns, drawn after the right one, is no line of the left column',
      items: () => [
        ...column(L, 740, 'Article 8 – Missions du partenaire', [
          'Le partenaire accède aux données pour l’exercice des',
          'missions d’instruction du revenu de solidarité active',
          'et de gestion du fonds de solidarité pour le logement.',
        ]),
        ...column(L, 660, 'Article 9 – Engagements des parties', [
          'La Caf assure la gestion des accès des utilisateurs',
          'en mode délégué.',
        ]),
        ...column(R, 740, 'Article 17 – Gestion de la convention', [
          'La présente convention prend effet à la date de sa',
          'signature pour une durée d’un an et elle est renouvelée',
          'chaque année par tacite reconduction.',
        ]),
        ...column(R, 660, 'Article 18 – Litiges', [
          'Les litiges relèvent du tribunal administratif après',
          'une tentative de règlement amiable.',
        ]),
        item('Fait à Périgueux, le 12 septembre 2016', 48, 605),
      ],
      expected: [
        'Article 8 – Missions du partenaire',
        'Le partenaire accède aux données pour l’exercice des missions d’instruction du revenu de solidarité active et de gestion du fonds de solidarité pour le logement.',
        'Article 9 – Engagements des parties',
        'La Caf assure la gestion des accès des utilisateurs en mode délégué.',
        'Article 17 – Gestion de la convention',
        'La présente convention prend effet à la date de sa signature pour une durée d’un an et elle est renouvelée chaque année par tacite reconduction.',
        'Article 18 – Litiges',
        'Les litiges relèvent du tribunal administratif après une tentative de règlement amiable.',
        'Fait à Périgueux, le 12 septembre 2016',
      ],
    },
    {
      name: 'a two-column table drawn row by row is no pair of text columns',
      items: () =>
        [
          ['Accès', 'Messagerie : mcp.caf86@caf.cnafmail.fr'],
          ['Horaires', 'du lundi au vendredi, de 9h00 à 12h30'],
          ['Délai de prise en charge', '2 jours ouvrés'],
          ['Informations à fournir', 'service concerné, structure, motif'],
          ['Escalade', 'après dix jours sans réponse'],
        ].flatMap(([k, v], n) => [item(k!, 57, 700 - n * 20), item(v!, 307, 700 - n * 20)]),
      expected: [
        'Accès\tMessagerie : mcp.caf86@caf.cnafmail.fr',
        'Horaires\tdu lundi au vendredi, de 9h00 à 12h30',
        'Délai de prise en charge\t2 jours ouvrés',
        'Informations à fournir\tservice concerné, structure, motif',
        'Escalade\taprès dix jours sans réponse',
      ],
    },
  ])('$name', ({ items, expected }) => {
    expect(texts([page(items())])).toEqual(expected);
  });
});

describe('PDF lines stretched by a manual line break', () => {
  it('a contact card of « label : value » lines, each stretched to the margin, keeps one line each with single spaces', () => {
    const items = [
      wide(
        'Les interlocuteurs désignés par les parties pour l’exécution du contrat sont les',
        57,
        760,
        538,
      ),
      item('suivants :', 57, 747.5),
      ...stretched(['Rôle', ':', 'Administrateur', 'local'], 57, 722, 538),
      ...stretched(['Nom', ':', 'Karim', 'BENSAÏD'], 57, 709.5, 538),
      ...stretched(['Mél', ':', 'karim.bensaid@caf45.caf.fr'], 57, 697, 538),
      item('Tél. : 02 38 56 47 20', 57, 684.5),
    ];
    expect(texts([page(items)])).toEqual([
      'Les interlocuteurs désignés par les parties pour l’exécution du contrat sont les suivants :',
      'Rôle : Administrateur local',
      'Nom : Karim BENSAÏD',
      'Mél : karim.bensaid@caf45.caf.fr',
      'Tél. : 02 38 56 47 20',
    ]);
  });
});

describe('PDF blocks side by side whose lines do not share baselines', () => {
  const right = (str: string, y: number) => item(str, 540 - measure(str), y);
  it.each([
    {
      name: 'a letterhead beside the references of a deliberation (right-aligned) is read block after block',
      items: () => [
        ...[
          'CENTRE COMMUNAL D’ACTION SOCIALE',
          'DE BRIGNOLES',
          '3 rue du Palais',
          '83170 BRIGNOLES',
        ].map((t, k) => item(t, 55, 780 - k * 11)),
        ...['EXTRAIT DU REGISTRE', 'Séance du 4 avril 2023', 'Délibération n° 2023-014'].map(
          (t, k) => right(t, 785 - k * 11),
        ),
        item('Le Conseil d’administration, régulièrement convoqué, s’est réuni.', 55, 720),
      ],
      expected: [
        'CENTRE COMMUNAL D’ACTION SOCIALE',
        'DE BRIGNOLES',
        '3 rue du Palais',
        '83170 BRIGNOLES',
        'EXTRAIT DU REGISTRE',
        'Séance du 4 avril 2023',
        'Délibération n° 2023-014',
        'Le Conseil d’administration, régulièrement convoqué, s’est réuni.',
      ],
    },
    {
      name: 'the two cells of a parties table centred vertically: each party whole, then the text below',
      items: () => [
        ...[
          'Caf de la Somme',
          'Siège : 2 rue Vulfran Warmé',
          'Représentée par : M. Paul LENOIR',
        ].map((t, k) => item(t, 60, 700 - k * 10.4)),
        ...[
          'Commune de Rue',
          'Siège : place Anatole Gosselin',
          'SIRET : 218 006 914 00015',
          'Représentée par : Mme Lise CARON',
        ].map((t, k) => item(t, 300, 705.2 - k * 10.4)),
        item('Ci-après dénommées ensemble « les parties ».', 57, 660),
      ],
      expected: [
        'Caf de la Somme',
        'Siège : 2 rue Vulfran Warmé',
        'Représentée par : M. Paul LENOIR',
        'Commune de Rue',
        'Siège : place Anatole Gosselin',
        'SIRET : 218 006 914 00015',
        'Représentée par : Mme Lise CARON',
        'Ci-après dénommées ensemble « les parties ».',
      ],
    },
  ])('$name', ({ items, expected }) => {
    expect(texts([page(items())])).toEqual(expected);
  });
});

describe('PDF page furniture', () => {
  it('a running header holding the convention number is kept once, at the top, out of a sentence cut by the page break', () => {
    const sentence = [
      'Le partenaire s’engage à informer la Caf de tout changement d’administrateur et à',
      'transmettre le formulaire prévu en annexe dans un délai de quinze jours.',
    ];
    const pages = [1, 2, 3].map((n) => {
      const items = [
        item(`Convention n° 2021-062-EPCI – page ${n}/3`, 57, 810),
        item('Caf du Pas-de-Calais', 450, 25),
      ];
      if (n === 1)
        items.push(item('Article 9 – Administrateurs', 57, 120), wide(sentence[0]!, 57, 60, 538));
      if (n === 2) items.push(item(sentence[1]!, 57, 770), item('Article 10 – Durée', 57, 740));
      if (n === 3) items.push(item('Article 11 – Litiges', 57, 770));
      return page(items);
    });
    expect(texts(pages)).toEqual([
      'Convention n° 2021-062-EPCI – page 1/3',
      'Caf du Pas-de-Calais',
      'Article 9 – Administrateurs',
      sentence.join(' '),
      'Article 10 – Durée',
      'Article 11 – Litiges',
    ]);
  });
});

describe('a convention number printed only in the running header', () => {
  it.each([
    'CCAS de Hem – Convention « Mon Compte Partenaire » n° 59-2020-CCAS-0417 – page {n}/3',
    'Convention n° 2021-062-EPCI – page {n}/3',
  ])('« %s » is read from the header kept at the top', (header) => {
    const pages = [1, 2, 3].map((n) =>
      page([
        item(header.replace('{n}', String(n)), 57, 810),
        item(`Article ${n} – Objet`, 57, 760),
        item('Le présent article ne cite aucun numéro.', 57, 740),
      ]),
    );
    const text = texts(pages).join('\n');
    expect(extractConvention(text).convention.number?.value).toBe(/n° (\S+)/.exec(header)![1]);
  });
});

describe('PDF parties side by side in stretched lines', () => {
  it('two party cells whose lines are stretched word by word and half a line apart are read cell after cell', () => {
    const L = [58, 318];
    const R = [321.5, 565];
    // drawn cell after cell: the Caf's, then the partner's
    const items = [
      ...stretched(
        ['La', 'Caisse', 'd’allocations', 'familiales', 'de', 'la', 'Somme'],
        L[0]!,
        597.6,
        L[1]!,
      ),
      ...stretched(['4', 'boulevard', 'Maignan-Larivière'], L[0]!, 585, L[1]!),
      item('80000 AMIENS', L[0]!, 572.3),
      ...['La Communauté de communes du Val', 'de Somme'].map((t, k) =>
        item(t, R[0]!, 616.6 - k * 12.6),
      ),
      ...stretched(['1', 'rue', 'de', 'la', 'République'], R[0]!, 591.3, R[1]!),
      item('80270 AIRAINES', R[0]!, 578.6),
      ...stretched(['SIRET', ':', '200', '070', '969', '00012'], R[0]!, 566, R[1]!),
      item('sont convenues de ce qui suit.', 57, 530),
    ];
    expect(texts([page(items)])).toEqual([
      'La Caisse d’allocations familiales de la Somme',
      '4 boulevard Maignan-Larivière',
      '80000 AMIENS',
      'La Communauté de communes du Val',
      'de Somme',
      '1 rue de la République',
      '80270 AIRAINES',
      'SIRET : 200 070 969 00012',
      'sont convenues de ce qui suit.',
    ]);
  });
});
