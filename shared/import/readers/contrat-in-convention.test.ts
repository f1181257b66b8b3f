/**
 * A convention written in numbered paragraphs that holds the contrat's clauses itself (no
 * contrat de services text): the service centre and the escalation read in its paragraphs,
 * never in a convention that only mentions the centre.
 */
import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';
import { contrat } from './contrat-test-support';

const HEAD = [
  'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
  'Référence : MCP-2023-77',
  '',
  '1. LES PARTIES',
  '',
  'D’une part, la Caisse d’allocations familiales du Cantal, 8 rue de l’Olmet – 15000 AURILLAC, représentée par son Directeur, Monsieur Paul VIDAL ;',
  '',
  'd’autre part, la Commune de Mauriac, place Georges Pompidou – 15200 MAURIAC, représentée par son Maire, Madame Jeanne ROCHE.',
  '',
];
const TAIL = ['', 'Fait à Aurillac, le 2 mai 2023.'];

const escalation = (text: string) =>
  extractConvention(text).serviceContract.escalation.map((e) => [
    e.value.side,
    e.value.name,
    e.value.function ?? '',
    e.value.phone ?? '',
  ]);

describe('escalation said in a numbered paragraph, no « escalade » heading', () => {
  it.each([
    [
      'the partner turns to Caf persons, a phone cut at a line’s end',
      [
        '4.2 En l’absence de réponse dans les huit jours, la Commune s’adresse d’abord à',
        'Madame Lise BRUN, administratrice locale de la Caf (04 71 45 60',
        '12), puis à Monsieur Karl MEYER, chef du pôle partenaires (04 71 45 60 40).',
      ],
      [
        ['caf', 'Lise BRUN', 'administratrice locale de la Caf', '04 71 45 60 12'],
        ['caf', 'Karl MEYER', 'chef du pôle partenaires', '04 71 45 60 40'],
      ],
    ],
    [
      '« sont contactés » after « faute de réponse », each side named',
      [
        '8. Faute de réponse sous dix jours, ou en cas d’urgence, sont contactés : pour la Caf, Madame Lise BRUN, administratrice locale (04 71 45 60 12) ; pour la Commune, Monsieur Hugo FAYE, administrateur (04 71 67 30 10).',
      ],
      [
        ['caf', 'Lise BRUN', 'administratrice locale', '04 71 45 60 12'],
        ['partner', 'Hugo FAYE', 'administrateur', '04 71 67 30 10'],
      ],
    ],
  ])('%s', (_, body, expected) => {
    expect(escalation([...HEAD, ...body, ...TAIL].join('\n'))).toEqual(expected);
  });

  it('under a titled article (« Article 2 – Recours »), the association turning to the Caf', () => {
    const r = contrat(
      'Article 2 – Recours',
      'En l’absence de réponse dans les quinze jours, l’association s’adresse d’abord à Madame Nadia HOARAU, administratrice locale (02 62 40 31 12), puis à Monsieur Teddy GRONDIN, responsable du pôle partenariats (02 62 40 31 50).',
    );
    expect(r.escalation.map((e) => [e.value.name, e.value.phone])).toEqual([
      ['Nadia HOARAU', '02 62 40 31 12'],
      ['Teddy GRONDIN', '02 62 40 31 50'],
    ]);
  });

  it('« Escalade. » opening a sentence that ends with « : », the persons in a list below', () => {
    const r = contrat(
      'Article 4 – Assistance',
      '',
      'Escalade. En l’absence de réponse dans un délai de dix jours, sont contactés successivement :',
      '',
      '- pour la Caf, en premier lieu M. Paul ROCHE, administrateur local, au 03 85 39 46 22 ;',
      '- pour la commune, Mme Anne BRUN, administratrice, au 03 85 53 73 18.',
    );
    expect(r.escalation.map((e) => [e.value.side, e.value.name, e.value.phone])).toEqual([
      ['caf', 'Paul ROCHE', '03 85 39 46 22'],
      ['partner', 'Anne BRUN', '03 85 53 73 18'],
    ]);
  });

  it('a paragraph naming a person with no missing answer is no escalation', () => {
    const text = [
      ...HEAD,
      '6. La Commune s’adresse à Madame Lise BRUN, administratrice locale de la Caf, pour toute demande de compte.',
      ...TAIL,
    ].join('\n');
    expect(escalation(text)).toEqual([]);
  });
});

