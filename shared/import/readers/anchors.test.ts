import { describe, expect, it } from 'vitest';
import { extractConvention } from '../extract';
import {
  findAnchor,
  findAny,
  foldLoose,
  ocrCase,
  ocrDigits,
  ocrEmail,
  ocrIdentifier,
  ocrLetters,
  ocrTimes,
  ocrWords,
  sameWords,
} from './anchors';

describe('findAnchor: folded and OCR-tolerant by construction', () => {
  it.each([
    // [text, anchor, found, corrected]
    ['Représentée par sa Directrice', 'representee par', true, false],
    ['REPRESENTEE PAR le Maire', 'representee par', true, false],
    ['Repr6sentée par le Maire', 'representee par', true, true], // a digit for a letter: one edit
    ['Représentéepar le Maire', 'representee par', true, false], // glued words
    ['Repré sentée par le Maire', 'representee par', true, false], // split word
    ['Numéro de SlRET : 1', 'numero de siret', true, true], // l for I
    ['Numero de S1RET : 1', 'numero de siret', true, true], // 1 for I
    ['Caisse d’AIlocations FamiIiales du Nord', "caisse d'allocations familiales", true, true],
    ['Bul1etin d’adhés1on au service', "bulletin d'adhesion", true, true],
    ['Bulletin d’adhesion au service', "bulletin d'adhésion", true, false],
    ['Ci – après dénommée « Caf »', 'ci apres denomme', true, false],
    ['Une phrase sans rapport', 'representee par', false, false],
    ['Le partenaire est représenté', 'representee par', false, false],
  ])('%s ~ %s', (text, anchor, found, corrected) => {
    const hit = findAnchor(text, anchor);
    expect(Boolean(hit)).toBe(found);
    if (hit) expect(hit.corrected).toBe(corrected);
  });

  it.each([
    ['Contrat de services pris en', 'contrat de service', true],
    ['Le contrat de services précise :', 'contrat de service', false], // extra words before: not at start
    ['- Contrat de services', 'contrat de service', true], // a bullet is skipped
    ['Article 8 – Missions', 'missions', false],
    ['IV. CONTRAT DE SERVICES', 'contrat de service', true], // a roman section number is skipped
    ['XII – Contrat de services', 'contrat de service', true],
    ['I. INTERLOCUTEURS', 'interlocuteurs', true],
    ['INTERLOCUTEURS', 'interlocuteurs', true],
    ['VIE du contrat de services', 'contrat de service', false],
  ])('at the start: %s ~ %s', (text, anchor, found) => {
    expect(Boolean(findAnchor(text, anchor, { atStart: true }))).toBe(found);
  });

  it('gives the source span of the match', () => {
    const text = 'Fait par : Représentée par M. X';
    const hit = findAnchor(text, 'representee par')!;
    expect(text.slice(hit.start, hit.end)).toBe('Représentée par');
  });

  it('prefers an exact match of a later anchor to an approximate match of an earlier one', () => {
    expect(
      findAny('Représenté(e) par M. X', ['represente par', 'represente(e) par'])?.corrected,
    ).toBe(false);
  });

  it('never throws on hostile input', () => {
    for (const t of ['', '\t', '|||', 'é'.repeat(3000), '\u0000\uFFFF']) {
      expect(() => findAnchor(t, 'representee par')).not.toThrow();
      expect(() => findAnchor(t, 'x', { atStart: true })).not.toThrow();
    }
  });
});

