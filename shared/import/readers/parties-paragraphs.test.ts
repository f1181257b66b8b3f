/**
 * Parties written as two paragraphs with no « Entre : » line of their own: « ENTRE : la Caisse …
 * d'une part, » / « ET : la Commune … d'autre part », « D'une part, la Caisse … ; » / « d'autre
 * part, le Centre hospitalier … », the partner's paragraph first with a lone « ET » between.
 */
import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { makeCtx } from './context';
import { collectParties, partnerNameLines } from './parties';
import { extractConvention } from '../extract';

const read = (...lines: string[]) => {
  const ctx = makeCtx(normalizeLines(lines.join('\n')));
  const p = collectParties(ctx);
  const v = (k: keyof typeof p) =>
    (p[k] as { value: string }[]).map((c) => c.value).join(' | ') || undefined;
  return {
    cafName: v('cafName'),
    cafAddress: v('cafAddress'),
    director: v('directorName'),
    directorTitle: v('directorTitle'),
    partnerName: v('partnerName'),
    partnerAddress: v('partnerAddress'),
    rep: v('repName'),
    repTitle: v('repTitle'),
    phone: v('partnerPhone'),
  };
};

describe('parties as two paragraphs, each led by its own cue', () => {
  it.each([
    [
      '« ENTRE : » / « ET : » leading each paragraph',
      [
        'ENTRE : la Caisse d’Allocations Familiales de la Creuse, 64 avenue de la Sénatorerie, 23000 GUÉRET, représentée par Madame Anne LEBLOIS, Directrice,',
        'd’une part,',
        '',
        'ET : la Commune d’Aubusson, Hôtel de Ville, 23200 AUBUSSON, représentée par Monsieur Michel MOINE, Maire, d’autre part,',
      ],
    ],
    [
      '« D’une part, » / « d’autre part, » and a bracketed « ci-après »',
      [
        'PARTIES',
        '',
        'D’une part, la Caisse d’allocations familiales de la Creuse (ci-après « la Caf »), 64 avenue de la Sénatorerie, 23000 GUÉRET,',
        'représentée par sa Directrice, Madame Anne LEBLOIS ;',
        '',
        'd’autre part, la Commune d’Aubusson, Hôtel de Ville, 23200 AUBUSSON (SIRET 212 300 085 00013),',
        'représentée par son Maire, Monsieur Michel MOINE (ci-après « le Partenaire »).',
      ],
    ],
    [
      '« Entre, d’une part, la Caisse … » / « et, d’autre part, la Commune … » (commas after the cues)',
      [
        'Entre, d’une part, la Caisse d’allocations familiales de la Creuse, 64 avenue de la Sénatorerie, 23000 GUÉRET, représentée par Madame Anne LEBLOIS, Directrice, ci-après « la Caf »,',
        '',
        'et, d’autre part, la Commune d’Aubusson, Hôtel de Ville, 23200 AUBUSSON, représentée par Monsieur Michel MOINE, Maire, ci-après « le partenaire ».',
      ],
    ],
  ])('%s', (_, lines) => {
    const r = read(...lines);
    expect(r.cafName?.toLowerCase()).toBe("caisse d'allocations familiales de la creuse");
    expect(r.director).toBe('Anne LEBLOIS');
    expect(r.directorTitle).toBe('Directrice');
    expect(r.partnerName).toBe('Commune d’Aubusson'.replace('’', "'"));
    expect(r.partnerAddress).toBe('Hôtel de Ville, 23200 AUBUSSON');
    expect(r.rep).toBe('Michel MOINE');
    expect(r.repTitle).toBe('Maire');
  });

  it('the partner’s paragraph first, a lone « ET » between, « sis » and « tél. »', () => {
    const r = read(
      'Le Centre Communal d’Action Sociale de Lunel, établissement public communal,',
      'sis 4 place des Martyrs, 34400 LUNEL, n° SIRET 263 401 467 00018,',
      'tél. 04 67 87 83 00, représenté par Monsieur Karim ZIANI, Vice-Président,',
      'ci-après dénommé « le partenaire »,',
      'd’une part,',
      '',
      'ET',
      '',
      'La Caisse d’Allocations Familiales de l’Hérault, dont le siège est situé 139 rue',
      'Marcel Dassault, 34000 MONTPELLIER, représentée par Madame Sophie GARNIER,',
      'Directrice,',
      'ci-après dénommée « la Caf »,',
      'd’autre part,',
    );
    expect(r.partnerName).toBe("Centre Communal d'Action Sociale de Lunel");
    expect(r.partnerAddress).toBe('4 place des Martyrs, 34400 LUNEL');
    expect(r.phone).toBe('04 67 87 83 00');
    expect(r.rep).toBe('Karim ZIANI');
    expect(r.cafName).toBe("Caisse d'Allocations Familiales de l'Hérault");
    expect(r.director).toBe('Sophie GARNIER');
  });

  it.each([
    [
      'two paragraphs of the same side',
      [
        'La Commune de Lunel, représentée par son Maire, met à disposition un agent.',
        '',
        'La Commune de Lunel, représentée par son Maire, signe la présente convention.',
      ],
    ],
    [
      'two bodies with nothing saying they are the two parties',
      [
        'La Caisse d’allocations familiales de l’Hérault, représentée par sa Directrice, publie un rapport.',
        '',
        'La Commune de Lunel, représentée par son Maire, en prend acte.',
      ],
    ],
  ])('no parties: %s', (_, lines) => {
    const r = read(...lines);
    expect(r.cafName).toBeUndefined();
    expect(r.partnerName).toBeUndefined();
  });
});

