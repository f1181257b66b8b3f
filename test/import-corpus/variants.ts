/**
 * Seeded variants of the samples, each with its truth derived from the sample's by the same
 * change: a removed section removes its fields, a bulletin split per site gives one bulletin
 * per site with its own annex number and quotas; layout and OCR changes keep the truth (the
 * values are still there for a human reader). Deterministic: the same code gives the same
 * corpus on every machine.
 */
import { seededRandom } from '../../shared/domain/testing/seeded-random';
import { ocrDamage } from './transform-ocr';
import {
  addDeterminers,
  pageDebris,
  wrappedCells,
  renumberArticles,
  rewordTitles,
  softWrap,
  spaceJoinedCells,
  tocDebris,
  verticalTables,
} from './transform-layout';
import { cloneTruth, type Truth, type TruthBulletin } from './truth';

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Where each part of a sample starts (first line matching, after the previous part's start). */
export interface SampleSections {
  parts: { name: string; start: RegExp }[];
  /** Removals: the parts dropped and how the truth changes. */
  removals: Record<string, { drop: string[]; truth: (t: Truth) => void }>;
  /** The bulletin part, for the per-site bulletin families. */
  bulletin?: { part: string; title: RegExp; annex: RegExp };
}

const noDeliberation = (t: Truth) => void (t.deliberation = {});
const noContrat = (t: Truth) => void (t.serviceContract = { escalation: [] });
const noContacts = (t: Truth) => void (t.contacts = []);
const noBulletins = (t: Truth) => void (t.bulletins = []);

export const SAMPLE_SECTIONS: Record<string, SampleSections> = {
  'lieusaint-2023': {
    parts: [
      { name: 'deliberation', start: /^/ },
      { name: 'contrat', start: /^\*\*Contrat de services pris en/ },
      { name: 'annexes', start: /^Annexe 1 – Les interlocuteurs à la Caf/ },
      { name: 'form', start: /^Annexe 3 -Formulaire/ },
      { name: 'bulletin', start: /^Nom du partenaire : CCAS DE/ },
      { name: 'convention1', start: /^Convention d'accès à « Mon Compte Partenaire »$/ },
      { name: 'convention2', start: /^Convention d'accès à « Mon Compte Partenaire »$/ },
    ],
    removals: {
      'convention-only': {
        drop: ['deliberation', 'contrat', 'annexes', 'form', 'bulletin', 'convention2'],
        truth: (t) => {
          noDeliberation(t);
          noContrat(t);
          noContacts(t);
          noBulletins(t);
          // art. 9.2 keeps only the « gestion déléguée » bullet: a reader may infer the mode
          t.convention.mode = { optional: 'délégué' };
          t.convention.signedOn = null;
          t.caf.address = '22-23 Avenue du Général Leclerc 77000 MELUN';
        },
      },
      'no-annex': { drop: ['annexes', 'form'], truth: noContacts },
      'no-bulletin': { drop: ['bulletin'], truth: noBulletins },
      'no-deliberation': { drop: ['deliberation'], truth: noDeliberation },
      'contrat-and-annexes-only': {
        drop: ['deliberation', 'convention1', 'convention2'],
        truth: (t) => {
          noDeliberation(t);
          t.partner.siret = null;
          t.convention.missions = [];
          // only the contrat and the bulletin are signed: their place and date may be offered
          t.convention.signedAt = { optional: 'Melun' };
          t.convention.signedOn = { optional: '2024-01-08' };
          // « Michel Bison » and « LIEUSAIN » are the only spellings left: a faithful reader gives them
          t.partner.representativeName = ['Michel Bisson', 'Michel Bison'];
          t.partner.address = ['50 rue de Paris 77127 LIEUSAINT', '50 rue de Paris 77127 LIEUSAIN'];
          t.caf.address = '21-23 avenue du Général Leclerc 77000 MELUN';
        },
      },
    },
    bulletin: {
      part: 'bulletin',
      title: /^Bulletin d'adhésion au service : Cdap$/,
      annex: /^Annexe 2$/,
    },
  },
  'mons-en-baroeul-2017': {
    parts: [
      { name: 'cover', start: /^/ },
      { name: 'convention', start: /^La présente convention est signée entre/ },
    ],
    removals: {
      // a scan whose title page was lost: the number was only there
      'no-title-page': { drop: ['cover'], truth: (t) => void (t.convention.number = null) },
    },
  },
  'seine-maritime-2020-template': {
    parts: [
      { name: 'deliberation', start: /^/ },
      { name: 'convention', start: /^Convention d'accès à « Mon Compte Partenaire »/ },
    ],
    removals: {
      'convention-only': {
        drop: ['deliberation'],
        truth: (t) => {
          noDeliberation(t);
          noContacts(t);
          t.partner = {};
        },
      },
    },
  },
};

/** The sample's lines cut into its parts. */
function splitParts(text: string, s: SampleSections): Map<string, string[]> {
  const all = text.split('\n');
  const starts: number[] = [];
  let from = 0;
  for (const p of s.parts) {
    const i = p.start.source === '^' ? from : all.findIndex((l, k) => k >= from && p.start.test(l));
    if (i < 0) throw new Error(`section « ${p.name} » not found`);
    starts.push(i);
    from = i + 1;
  }
  return new Map(
    s.parts.map((p, k) => [p.name, all.slice(starts[k], starts[k + 1] ?? all.length)]),
  );
}

const SITES = [
  'Service social',
  'Résidence autonomie Les Tilleuls',
  'Service domiciliation',
  'Épicerie sociale',
  'Point d’accès au droit',
  'Antenne Nord',
];
const PROFILES = ['T1', 'T9', 'T13', 'T4', 'T2'];

/** The bulletin split into 2–3 bulletins, one per site, the site written in the title in several ways. */
function bulletinsPerSite(
  text: string,
  truth: Truth,
  s: SampleSections,
  r: Rng,
  serviceOnNextLine: boolean,
): { text: string; truth: Truth } {
  const parts = splitParts(text, s);
  const b = s.bulletin!;
  const lines = parts.get(b.part)!;
  const base = truth.bulletins[0]!;
  const n = serviceOnNextLine ? 1 : 2 + Math.floor(r() * 2);
  const sites = [...SITES].sort(() => r() - 0.5).slice(0, n);
  const copies: string[][] = [];
  const bulletins: TruthBulletin[] = [];
  sites.forEach((site, i) => {
    const annex = serviceOnNextLine ? '2' : `2.${i + 1}`;
    const quotas: Record<string, number> = {};
    for (const p of PROFILES)
      if (r() < 0.4 || (p === 'T13' && !Object.keys(quotas).length))
        quotas[p] = 1 + Math.floor(r() * 6);
    const title = serviceOnNextLine
      ? pick(r, [
          ['Bulletin d’adhésion au service :', 'Cdap'],
          ['BULLETIN D’ADHÉSION', 'Service : Cdap'],
          [
            'Annexe 2 – Bulletin d’adhésion au service',
            'Cdap – Consultation du dossier allocataire par les partenaires',
          ],
        ])
      : pick(r, [
          [`Annexe ${annex} : ${site} – Bulletin d’adhésion au service : Cdap`],
          [`Annexe ${annex}`, `Bulletin d’adhésion au service : Cdap – ${site}`],
          [`Annexe ${annex} – ${site}`, 'Bulletin d’adhésion au service : Cdap'],
          [`Annexe ${annex} – Bulletin d’adhésion au service Cdap`, `Site : ${site}`],
        ]);
    const copy: string[] = [];
    for (const l of lines) {
      if (b.annex.test(l)) continue;
      if (b.title.test(l)) copy.push(...title);
      else if (/^T\d+\t/.test(l)) {
        const code = l.split('\t')[0]!;
        copy.push(`${code}\t${quotas[code] ?? ''}`);
      } else copy.push(l);
    }
    copies.push(copy);
    bulletins.push({
      ...base,
      annexNumber: annex,
      siteLabel: serviceOnNextLine ? null : site,
      quotas,
    });
  });
  const out = [...parts.entries()].flatMap(([name, ls]) => (name === b.part ? copies.flat() : ls));
  const t = cloneTruth(truth);
  t.bulletins = bulletins;
  return { text: out.join('\n'), truth: t };
}

/** The partner's name line of the parties block with its article (« Le CCAS de … », « La Mairie de … »). */
function partnerWithArticle(text: string, truth: Truth): string {
  const names =
    typeof truth.partner.name === 'string'
      ? [truth.partner.name]
      : Array.isArray(truth.partner.name)
        ? truth.partner.name
        : [];
  const fold = (x: string) => x.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
  return text
    .split('\n')
    .map((l) => {
      if (!names.some((n) => fold(n) === fold(l))) return l;
      return `${/^(ccas|centre|c\.c\.a\.s)/i.test(l.trim()) ? 'Le' : 'La'} ${l.trim()}`;
    })
    .join('\n');
}

export interface Variant {
  id: string;
  family: string;
  text: string;
  truth: Truth;
}

export interface SampleInput {
  id: string;
  text: string;
  truth: Truth;
  sections: SampleSections;
}

/** The families and how many seeds each gets. */
const FAMILIES: {
  family: string;
  seeds: number;
  make: (s: SampleInput, r: Rng, k: number) => { text: string; truth?: Truth } | null;
}[] = [
  {
    family: 'ocr',
    seeds: 4,
    make: (s, r, k) => ({ text: ocrDamage(s.text, r, { rate: [0.02, 0.04, 0.06, 0.09][k]! }) }),
  },
  { family: 'vertical-tables', seeds: 1, make: (s) => ({ text: verticalTables(s.text) }) },
  { family: 'space-joined-cells', seeds: 1, make: (s) => ({ text: spaceJoinedCells(s.text) }) },
  {
    family: 'wrapped-cells',
    seeds: 2,
    make: (s, _r, k) => ({ text: wrappedCells(s.text, [30, 20][k]!) }),
  },
  { family: 'reworded-titles', seeds: 3, make: (s, r) => ({ text: rewordTitles(s.text, r) }) },
  { family: 'renumbered', seeds: 3, make: (s, r) => ({ text: renumberArticles(s.text, r) }) },
  {
    family: 'soft-wraps',
    seeds: 3,
    make: (s, r, k) => ({ text: softWrap(s.text, r, [72, 58, 42][k]!) }),
  },
  { family: 'toc-debris', seeds: 2, make: (s, r) => ({ text: tocDebris(s.text, r) }) },
  {
    family: 'determiners',
    seeds: 3,
    make: (s, r) => ({ text: partnerWithArticle(addDeterminers(s.text, r), s.truth) }),
  },
  { family: 'page-debris', seeds: 3, make: (s, r) => ({ text: pageDebris(s.text, r) }) },
  {
    // a quota cell the OCR could not read (a symbol for a digit): the truth keeps the value,
    // the best an importer can do is to flag the row (« illisible — à vérifier »)
    family: 'unreadable-quota',
    seeds: 2,
    make: (s, r) => {
      if (!/^T\d+\t\d+\s*$/m.test(s.text)) return null;
      return {
        text: s.text.replace(
          /^(T\d+)\t\d+(\s*)$/gm,
          (_m, code: string, end: string) =>
            `${code}\t${pick(r, ['%', '«', 'A', '?', '/', '·'])}${end}`,
        ),
      };
    },
  },
  {
    family: 'sections-removed',
    seeds: 5,
    make: (s, _r, k) => {
      const name = Object.keys(s.sections.removals)[k];
      if (!name) return null;
      const removal = s.sections.removals[name]!;
      const parts = splitParts(s.text, s.sections);
      const t = cloneTruth(s.truth);
      removal.truth(t);
      return {
        text: [...parts.entries()]
          .filter(([p]) => !removal.drop.includes(p))
          .flatMap(([, ls]) => ls)
          .join('\n'),
        truth: t,
      };
    },
  },
  {
    family: 'bulletin-per-site',
    seeds: 3,
    make: (s, r) =>
      s.sections.bulletin ? bulletinsPerSite(s.text, s.truth, s.sections, r, false) : null,
  },
  {
    family: 'service-next-line',
    seeds: 2,
    make: (s, r) =>
      s.sections.bulletin ? bulletinsPerSite(s.text, s.truth, s.sections, r, true) : null,
  },
  {
    // a scan through OCR, as it comes: several changes at once
    family: 'mixed',
    seeds: 4,
    make: (s, r) => {
      let text = s.text;
      let truth: Truth | undefined;
      if (s.sections.bulletin && r() < 0.5)
        ({ text, truth } = bulletinsPerSite(text, s.truth, s.sections, r, false));
      text = rewordTitles(text, r);
      text = addDeterminers(text, r);
      text = tocDebris(text, r);
      if (r() < 0.5) text = pageDebris(text, r);
      text = r() < 0.5 ? verticalTables(text) : spaceJoinedCells(text);
      text = softWrap(text, r, 50 + Math.floor(r() * 30));
      text = ocrDamage(text, r, { rate: 0.03 + r() * 0.04 });
      return { text, truth };
    },
  },
];

const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

export const FAMILY_NAMES = FAMILIES.map((f) => f.family);

/**
 * One variant of a sample: `seed` picks the random choices, `k` the family's setting (OCR
 * rate, wrap width, which section is removed…). Null when the family does not apply to the
 * sample (no bulletin to split, no further section to remove).
 */
export function makeVariant(
  sample: SampleInput,
  family: string,
  seed: number,
  k: number,
): Variant | null {
  const f = FAMILIES.find((x) => x.family === family);
  if (!f) throw new Error(`unknown variant family « ${family} »`);
  const v = f.make(sample, seededRandom(seed), k % f.seeds);
  if (!v) return null;
  return {
    id: `${sample.id}~${f.family}~${k + 1}`,
    family: f.family,
    text: v.text,
    truth: v.truth ?? cloneTruth(sample.truth),
  };
}

/** The corpus's variants: every family, each of its settings, one fixed seed per setting. */
export function generateVariants(sample: SampleInput): Variant[] {
  return FAMILIES.flatMap((f) =>
    Array.from({ length: f.seeds }, (_, k) =>
      makeVariant(sample, f.family, hash(`${sample.id}/${f.family}`) + k, k),
    ).filter((v): v is Variant => v !== null),
  );
}