describe('ocrDigits and folding', () => {
  it.each([
    ['O8/0l/2O24', '08/01/2024', true],
    ['12/05/2023', '12/05/2023', false],
    ['Le Maire', 'Le Maire', false], // words stay words
    ['2l59O', '21590', true],
  ])('%s → %s', (input, text, corrected) => {
    expect(ocrDigits(input)).toEqual({ text, corrected });
  });

  const known = new Set([
    'stable',
    'montbeliard',
    'commune',
    'instruction',
    'alimentaire',
    'gallou',
    'ablcd',
    'instructlon',
    'ville',
  ]);
  it.each([
    ['sans domicile stab1e', 'sans domicile stable', true],
    ['Fait à Vienne, Chambéry, Montbé1iard', 'Fait à Vienne, Chambéry, Montbéliard', true],
    ['la c0mmune', 'la commune', true],
    ['« instruct1on »,', '« instruct1on »,', false], // « l » and « i » both known: not certain
    ['. I|l', '. I|l', false],
    ['T13 et 2024', 'T13 et 2024', false],
    ['sans domicile stab1e et a1imentaire', 'sans domicile stable et alimentaire', true],
    ['le secteur f1ottant', 'le secteur f1ottant', false], // « flottant » never spelt in the text
    [
      'écrire à stab1e@ville.fr ou www.c0mmune.fr',
      'écrire à stab1e@ville.fr ou www.c0mmune.fr',
      false,
    ],
    ['site STAB1E et Stab1E', 'site STAB1E et Stab1E', false],
    ['Mme Ga1lou', 'Mme Gallou', true], // only when « Gallou » is spelt elsewhere
    ['code ab1cd1 et 1a2b', 'code ab1cd1 et 1a2b', false],
  ])('ocrWords %s', (input, text, corrected) => {
    expect(ocrWords(input, known)).toEqual({ text, corrected });
  });

  it('ocrWords with no dictionary rewrites nothing', () => {
    expect(ocrWords('sans domicile stab1e')).toEqual({
      text: 'sans domicile stab1e',
      corrected: false,
    });
  });

  it.each([
    ['2015-O64-0031', '2015-064-0031', true],
    ['O5/2O19', '05/2019', true],
    ['73-2022-EPCI-015', '73-2022-EPCI-015', false],
    ['CCAS-EPERNAY', 'CCAS-EPERNAY', false],
  ])('ocrIdentifier %s', (input, text, corrected) => {
    expect(ocrIdentifier(input)).toEqual({ text, corrected });
  });

  it('folds accents, quotes, dashes and spaces', () => {
    expect(foldLoose('  L’Écho  —  « Été »  ')).toBe('l\'echo - " ete "');
    expect(sameWords('Délégué', 'DELEGUE')).toBe(true);
    expect(sameWords('Délégué', 'Centralisé')).toBe(false);
  });
});

describe('certain digit-for-letter confusions of OCR', () => {
  it.each([
    ['P1ace de 1a Mairie', 'Place de la Mairie'],
    ['Ca1cu1 de 1a tarification sco1aire', 'Calcul de la tarification scolaire'],
    ['3 rue Gustave Depai11er', '3 rue Gustave Depailler'],
    ['aide aux fami1les et à 1’enfance', 'aide aux familles et à l’enfance'],
    ['Centre c0mmunal', 'Centre communal'],
    ['1es fami|les', 'les familles'],
    // a number with an l for a 1
    ['des jeunes de l6 à 25 ans', 'des jeunes de 16 à 25 ans'],
    ['sous 4l heures', 'sous 41 heures'],
  ])('%s → %s', (raw, fixed) => {
    expect(ocrLetters(raw)).toEqual({ text: fixed, corrected: true });
  });

  it('reads an « O » in a postcode as a zero, in an address only', () => {
    expect(ocrLetters('Place du Marché, 638OO COURNON', { address: true }).text).toBe(
      'Place du Marché, 63800 COURNON',
    );
    expect(ocrLetters('Place du Marché, 638OO COURNON').corrected).toBe(false);
  });

  it.each([
    ['ordinals', 'le 1er mars, la 2e réunion, 1re année'],
    ['profile codes', 'T1, T13 et T4'],
    ['an identifier in capitals', 'CS10045 CEDEX 1'],
    ['a word in capitals (« 1 » may be I or L)', 'VIAL1ARD'],
    ['an e-mail', 'p1ace@mairie.fr'],
    ['a web address', 'www.vi11e.fr'],
    ['numbers', '04 73 69 90 00, 2016'],
  ])('leaves %s alone', (_, raw) => {
    expect(ocrLetters(raw)).toEqual({ text: raw, corrected: false });
  });
});