describe('« Partenaire : X » followed by another field with its gap lost', () => {
  it.each([
    ['Partenaire : CCAS des Abymes Convention n° 971-2017-CCAS-014', 'CCAS des Abymes'],
    ['Partenaire : CCAS de Flers — Caf de l’Orne', 'CCAS de Flers'],
    ['Partenaire : Commune de Convention-sur-Loire', 'Commune de Convention-sur-Loire'],
  ])('%s', (line, name) => {
    const ctx = makeCtx(normalizeLines(line));
    expect(partnerNameLines(ctx).map((c) => c.value)).toEqual([name]);
  });
});

describe('the partner’s SIRET in the « ET : » paragraph', () => {
  it('is the partner’s, not read as the Caf’s side', () => {
    const r = extractConvention(
      [
        'Convention n° 23/2014/011',
        '',
        'ENTRE : la Caisse d’Allocations Familiales de la Creuse, représentée par Madame Anne LEBLOIS, Directrice,',
        'd’une part,',
        '',
        'ET : la Commune d’Aubusson, Hôtel de Ville, 23200 AUBUSSON, n° SIRET 212',
        '300 085 00013, représentée par Monsieur Michel MOINE, Maire, d’autre part,',
        '',
        'Article 1 - Objet',
      ].join('\n'),
    );
    expect(r.partner.siret?.value).toBe('21230008500013');
    expect(r.partner.representativeName?.value).toBe('Michel MOINE');
    expect(r.caf.directorName?.value).toBe('Anne LEBLOIS');
  });
});

describe('« en sa qualité de » introduces the representative’s title', () => {
  it.each([
    [
      'représentée par Monsieur Hervé PINAUD, en sa qualité de Directeur,',
      'Hervé PINAUD',
      'Directeur',
    ],
    [
      'représentée par Madame Anne LEBLOIS agissant en qualité de Directrice,',
      'Anne LEBLOIS',
      'Directrice',
    ],
  ])('%s', (rep, name, title) => {
    const r = read(
      'Entre :',
      `La Caisse d’allocations familiales de la Creuse, 64 avenue de la Sénatorerie, 23000 GUÉRET, ${rep} ci-après dénommée « la Caf »,`,
      'Et :',
      'La Commune d’Aubusson, représentée par Monsieur Michel MOINE, Maire, ci-après dénommée « le partenaire ».',
    );
    expect(r.director).toBe(name);
    expect(r.directorTitle).toBe(title);
  });
});

describe('the seat said other ways', () => {
  it.each([
    [
      'dont le siège est fixé 67 boulevard Vivier Merle, 69409 LYON CEDEX 03,',
      '67 boulevard Vivier Merle, 69409 LYON CEDEX 03',
    ],
    [
      'ayant son siège Place Péragut, 69160 TASSIN-LA-DEMI-LUNE,',
      'Place Péragut, 69160 TASSIN-LA-DEMI-LUNE',
    ],
  ])('%s', (seat, address) => {
    const r = read(
      'Entre :',
      `La Caisse d’allocations familiales du Rhône, ${seat} représentée par Madame Anne LEBLOIS, Directrice, ci-après dénommée « la Caf »,`,
      'Et :',
      `Le Centre communal d’action sociale de Tassin, ${seat} représenté par Monsieur Michel MOINE, Vice-Président, ci-après dénommé « le partenaire ».`,
    );
    expect(r.cafAddress).toBe(address);
    expect(r.partnerAddress).toBe(address);
  });
});

