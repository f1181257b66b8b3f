import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../normalize';
import { parsePerson } from '../text-tools';
import { makeCtx } from './context';
import { collectParties, partnerNameLines, withoutDeterminer } from './parties';

const read = (...lines: string[]) => {
  const ctx = makeCtx(normalizeLines(lines.join('\n')));
  const p = collectParties(ctx);
  const v = (c: { value: string }[]) => c.map((x) => x.value);
  return {
    cafName: v(p.cafName),
    director: v(p.directorName),
    directorTitle: v(p.directorTitle),
    partner: v(p.partnerName),
    address: v(p.partnerAddress),
    rep: v(p.repName),
    repTitle: v(p.repTitle),
    email: v(p.partnerEmail),
    phone: v(p.partnerPhone),
    unread: ctx.unread.map((u) => u.part),
  };
};

describe('parties block', () => {
  it('reads both sides with damaged anchors (OCR), determiners dropped', () => {
    expect(
      read(
        'La présente convention est signèe entre :',
        'La Caisse d’AIlocations FamiIiales de la Gironde',
        'Dont Ie siège est situé rue du Docteur Péry 33078 BORDEAUX CEDEX',
        'Reprèsentée par sa Directrice, Madame Annick DUPRÉ',
        'Ci-aprés dénornmée « la Caf »',
        'et',
        'la Commune de Saint-Médard-en-Jalles',
        'Place de la République',
        '33160 SAINT-MÉDARD-EN-JALLES',
        'Représentée par Monsieur Paul MARTIN, son Maire',
        'Tél. 05 56 57 40 40 – mairie@saint-medard.fr',
        'Ci-après dénommée « le partenaire »',
      ),
    ).toEqual({
      cafName: ["Caisse d'allocations familiales de la Gironde"],
      director: ['Annick DUPRÉ'],
      directorTitle: ['Directrice'],
      partner: ['Commune de Saint-Médard-en-Jalles'],
      address: ['Place de la République, 33160 SAINT-MÉDARD-EN-JALLES'],
      rep: ['Paul MARTIN'],
      repTitle: ['Maire'],
      email: ['mairie@saint-medard.fr'],
      phone: ['05 56 57 40 40'],
      unread: [],
    });
  });

  it('switches to the partner on the second « représenté(e) par » when « ci-après » is lost', () => {
    const r = read(
      'Entre les soussignés :',
      'La Caisse d’allocations familiales du Cher',
      'Représentée par son Directeur M. Luc PETIT',
      'Ville de Vierzon',
      'Représenté(e) par : Mme Anne LEROUX, Maire',
      'Il est convenu ce qui suit :',
    );
    expect(r.director).toEqual(['Luc PETIT']);
    expect(r.rep).toEqual(['Anne LEROUX']);
    expect(r.repTitle).toEqual(['Maire']);
  });

  it('« LES SOUSSIGNÉS : » then one list item per party, each a sentence', () => {
    const r = read(
      'LES SOUSSIGNÉS :',
      '',
      '- La Caisse d’Allocations Familiales du Cantal, 27 rue de la Coste, 15000 AURILLAC, représentée par son Directeur, Monsieur Alain BESSON ;',
      '',
      '- L’association « Aide et Présence Haute-Auvergne », association loi 1901 d’aide à domicile, 14 avenue des Pupilles de la Nation, 15000 AURILLAC, représentée par sa Présidente, Madame Odile CHASTANG ;',
      '',
      'CONVIENNENT DE CE QUI SUIT :',
    );
    expect(r).toMatchObject({
      cafName: ["Caisse d'Allocations Familiales du Cantal"],
      director: ['Alain BESSON'],
      partner: ['Aide et Présence Haute-Auvergne'],
      address: ['14 avenue des Pupilles de la Nation, 15000 AURILLAC'],
      rep: ['Odile CHASTANG'],
      repTitle: ['Présidente'],
      unread: [],
    });
  });

  it('the partner first (« Entre d’une part : »), the block ended by a numbered « 1. Objet »', () => {
    const r = read(
      'Entre d’une part :',
      'le Centre Intercommunal d’Action Sociale (CIAS) de la Lomagne Gersoise',
      'siège : 4 rue Nationale, 32700 LECTOURE',
      'représenté par son Président, Monsieur Francis DUCLOS, dûment habilité par délibération du 14/12/2023,',
      'désigné ci-après « le partenaire »',
      '',
      'Et d’autre part :',
      'la Caisse d’allocations familiales du Gers',
      '8 rue de la Somme, 32000 AUCH',
      'représentée par Madame Hélène CASTAING, Directrice,',
      'désignée ci-après « la Caf »',
      '',
      '1. Objet',
      'La présente convention définit les conditions d’accès.',
    );
    expect(r).toMatchObject({
      cafName: ["Caisse d'allocations familiales du Gers"],
      director: ['Hélène CASTAING'],
      partner: ["Centre Intercommunal d'Action Sociale (CIAS) de la Lomagne Gersoise"],
      address: ['4 rue Nationale, 32700 LECTOURE'],
      rep: ['Francis DUCLOS'],
      unread: [],
    });
  });

  it('« ci-après « la Caf » » (no participle) ends the Caf’s block', () => {
    const r = read(
      'ENTRE LES SOUSSIGNÉS',
      '',
      'La Caisse d’Allocations familiales du Puy-de-Dôme',
      '1 rue Pélissier, 63028 Clermont-Ferrand Cedex 2',
      'Représentée par M. Laurent CHAMBON, Directeur',
      'ci-après « la Caf »',
      '',
      'Communauté de communes Ambert Livradois Forez',
      'Établissement public de coopération intercommunale',
      '15 avenue du 11 Novembre, BP 71, 63600 Ambert',
      'Représentée par M. Daniel FOURNIER, Président',
      'ci-après « le partenaire »',
      '',
      'IL A ÉTÉ CONVENU CE QUI SUIT',
    );
    expect(r).toMatchObject({
      director: ['Laurent CHAMBON'],
      partner: ['Communauté de communes Ambert Livradois Forez'],
      address: ['15 avenue du 11 Novembre, BP 71, 63600 Ambert'],
      rep: ['Daniel FOURNIER'],
    });
  });

  it('the partner’s paragraph first, the Caf’s closed by « ci-après « la Caf » »', () => {
    const r = read(
      'ENTRE : le Département du Doubs, 7 avenue de la Gare d’Eau, 25031 Besançon Cedex, représenté par le Président du Conseil départemental, Monsieur Jean-Louis MOUGIN, ci-après « le Département »,',
      '',
      'ET : la Caisse d’allocations familiales du Doubs, 2 rue Denis Papin, 25036 Besançon Cedex, représentée par son Directeur, Monsieur Patrick VERNIER, ci-après « la Caf ».',
      '',
      'Article 1 – Objet',
    );
    expect(r).toMatchObject({
      cafName: ["Caisse d'allocations familiales du Doubs"],
      director: ['Patrick VERNIER'],
      partner: ['Département du Doubs'],
    });
  });

  it('the partner first, the Caf’s sentence wrapped after « représentée par »', () => {
    const r = read(
      'Entre,',
      '',
      'Le Centre hospitalier Métropole Savoie, établissement public de santé,',
      'situé Place Lucien Biset, BP 31125, 73011 Chambéry Cedex,',
      'représenté par Monsieur Olivier CHAPUIS, en sa qualité de Directeur général,',
      'ci-après désigné « le partenaire »,',
      '',
      'Et,',
      '',
      'La Caisse d’allocations familiales de la Savoie, organisme de droit privé chargé d’une mission',
      'de service public, dont le siège est situé 2 avenue des Chevaliers Tireurs, 73016 Chambéry Cedex, représentée par',
      'Madame Isabelle DUCRET-BOUVIER, Directrice,',
      'ci-après désignée « la Caf »,',
      '',
      'Il est convenu ce qui suit :',
    );
    expect(r).toMatchObject({
      director: ['Isabelle DUCRET-BOUVIER'],
      directorTitle: ['Directrice'],
      partner: ['Centre hospitalier Métropole Savoie'],
      rep: ['Olivier CHAPUIS'],
      unread: [],
    });
  });

  it('says the partner could not be read when the switch never happens', () => {
    const r = read(
      'La présente convention est signée entre :',
      'La Caisse d’allocations familiales du Cher',
      'Ville de Vierzon',
      'Il est convenu ce qui suit :',
    );
    expect(r.partner).toEqual([]);
    expect(r.unread).toEqual(['partner']);
  });

  it('reads the representative on the line after « Représenté(e) par : »', () => {
    const r = read(
      'Le présent contrat est signé entre :',
      'Caisse d’allocations familiales du Cher',
      'Ci-après dénommée « Caf »',
      'et',
      'CCAS de Bourges',
      'Représenté(e) par :',
      'Mme Irène DURAND, Vice-Présidente',
      'Ci-après dénommé « le partenaire »',
    );
    expect(r.rep).toEqual(['Irène DURAND']);
    expect(r.repTitle).toEqual(['Vice-Présidente']);
    expect(r.partner).toEqual(['CCAS de Bourges']);
  });

  it.each([
    [
      'partner block first, « ET » between',
      [
        'ENTRE :',
        '',
        'Le CCAS de Figeac',
        '12 place Carnot – 46100 FIGEAC',
        'Représenté par Madame Léa ROUX, Présidente',
        'Tél. 05 65 11 22 33',
        'Ci-après dénommé « le partenaire »',
        '',
        'ET :',
        '',
        'La Caisse d’allocations familiales du Lot',
        '304 rue Victor Hugo – 46000 CAHORS',
        'Représentée par Monsieur Marc BRUN, Directeur',
        'Ci-après dénommée « la Caf »',
        '',
        'Article 2 – Objet',
      ],
    ],
    [
      'partner block first, no « et », each block named after it',
      [
        'Entre les soussignés :',
        'La Commune de Figeac',
        '12 place Carnot – 46100 FIGEAC',
        'Représentée par Madame Léa ROUX, Présidente',
        'Tél. 05 65 11 22 33',
        'désignée ci-après « le partenaire »',
        'La Caisse d’allocations familiales du Lot',
        '304 rue Victor Hugo – 46000 CAHORS',
        'Représentée par Monsieur Marc BRUN, Directeur',
        'désignée ci-après « la Caf »',
      ],
    ],
    [
      'partner block first, « D’une part, » / « Et : » / « D’autre part, »',
      [
        'Entre :',
        'La Commune de Figeac',
        '12 place Carnot – 46100 FIGEAC',
        'Tél. 05 65 11 22 33',
        'Représentée par Madame Léa ROUX, Présidente',
        'Ci-après dénommée « le partenaire »,',
        '',
        'D’une part,',
        '',
        'Et :',
        '',
        'La Caisse d’allocations familiales du Lot',
        'Dont le siège est situé 304 rue Victor Hugo 46000 CAHORS',
        'Représentée par Monsieur Marc BRUN, Directeur',
        'Ci-après dénommée « la Caf »,',
        '',
        'D’autre part,',
        '',
        'Il est convenu ce qui suit :',
      ],
    ],
  ])('assigns the parties by what each block says: %s', (_, lines) => {
    const r = read(...lines);
    expect(r.cafName.map((n) => n.replace(/’/g, "'"))).toEqual([
      "Caisse d'allocations familiales du Lot",
    ]);
    expect(r.director).toEqual(['Marc BRUN']);
    expect(r.directorTitle).toEqual(['Directeur']);
    expect(r.partner[0]).toMatch(/Figeac$/);
    expect(r.rep).toEqual(['Léa ROUX']);
    expect(r.repTitle).toEqual(['Présidente']);
    expect(r.phone).toEqual(['05 65 11 22 33']);
    expect(r.unread).toEqual([]);
  });

  it('reads « Entre d’une part, <one sentence> » / « Et d’autre part, <one sentence> »', () => {
    const r = read(
      'Entre d’une part,',
      'la Caisse d’allocations familiales du Lot, 304 rue Victor Hugo, 46000 CAHORS,',
      'représentée par son directeur, M. Marc BRUN,',
      'désignée ci-après « la Caf »',
      '',
      'Et d’autre part,',
      'la Commune de Figeac, 12 place Carnot, 46100 FIGEAC,',
      'représentée par son maire, Mme Léa ROUX,',
      'désignée ci-après « le partenaire »',
    );
    expect(r.cafName.map((n) => n.replace(/’/g, "'"))).toEqual([
      "Caisse d'allocations familiales du Lot",
    ]);
    expect(r.director).toEqual(['Marc BRUN']);
    expect(r.partner).toEqual(['Commune de Figeac']);
    expect(r.address).toEqual(['12 place Carnot, 46100 FIGEAC']);
    expect(r.rep).toEqual(['Léa ROUX']);
  });

  it('stops the partner block at the next article heading: later e-mails and phones are not the partner’s', () => {
    const r = read(
      'Le présent contrat est signé entre :',
      'La Caisse d’allocations familiales du Lot',
      'Représentée par son Directeur, Monsieur Marc BRUN',
      'et',
      'La Commune de Figeac',
      'Représentée par son Maire, Madame Léa ROUX',
      '',
      'Article 4 – Le centre de services',
      'Contact : services@caf46.caf.fr – 05 65 00 00 00',
    );
    expect(r.partner).toEqual(['Commune de Figeac']);
    expect(r.email).toEqual([]);
    expect(r.phone).toEqual([]);
  });

  it('reads a partner name in capitals over two lines, the address after it', () => {
    const r = read(
      'La présente convention est signée entre :',
      'La Caisse d’allocations familiales du Doubs',
      'Représentée par sa Directrice, Madame Anne MARTIN',
      'et',
      'CENTRE COMMUNAL D’ACTION SOCIALE',
      'DE MONTBÉLIARD',
      '8 place Saint-Martin',
      '25200 MONTBÉLIARD',
      'Représenté par Monsieur Paul ROY, Vice-Président',
    );
    expect(r.partner).toEqual(["CENTRE COMMUNAL D'ACTION SOCIALE DE MONTBÉLIARD"]);
    expect(r.address).toEqual(['8 place Saint-Martin, 25200 MONTBÉLIARD']);
  });

  it.each([
    [
      'partner first, two paragraphs',
      [
        'Entre la Commune de Figeac, 12 place Carnot, 46100 FIGEAC, représentée par son Maire, Madame Léa ROUX, ci-après désignée « le partenaire », d’une part,',
        '',
        'et la Caisse d’allocations familiales du Lot, 304 rue Victor Hugo, 46000 CAHORS, représentée par son Directeur, Monsieur Marc BRUN, ci-après désignée « la Caf », d’autre part,',
      ],
    ],
    [
      'CAF first, one paragraph',
      [
        'Entre la Caisse d’allocations familiales du Lot, 304 rue Victor Hugo, 46000 CAHORS, représentée par son Directeur, Monsieur Marc BRUN, d’une part, et la Commune de Figeac, 12 place Carnot, 46100 FIGEAC, représentée par son Maire, Madame Léa ROUX, d’autre part.',
      ],
    ],
  ])('reads parties written as « Entre …, d’une part, et …, d’autre part »: %s', (_, lines) => {
    const r = read(...lines, '', 'Article 1 – Objet');
    expect(r.cafName.map((n) => n.replace(/’/g, "'"))).toEqual([
      "Caisse d'allocations familiales du Lot",
    ]);
    expect(r.director).toEqual(['Marc BRUN']);
    expect(r.partner).toEqual(['Commune de Figeac']);
    expect(r.address).toEqual(['12 place Carnot, 46100 FIGEAC']);
    expect(r.rep).toEqual(['Léa ROUX']);
    expect(r.repTitle).toEqual(['Maire']);
  });

  it('the CAF’s name stops where its description starts (a wrapped line joined to it)', () => {
    const r = read(
      'La présente convention est signée entre :',
      'La Caisse d’allocations familiales du Lot Organisme visé par les articles L112-1 et suivants',
      'Représentée par sa Directrice, Madame Anne MARTIN',
      'et',
      'La Commune de Figeac',
    );
    expect(r.cafName.map((n) => n.replace(/’/g, "'"))).toEqual([
      "Caisse d'allocations familiales du Lot",
    ]);
  });

  it('two one-sentence parties around a lone « et », a street with no number', () => {
    const r = read(
      'Le présent contrat est signé entre :',
      'La Caisse d’allocations familiales du Lot, 304 rue Victor Hugo, 46000 CAHORS, représentée par son Directeur, M. Marc BRUN,',
      'et',
      'Le CCAS de Figeac, place Carnot, 46100 FIGEAC, représenté par sa Vice-Présidente, Mme Léa ROUX.',
    );
    expect(r.director).toEqual(['Marc BRUN']);
    expect(r.partner).toEqual(['CCAS de Figeac']);
    expect(r.address).toEqual(['place Carnot, 46100 FIGEAC']);
    expect(r.rep).toEqual(['Léa ROUX']);
    expect(r.unread).toEqual([]);
  });

  it('reads a representative whose family name starts with a particle in capitals', () => {
    const r = read(
      'Entre les soussignés :',
      'La Caisse d’allocations familiales du Finistère',
      'Représentée par M. Marc BRUN, Directeur',
      'ci-après dénommée « la Caf »',
      'ET',
      'La Commune de Quimper',
      'Représentée par Monsieur Yann LE GALL, Maire',
      'ci-après dénommée « le partenaire »',
    );
    expect(r.rep).toEqual(['Yann LE GALL']);
    expect(r.repTitle).toEqual(['Maire']);
  });

  it('drops an « Adresse : » label from the address', () => {
    const r = read(
      'Entre les soussignés :',
      'La Caisse d’allocations familiales du Lot',
      'Représentée par M. Marc BRUN, Directeur',
      'ci-après dénommée « la Caf »',
      'ET',
      'Le CCAS de Figeac',
      'Adresse : 12 place Carnot 46100 FIGEAC',
      'Représenté par : Mme Léa ROUX, Vice-Présidente',
      'ci-après dénommé « le partenaire »',
    );
    expect(r.address).toEqual(['12 place Carnot 46100 FIGEAC']);
    expect(r.rep).toEqual(['Léa ROUX']);
  });

  it('reads « Partenaire : X » lines anywhere, not placeholders', () => {
    const ctx = makeCtx(
      normalizeLines(
        'Partenaire : la Commune de Lunel\nPartenaires : SAISIR L’IDENTITE\nNom du partenaire : CCAS DE Lunel',
      ),
    );
    expect(partnerNameLines(ctx).map((c) => c.value)).toEqual([
      'Commune de Lunel',
      'CCAS DE Lunel',
    ]);
  });

  it.each([
    ['Monsieur Paul MARTIN, son Maire', { name: 'Paul MARTIN', title: 'Maire' }],
    ['Monsieur le Maire, Paul MARTIN', { name: 'Paul MARTIN', title: 'Maire' }],
    ['sa Directrice, Madame Anne MARTIN', { name: 'Anne MARTIN', title: 'Directrice' }],
    ['M Michel Bison le Président', { name: 'Michel Bison', title: 'Président' }],
    [
      'sa Directrice générale, Madame Anne MARTIN',
      { name: 'Anne MARTIN', title: 'Directrice générale' },
    ],
    [
      'son Maire adjointe déléguée, Mme Lise ROY',
      { name: 'Lise ROY', title: 'Maire adjointe déléguée' },
    ],
    ['Monsieur Yann LE GALL, Maire', { name: 'Yann LE GALL', title: 'Maire' }],
    ['M. Yves-Marie LE GALL, son Maire', { name: 'Yves-Marie LE GALL', title: 'Maire' }],
    ['Madame Françoise LE BIHAN, Présidente', { name: 'Françoise LE BIHAN', title: 'Présidente' }],
    ['Mme Anne DE LA TOUR, Vice-Présidente', { name: 'Anne DE LA TOUR', title: 'Vice-Présidente' }],
    ["M. Jean D'ALMEIDA, Maire", { name: "Jean D'ALMEIDA", title: 'Maire' }],
    ['M. Pieter VAN DAMME Maire de Loos', { name: 'Pieter VAN DAMME', title: 'Maire de Loos' }],
    ['son Maire, Monsieur Yann LE GALL', { name: 'Yann LE GALL', title: 'Maire' }],
    ['Monsieur Paul MARTIN le Maire', { name: 'Paul MARTIN', title: 'Maire' }],
    // (an OCR's « rn » for « m »)
    ['Madarne Catherine GODEFROY, Directrice', { name: 'Catherine GODEFROY', title: 'Directrice' }],
  ])('person: %s', (raw, expected) => {
    expect(parsePerson(raw)).toEqual(expected);
  });

  it.each([
    ['la Commune de X', 'Commune de X'],
    ['Le Centre communal d’action sociale de Y', 'Centre communal d’action sociale de Y'],
    ['Le Havre Habitat', 'Le Havre Habitat'],
    // a generic noun in lower case before the name describes the body
    ["l'association Mission Locale du Comminges", 'Mission Locale du Comminges'],
    ['L’association Les Restos du Cœur de l’Aude', 'Les Restos du Cœur de l’Aude'],
    ['Association Tutélaire du Limousin', 'Association Tutélaire du Limousin'],
    // (a name starts with a capital once its determiner is gone)
    ["l'association des maires de l'Aude", "Association des maires de l'Aude"],
    ['l’association « Aide et Présence Haute-Auvergne »', 'Aide et Présence Haute-Auvergne'],
    ["l'EHPAD public Résidence du Parc", 'EHPAD public Résidence du Parc'],
    ["Et l'association Centre social Agora", 'Centre social Agora'],
    ['Etablissement français du sang', 'Etablissement français du sang'],
    ["l'Union départementale", 'Union départementale'],
  ])('determiner: %s', (raw, expected) => {
    expect(withoutDeterminer(raw)).toBe(expected);
  });
});