describe('certain I/l confusions of OCR', () => {
  it.each([
    ['MaIville', 'Malville'],
    ['Communauté de communes intercommunaI', 'Communauté de communes intercommunal'],
    ["pour l'aIlocataire", "pour l'allocataire"],
    ['Place de l’EgIise', 'Place de l’Eglise'],
    ['Françoise LE BlHAN', 'Françoise LE BIHAN'],
    ['M. Paul BRlVET, Maire', 'M. Paul BRIVET, Maire'],
    ['CCAS de MaIville (BRlVET)', 'CCAS de Malville (BRIVET)'],
  ])('%s → %s', (raw, fixed) => {
    expect(ocrCase(raw)).toEqual({ text: fixed, corrected: true });
  });

  it.each([
    ['an e-mail', 'c.maIville@ville-maIville.fr'],
    ['a web address', 'www.maIville.fr'],
    ['an identifier with digits', '044-2140I1234-DE'],
    ['a word in capitals', 'CCAS IDF'],
    ['a name in ordinary case', 'Isabelle Ivanov'],
    ['an initial capital I', 'Isère, Ille-et-Vilaine'],
    ['a lower-case l in a mixed word', 'McLean Lille'],
    ['a short word in capitals', 'Ml Mlle'],
  ])('leaves %s alone', (_, raw) => {
    expect(ocrCase(raw)).toEqual({ text: raw, corrected: false });
  });

  it('repairs an extracted name and marks it « texte corrigé »', () => {
    const r = extractConvention(
      [
        'Annexe 1 – Les interlocuteurs chez le partenaire',
        'Fonction\tNom\tAdresse mél\tTéléphone',
        'Administrateur\tFrançoise LE BlHAN\tf.lebIhan@ville-x.fr\t02 98 00 00 01',
      ].join('\n'),
    );
    const c = r.contacts[0];
    expect(c?.value.name).toBe('Françoise LE BIHAN');
    expect(c?.value.email).toBe('f.lebIhan@ville-x.fr');
    expect(c?.corrected).toBe(true);
  });
});

describe('OCR repairs of a kind of value', () => {
  it.each([
    ['du lundi au vendredi de 8h3O à 16h3O', 'du lundi au vendredi de 8h30 à 16h30'],
    ['de 9h00 à l2h00 et de 13 h 3o à 16 h', 'de 9h00 à 12h00 et de 13 h 30 à 16 h'],
  ])('clock times: %s', (raw, fixed) => {
    expect(ocrTimes(raw)).toEqual({ text: fixed, corrected: true });
  });

  it.each([
    ['words around a time stay', 'Lundi, le hall O est ouvert'],
    ['an impossible time stays', 'de 9h00 à 3Oh'],
  ])('%s', (_, raw) => {
    expect(ocrTimes(raw)).toEqual({ text: raw, corrected: false });
  });

  const known = new Set(['grenoble', 'fayolle', 'partenaires']);
  it.each([
    ['partenaires.cafgrenob1e@caf.cnafmai1.fr', 'partenaires.cafgrenoble@caf.cnafmail.fr'],
    ['d.fayo1le@ville-voiron.fr', 'd.fayolle@ville-voiron.fr'],
  ])('e-mail %s, through the words the document spells', (raw, fixed) => {
    expect(ocrEmail(raw, known)).toEqual({ text: fixed, corrected: true });
  });

  it.each([
    'accueil@caf38.caf.fr',
    'agent1@mairie-voiron.fr',
    'x.dupont10@ville-voiron.fr',
    'v1ncent@ville.fr', // « vlncent » holds no word the document spells
  ])('e-mail %s stays as written', (raw) => {
    expect(ocrEmail(raw, known)).toEqual({ text: raw, corrected: false });
  });

  it.each([
    ['CIaire VALLON', 'Claire VALLON'],
    ['Mme FIorence ROUX', 'Mme Florence ROUX'],
  ])('a capital I after a name’s initial: %s', (raw, fixed) => {
    expect(ocrCase(raw)).toEqual({ text: fixed, corrected: true });
  });

  it('a zero among capitals is an O', () => {
    expect(ocrLetters('8 rue Mainssieux 38500 V0IRON', { address: true }).text).toBe(
      '8 rue Mainssieux 38500 VOIRON',
    );
    expect(ocrLetters('CS10045 CEDEX 1').corrected).toBe(false);
  });
});