describe('parties in the sentence that concludes the convention', () => {
  it('« La présente convention est conclue entre la Caisse …, d’une part, » / « et le Centre …, SIRET …, d’autre part. »', () => {
    const r = extractConvention(
      [
        'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
        '',
        'La présente convention est conclue entre la Caisse d’allocations familiales de la Moselle, dont le siège est situé 4 boulevard du Pontiffroy, 57774 Metz Cedex 9, représentée par Monsieur Laurent SCHMITT, son Directeur, d’une part,',
        '',
        'et le Centre communal d’action sociale de Sarreguemines, SIRET 265 709 410 00046, dont le siège est situé 17 rue Poincaré, 57200 Sarreguemines, représenté par Madame Andrée HOFFMANN, Vice-Présidente, d’autre part.',
      ].join('\n'),
    );
    expect(r.caf.directorName?.value).toBe('Laurent SCHMITT');
    expect(r.partner.representativeName?.value).toBe('Andrée HOFFMANN');
    expect(r.partner.siret?.value).toBe('26570941000046');
  });

  it('« Entre la Caisse …, représentée par …, » / « et le Centre … » in one paragraph', () => {
    const r = extractConvention(
      [
        'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
        '',
        'Entre la Caisse d’allocations familiales de la Marne, 202 rue des Capucins, 51087 Reims Cedex, représentée par son Directeur, M. Philippe COLLARD,',
        'et le Centre intercommunal d’action sociale de Vitry, 9 rue du Vieux Port, 51300 Vitry-le-François, représenté par sa Présidente, Mme Catherine LAMBERT,',
        '',
        'Il est convenu ce qui suit.',
      ].join('\n'),
    );
    expect(r.caf.directorName?.value).toBe('Philippe COLLARD');
    expect(r.partner.representativeName?.value).toBe('Catherine LAMBERT');
    expect(r.partner.address?.value).toBe('9 rue du Vieux Port, 51300 Vitry-le-François');
  });
});

describe('a PDF line that joined the address to the next clause', () => {
  it('the address stops before « représentée par » and « ci-après », the clause gives the director', () => {
    const r = extractConvention(
      [
        'CONVENTION D’ACCÈS À « MON COMPTE PARTENAIRE »',
        '',
        'Entre :',
        '',
        'La Communauté de communes du Pays de Saverne',
        '16 rue du Zornhoff – 67700 Saverne',
        'représentée par son Président, Monsieur Dominique MULLER,',
        'ci-après « le Partenaire »,',
        '',
        'Et :',
        '',
        'La Caisse d’allocations familiales du Bas-Rhin',
        '18 rue de Berne – 67091 Strasbourg Cedex représentée par son Directeur, Monsieur Thomas KLEIN,',
        '',
        'ci-après « la Caf ».',
        '',
        '1 – Objet',
      ].join('\n'),
    );
    expect(r.caf.address?.value).toBe('18 rue de Berne – 67091 Strasbourg Cedex');
    expect(r.caf.directorName?.value).toBe('Thomas KLEIN');
    expect(r.partner.representativeName?.value).toBe('Dominique MULLER');
  });
});

describe('a contrat alone: its parties sentence on one line, an escalation level naming the partner', () => {
  it('« - Partenaire : Sophie LEFEBVRE – Directrice – 03 … » names a person, not the partner', () => {
    const r = extractConvention(
      [
        'CONTRAT DE SERVICES',
        'pris en application de la convention d’accès à « Mon Compte Partenaire » n° 2017-59-0981',
        'Le présent contrat est conclu entre la Caisse d’Allocations Familiales du Nord, 82 rue Brûle-Maison, 59024 Lille Cedex, représentée par Madame Véronique DELATTRE, Directrice générale, et l’Association Habitat et Insertion du Roubaisis (AHIR), 27 boulevard de Belfort, 59100 Roubaix, représentée par Monsieur Gérard DEPREZ, Président.',
        '1. Objet du contrat',
        'Procédure d’escalade. En l’absence de réponse, contacter dans l’ordre :',
        '- Partenaire : Sophie LEFEBVRE – Directrice – 03 20 73 44 10 – s.lefebvre@ahir-roubaix.org',
      ].join('\n'),
    );
    expect(r.partner.name?.value).toBe('Association Habitat et Insertion du Roubaisis');
    expect(r.partner.representativeName?.value).toBe('Gérard DEPREZ');
    expect(r.caf.directorName?.value).toBe('Véronique DELATTRE');
  });
});

describe('a Word file’s paragraphs, no blank line between them', () => {
  it('« Entre, d’une part, » / the Caf’s sentence / « et, d’autre part, » / the partner’s', () => {
    expect(
      read(
        'N° 86-2024-033',
        'Entre, d’une part,',
        'la Caisse d’Allocations familiales de la Vienne, 41 rue du Touffenet, 86042 POITIERS CEDEX, représentée par Madame Isabelle MOREAU, Directrice, ci-après dénommée « la Caf »,',
        'et, d’autre part,',
        'le Centre communal d’action sociale de Châtellerault, 78 boulevard Blossac, 86100 CHÂTELLERAULT (SIRET 268 600 525 00185), représenté par Madame Évelyne AUDOUIN, Vice-présidente, ci-après dénommé « le partenaire »,',
        'il est convenu ce qui suit.',
        'Préambule',
      ),
    ).toEqual({
      cafName: "Caisse d'Allocations familiales de la Vienne",
      cafAddress: '41 rue du Touffenet, 86042 POITIERS CEDEX',
      director: 'Isabelle MOREAU',
      directorTitle: 'Directrice',
      partnerName: "Centre communal d'action sociale de Châtellerault",
      partnerAddress: '78 boulevard Blossac, 86100 CHÂTELLERAULT',
      rep: 'Évelyne AUDOUIN',
      repTitle: 'Vice-présidente',
      phone: undefined,
    });
  });
});