describe('the service centre said in the convention itself', () => {
  it('reads the hours, the address and a handling time in words', () => {
    const r = extractConvention(
      [
        ...HEAD,
        '3. ASSISTANCE',
        '',
        '3.1 Le centre de services de la Caf est joignable du lundi au vendredi, de 8h30 à 16h00, à',
        'l’adresse partenaires.caf15@caf.cnafmail.fr ; il traite toute demande dans un délai de',
        'trois jours ouvrés.',
        ...TAIL,
      ].join('\n'),
    ).serviceContract;
    expect(r.serviceCentreEmail?.value).toBe('partenaires.caf15@caf.cnafmail.fr');
    expect(r.serviceCentreHours?.value).toBe('du lundi au vendredi, de 8h30 à 16h00');
    expect(r.handlingTime?.value).toBe('trois jours ouvrés');
  });

  it('a convention that only names the centre gives no centre values', () => {
    const r = extractConvention(
      [
        ...HEAD,
        '3. Le centre de services de la Caf est l’interlocuteur de la Commune pour les habilitations.',
        ...TAIL,
      ].join('\n'),
    ).serviceContract;
    expect(r.serviceCentreEmail).toBeUndefined();
    expect(r.serviceCentreHours).toBeUndefined();
    expect(r.handlingTime).toBeUndefined();
  });

  it.each([
    ['Les demandes sont traitées dans un délai de quarante-huit heures.', 'quarante-huit heures'],
    ['Le centre de services traite les demandes sous deux jours ouvrés.', 'deux jours ouvrés'],
    ['Le centre de services traite les demandes sous 3 jours ouvrés.', '3 jours ouvrés'],
  ])('handling time %s', (line, value) => {
    expect(contrat('Article 2 – Centre de services', line).handlingTime?.value).toBe(value);
  });
});

describe('no false « adresse du centre de services » flag', () => {
  it('a Caf person’s « Courriel : » in the contacts annex of a convention alone', () => {
    const r = extractConvention(
      [
        ...HEAD,
        ...TAIL,
        '',
        'ANNEXE 1 – FICHES DES INTERLOCUTEURS',
        '',
        'A/ Interlocuteurs de la Caf',
        '',
        'Fonction : Administratrice locale',
        'Nom : Lise BRUN',
        'Courriel : lise.brun@caf15.caf.fr',
      ].join('\n'),
    );
    expect(r.contacts.map((c) => c.value.email)).toEqual(['lise.brun@caf15.caf.fr']);
    expect(r.unread.map((u) => u.part)).not.toContain('serviceCentre');
  });
});

describe('an escalation table whose header and rows were given one cell per line', () => {
  const rows = (...body: string[]) =>
    contrat(
      'Article 3 – Procédure d’escalade',
      'Faute de réponse sous dix jours :',
      ...body,
    ).escalation.map((e) => [
      e.value.side,
      e.value.name,
      e.value.function ?? '',
      e.value.phone ?? '',
    ]);

  it('groups the lines by the header’s cells, side cues between rows', () => {
    expect(
      rows(
        'Nom',
        'Fonction',
        'Téléphone',
        'Pour la Caf',
        'Lise BRUN',
        'Administratrice locale',
        '04 71 45 60 12',
        'Karl MEYER',
        'Chef du pôle partenaires',
        '04 71 45 60 40',
        'Pour la commune',
        'Hugo FAYE',
        'Secrétaire général',
        '04 71 67 30 10',
      ),
    ).toEqual([
      ['caf', 'Lise BRUN', 'Administratrice locale', '04 71 45 60 12'],
      ['caf', 'Karl MEYER', 'Chef du pôle partenaires', '04 71 45 60 40'],
      ['partner', 'Hugo FAYE', 'Secrétaire général', '04 71 67 30 10'],
    ]);
  });

  it('a row missing a cell shifts the others: nothing read, the part said unread', () => {
    const got = rows(
      'Nom',
      'Fonction',
      'Téléphone',
      'Pour la Caf',
      'Lise BRUN',
      '04 71 45 60 12',
      'Karl MEYER',
      'Chef du pôle partenaires',
      '04 71 45 60 40',
    );
    expect(got).toEqual([]);
  });
});
