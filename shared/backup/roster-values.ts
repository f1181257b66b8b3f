/**
 * How a roster cell's text is read: dates as offices type them or Excel writes them, yes/no,
 * portal roles, profile codes, a « NOM Prénom » column.
 */
import { fromDayNumber, parseDateInput, toDayNumber, type IsoDate } from '../domain/dates';
import { PORTAL_ROLES, type Agent } from '../domain/schemas';
import { foldText } from '../domain/text';
import { normaliseHeader } from './roster-fields';

const EXCEL_EPOCH = toDayNumber('1899-12-30');
const MONTHS = [
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
];

/**
 * A date as offices type or Excel stores it: `2023-01-05` (a real Excel date, read by the
 * reader), `05/01/2023`, `5/1/23`, `05.01.2023`, `5 janvier 2023`, `1er janvier 2023`, or an
 * Excel serial number (`44931`) when the cell lost its date format. Null when unreadable.
 */
export function parseRosterDate(raw: string): IsoDate | null {
  const s = raw.trim();
  if (!s) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (iso) return parseDateInput(iso[1]!);
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (ymd)
    return parseDateInput(`${ymd[1]}-${ymd[2]!.padStart(2, '0')}-${ymd[3]!.padStart(2, '0')}`);
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+[\d:]+)?$/.exec(s);
  if (fr) {
    let year = Number(fr[3]);
    if (fr[3]!.length === 2) year += year < 70 ? 2000 : 1900;
    return parseDateInput(
      `${String(year).padStart(4, '0')}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}`,
    );
  }
  const serial = /^\d{4,5}(?:[.,]\d+)?$/.exec(s);
  if (serial) {
    const n = Math.floor(Number(s.replace(',', '.')));
    // 1 January 1960 … 2100: anything else is not a date a roster holds.
    if (n >= 21916 && n <= 73051) return fromDayNumber(EXCEL_EPOCH + n);
    return null;
  }
  // « 3 mai 2022 », « 1er sept. 2021 », « mardi 3 mai 2022 » (a long date as Excel shows it)
  const words =
    /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+)?(\d{1,2})\s*(?:er|1er)?\s+([\p{L}.]+)\s+(\d{4})$/iu.exec(
      s.replace(/\s+/g, ' '),
    );
  if (words) {
    const abbr = foldText(words[2]).replace(/\./g, '');
    // « juil. » is July, « juin » June: the whole abbreviation is matched, at least 3 letters.
    const month =
      abbr.length >= 3 ? MONTHS.findIndex((m) => m.startsWith(abbr) || abbr.startsWith(m)) : -1;
    if (month >= 0)
      return parseDateInput(
        `${words[3]}-${String(month + 1).padStart(2, '0')}-${words[1]!.padStart(2, '0')}`,
      );
  }
  return null;
}

/** « oui », « x », « 1 », « vrai » → true; « non », « 0 », empty → false; else undefined. */
export function parseYesNo(raw: string): boolean | undefined {
  const v = foldText(raw).replace(/[.!]/g, '');
  if (!v) return false;
  if (
    [
      'oui',
      'o',
      'x',
      'yes',
      'y',
      '1',
      'vrai',
      'true',
      'diplome',
      'diplomee',
      'ts',
      '✓',
      '✔',
      '☑',
      '☒',
    ].includes(v)
  )
    return true;
  if (['non', 'n', 'no', '0', 'faux', 'false', '-'].includes(v)) return false;
  return undefined;
}

/**
 * A portal role as written in a list (« Admin. suppléant », « utilisatrice »…), or undefined.
 * In a column headed « Administrateur ? » (`adminQuestion`), « oui » / « x » is the
 * administrator and « non » no role at all.
 */
export function parsePortalRole(
  raw: string,
  options: { adminQuestion?: boolean } = {},
): Agent['portalRole'] | undefined {
  const v = normaliseHeader(raw);
  if (!v) return undefined;
  if (/suppl|deputy|backup admin|substitute/.test(v)) return 'Administrateur suppléant';
  // « Adm. », « Adm MCP », « Admin », « Administratrice »: abbreviations as lists write them.
  if (/^(adm\b|admin|administrat|gestionnaire principal)/.test(v)) return 'Administrateur';
  if (/responsable|delegue|gestionnaire|^resp\b.*\bhab/.test(v))
    return "Responsable d'habilitations";
  // « Util. », « Utilisatrice »; a bare letter (« U ») only through a legend (`roleLegend`).
  if (/^(util\b|utilisat|user|agent|usager|standard|consultation|consultant)/.test(v))
    return 'Utilisateur';
  if (options.adminQuestion && parseYesNo(raw) === true) return 'Administrateur';
  return PORTAL_ROLES.find((r) => foldText(r) === foldText(raw));
}

/** One « CODE = libellé » pair of a legend line. */
export interface LegendEntry {
  code: string;
  label: string;
}

/**
 * A legend line explaining codes (« ADM MCP : T = titulaire ; S = suppléant ; U = utilisateur »,
 * « Rôle – A : administrateur, U : utilisateur »): what it is about (the words before the first
 * colon, empty for « Légende ») and its entries, at least two. Undefined when the text is not
 * such a legend.
 */
export function parseLegend(text: string): { subject: string; entries: LegendEntry[] } | undefined {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length > 300) return undefined;
  // « ADM MCP : T = … »: a subject before a colon, when the entries use « = ».
  const head = /^([^:=]{1,40}?)\s*:\s*(.*=.*)$/.exec(flat);
  const subject =
    head && !/^(legende|nota|note|codes?)$/.test(normaliseHeader(head[1]!)) ? head[1]! : '';
  const body = head ? head[2]! : flat;
  const entries: LegendEntry[] = [];
  for (const part of body.split(/\s*(?:;|,|\||\s[–—-]\s|\s\/\s)\s*/)) {
    const m = /^([A-Za-z][A-Za-z0-9]{0,3})\s*(?:=|:)\s*(.+)$/.exec(part.trim());
    if (m && /\p{L}{3}/u.test(m[2]!)) entries.push({ code: m[1]!, label: m[2]!.trim() });
  }
  return entries.length >= 2 ? { subject, entries } : undefined;
}

/**
 * The portal roles that a legend gives to codes (« T », « S », « U »): every entry whose label
 * is a role; in a legend about the administrators (« ADM MCP : T = titulaire »), « titulaire »
 * is the administrator. Empty when the legend explains no role (a profile legend).
 */
export function roleLegend(legend: {
  subject: string;
  entries: readonly LegendEntry[];
}): Map<string, NonNullable<Agent['portalRole']>> {
  const aboutAdmins = /^(adm|admin|administrat\w*)\b/.test(normaliseHeader(legend.subject));
  const out = new Map<string, NonNullable<Agent['portalRole']>>();
  for (const { code, label } of legend.entries) {
    const role =
      parsePortalRole(label) ??
      (aboutAdmins && /^titulaire\b/.test(normaliseHeader(label)) ? 'Administrateur' : undefined);
    if (role) out.set(code.toUpperCase(), role);
  }
  return out;
}

/** A role column that only answers « is this agent the administrator? » (« Administrateur ? »). */
export function isAdminQuestion(header: string): boolean {
  return (
    /^admin(istrat\w*)?\b/.test(normaliseHeader(header)) &&
    !/\brole\b/.test(normaliseHeader(header))
  );
}

/** Words left out when a profile's label is compared with a cell (« de », « pour la »…). */
const LABEL_STOP = new Set(
  'a au aux d de des du en et l la le les pour sur dans par un une en charge'.split(' '),
);
/** « Commissions » and « commission », « sociaux » and « social », « bureaux » and « bureau » read alike. */
const singular = (w: string) =>
  w.length > 3 ? w.replace(/(?<!s)[sx]$/, '').replace(/al$/, 'au') : w;
const labelWords = (text: string) =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w && !LABEL_STOP.has(w))
    .map(singular);

/**
 * The profile a cell names by its label only (« Commission FSL », « Action sociale »,
 * « Services instructeurs », the full label): the one catalogue profile whose label holds every
 * word of the cell (singular or plural, accents and case ignored). Undefined when none or
 * several do (« Logement » is in two labels).
 */
export function profileFromLabel(
  text: string,
  profiles: readonly { code: string; label?: string }[],
): string | undefined {
  const words = labelWords(text);
  if (words.length === 0 || words.every((w) => /^\d+$/.test(w))) return undefined;
  const hits = profiles.filter((p) => {
    if (!p.label) return false;
    const label = new Set(labelWords(p.label));
    return words.every((w) => label.has(w));
  });
  return hits.length === 1 ? hits[0]!.code : undefined;
}

/** Acronyms a profile's label or an office writes for a few words (« BRSA »). */
const ACRONYMS: Record<string, string> = {
  brsa: 'beneficiaires rsa',
  fsl: 'fonds solidarite logement',
};
/** Words compared by their stem (« instruction » and « instructeurs », « bénéficiaires »). */
const stemWords = (text: string) =>
  labelWords(text)
    .flatMap((w) => (ACRONYMS[w] ? [w, ...labelWords(ACRONYMS[w])] : [w]))
    .map((w) => (w.length > 8 ? w.slice(0, 8) : w));

/**
 * The profile a cell names by what it is for, when no label holds its words (« Instruction
 * RSA », « Accompagnement des bénéficiaires du RSA »): the one catalogue profile whose label
 * and description hold, by their stem, every word of the cell, at least two. Undefined when
 * none or several do (« RSA » alone is in three).
 */
export function profileFromDescription(
  text: string,
  profiles: readonly { code: string; label?: string; description?: string }[],
): string | undefined {
  const words = stemWords(text);
  if (new Set(words).size < 2 || words.some((w) => /^\d+$/.test(w))) return undefined;
  const hits = profiles.filter((p) => {
    if (!p.label) return false;
    const known = new Set(stemWords(`${p.label} ${p.description ?? ''}`));
    return words.every((w) => known.has(w));
  });
  return hits.length === 1 ? hits[0]!.code : undefined;
}

/**
 * The profile codes of a cell: « T13 », « t 13 », « T13 (TD) », « Profil T13 – FSL »,
 * « T1 / T13 », « Profil 13 », « Profil 1 + Profil 5 »; else, given the catalogue, the
 * profiles named by their label (« Commissions FSL », « Action sociale + Services
 * instructeurs »). Empty when none is found.
 */
export function parseProfileCodes(
  raw: string,
  profiles: readonly { code: string; label?: string; description?: string }[] = [],
  /** Receives the codes read from a profile's description only (to be said « à vérifier »). */
  loose?: string[],
): string[] {
  const upper = raw.toUpperCase();
  const codes = [
    ...[...upper.matchAll(/(?<![A-Z0-9])(T)\s?(\d{1,3})(?![0-9])/g)].map((m) => `T${Number(m[2])}`),
    // « Profil 13 », « profils 1 et 13 », « profils 1, 4 et 5 »
    ...[
      ...upper.matchAll(
        /\bPROFILS?\s*(?:N\s?°\s*)?(\d{1,2}(?:\s*(?:[,/+&]|\bET\b)\s*\d{1,2})*)(?![0-9])/g,
      ),
    ].flatMap((m) => [...m[1]!.matchAll(/\d{1,2}/g)].map((n) => `T${Number(n[0])}`)),
  ];
  // A profile column holding bare numbers (« 13 », « 1 / 13 »).
  if (codes.length === 0 && /^\s*\d{1,2}(?:\s*(?:[,/+;&]|et)\s*\d{1,2})*\s*$/i.test(raw))
    codes.push(...[...raw.matchAll(/\d{1,2}/g)].map((m) => `T${Number(m[0])}`));
  if (codes.length === 0 && profiles.length) {
    for (const part of raw.split(/\s*(?:[+/,;&]|\bet\b|\n)\s*/)) {
      const code = profileFromLabel(part, profiles);
      if (code) codes.push(code);
    }
    // A label with a comma of its own (« … médiation logement (Dalo), Ccapex »).
    if (codes.length === 0) {
      const code = profileFromLabel(raw, profiles);
      if (code) codes.push(code);
    }
    // What the profile is for (« Instruction RSA »), only when every part is read so.
    if (codes.length === 0) {
      const parts = raw.split(/\s*(?:[+/,;&]|\bet\b|\n)\s*/).filter((p) => p.trim());
      const found = parts.map((part) => profileFromDescription(part, profiles));
      if (found.length && found.every(Boolean)) {
        codes.push(...(found as string[]));
        loose?.push(...(found as string[]));
      }
    }
  }
  return [...new Set(codes)];
}

const isUpperWord = (w: string) =>
  w.length > 1 && w === w.toLocaleUpperCase('fr') && /\p{L}/u.test(w);

/** Particles that start a last name (« De Vos », « Van Hecke », « Le Bihan », « Da Costa »). */
const PARTICLES = new Set(
  "de du des la le van von der den da dos das di del della ben el al mac mc saint sainte st d' l'".split(
    ' ',
  ),
);
const isParticle = (w: string) => PARTICLES.has(foldText(w)) || /^[dl]['’]$/i.test(w);

/** « épouse », « née », « veuve », « dite »: join two last names. */
const isJoiner = (w: string) => /^(nee?|epouse|ep|ve|veuve|vve|dite?|alias)\.?$/.test(foldText(w));

/**
 * « MARTIN épouse DURAND », « GARCIA ép. LOPEZ », « ROUSSEL née PAGÈS »: the last name is the
 * one written first; `other` is the rest (« épouse DURAND »), undefined when the name has no
 * such word. A hyphenated name (« PONS-MARTIN ») is one name.
 */
export function splitMarriedName(raw: string): { lastName: string; other?: string } {
  const words = raw.trim().split(/\s+/);
  const k = words.findIndex((w, i) => i > 0 && i < words.length - 1 && isJoiner(w));
  if (k < 0) return { lastName: raw.trim() };
  return { lastName: words.slice(0, k).join(' '), other: words.slice(k).join(' ') };
}

/** Which comes first in a one-column name: the last name (« DUPONT Marie ») or the first name. */
export type NameOrder = 'last-first' | 'first-last';

const CIVILITY =
  /^(m\.|mr\.?|mme\.?|mmes\.?|mlle\.?|melle\.?|mle\.?|monsieur|madame|mademoiselle|dr\.?|docteur)\s+/i;

/**
 * A name cell without what is not the name: « Mme », « M. » before it, a footnote mark
 * (« DUPONT* », « DUPONT (1) »).
 */
export function cleanNameCell(raw: string): string {
  return raw
    .replace(/[\u00A0\u202F]/g, ' ')
    .trim()
    .replace(CIVILITY, '')
    .replace(/\s*(\*+|\(\d\)|\[\d\])$/, '')
    .trim();
}

const nameWords = (raw: string) =>
  raw
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(CIVILITY, '')
    .replace(/\s+\((m|mme|mr|mlle)\.?\)$/i, '')
    .split(/\s+/)
    .filter(Boolean);

/** The split of a name's words at `k`, in the given order. */
function splitAt(words: string[], k: number, order: NameOrder) {
  return order === 'last-first'
    ? { lastName: words.slice(0, k).join(' '), firstName: words.slice(k).join(' ') }
    : { lastName: words.slice(k).join(' '), firstName: words.slice(0, k).join(' ') };
}

/** Where the name's words split in an order when nothing else tells: particles go with the last name. */
function defaultCut(words: string[], order: NameOrder): number {
  if (order === 'last-first') {
    let k = 0;
    while (k < words.length - 2 && isParticle(words[k]!)) k++;
    return k + 1;
  }
  let k = words.length - 1;
  while (k > 1 && isParticle(words[k - 1]!)) k--;
  return k;
}

const letters = (s: string) => foldText(s).replace(/[^a-z]/g, '');

/**
 * Usual French first names (folded), for a name whose order nothing else tells: « Colette
 * Renard » starts with one. A name that is both (« Martin », « Laurent ») tells nothing.
 */
const FIRST_NAMES = new Set(
  `adele adrien agathe agnes aicha alain alexandra alexandre alice aline amandine amelie ana anais
andre andrea angelique anne annick annie antoine arnaud audrey aurelie aurelien axel baptiste
beatrice benedicte benjamin bernadette bernard brigitte bruno camille carole caroline catherine
cecile celine chantal charlotte chloe christelle christian christine christophe claire clara
claude claudine clement clemence colette coralie corinne cyril damien daniel danielle david
delphine denis didier dominique dorothee edith elisabeth elise elodie eloise emilie emma
emmanuel emmanuelle eric estelle eve fabien fabienne fabrice fanny fatima florence florian
france francine francis franck francoise francois frederic gael gaelle genevieve georges
gerard gilles ginette gisele guillaume guy gwenaelle helene henri herve hugo ines isabelle
jacqueline jacques jade jean jeanne jennifer jeremy jerome joelle johanna jonathan joseph
josiane julie julien juliette justine karine kevin laetitia laure laurence lea lea leila lena
leo liliane lina lisa lise louis louise luc lucas lucie ludovic lydie magali manon marc marcel
margaux marianne marie marine marion martine mathieu mathilde maxime melanie michel michele
mickael monique morgane muriel myriam nadege nadia nadine nathalie nicolas nicole noemie oceane
odile olivier pascal pascale patrice patricia patrick paul pauline philippe pierre quentin
raphael regine remi renee richard romain rose sabine sabrina samia samira sandra sandrine sarah
sebastien severine simone sophie stephane stephanie suzanne sylvain sylvie theo therese thierry
thomas valerie vanessa veronique victor victoria virginie xavier yann yannick yasmine yves
yvette yvonne zoe martin laurent vincent robert simon roger benoit rene leon lucas hugues
arthur adam fernand gabriel raymond marius jules`.split(/\s+/),
);
/** A first name of the list, or a compound of them (« Marie-Claire », « Jean Pierre »). */
const isFirstName = (w: string) => {
  const parts = foldText(w).split('-');
  return parts.every((p) => FIRST_NAMES.has(p));
};

/**
 * What a name tells by itself of its order: its words in capitals are the last name
 * (« DELEPINE Julie », « Anne DUPONT »), or the e-mail's local part holds the last name
 * (« as.devos@… » for « Anne-Sophie De Vos »); or, `weak`, a usual first name is at one end
 * only (« Colette Renard »), which the file's order outweighs. Undefined when nothing tells.
 */
export function nameEvidence(
  raw: string,
  email?: string,
): { order: NameOrder; lastName: string; firstName: string; weak?: true } | undefined {
  const words = nameWords(raw);
  if (words.length < 2) return undefined;
  // « MARTIN épouse DUPONT Anne »: « épouse », « née », « veuve » go with the last name.
  const upper = words.map(
    (w, i) => isUpperWord(w) || (isJoiner(w) && i > 0 && i < words.length - 1),
  );
  const n = upper.filter(Boolean).length;
  if (n > 0 && n < words.length) {
    // The capitals at the start or the end of the name, and nothing else in capitals.
    const lead = upper.indexOf(false);
    const trail = upper.lastIndexOf(false) + 1;
    if (upper.slice(lead).every((u) => !u))
      return { order: 'last-first', ...splitAt(words, lead, 'last-first') };
    if (upper.slice(0, trail).every((u) => !u))
      return { order: 'first-last', ...splitAt(words, trail, 'first-last') };
  }
  const local = letters((email ?? '').split('@')[0] ?? '');
  const byMail = local.length >= 3 ? mailEvidence(words, local) : undefined;
  if (byMail) return byMail;
  // A usual first name at one end only.
  const first = isFirstName(words[0]!);
  const last = isFirstName(words[words.length - 1]!);
  if (first && !last) {
    let k = 1;
    while (k < words.length - 1 && isFirstName(words[k]!)) k++;
    return { order: 'first-last', ...splitAt(words, k, 'first-last'), weak: true };
  }
  if (last && !first) {
    let k = words.length - 1;
    while (k > 1 && isFirstName(words[k - 1]!)) k--;
    return { order: 'last-first', ...splitAt(words, k, 'last-first'), weak: true };
  }
  return undefined;
}

function mailEvidence(
  words: string[],
  local: string,
): { order: NameOrder; lastName: string; firstName: string } | undefined {
  const found: { order: NameOrder; lastName: string; firstName: string }[] = [];
  for (const order of ['last-first', 'first-last'] as const)
    for (let k = 1; k < words.length; k++) {
      const split = splitAt(words, k, order);
      const last = letters(split.lastName);
      const first = letters(split.firstName);
      // The last name in the address, the first name not (or only its initial).
      if (last.length >= 3 && local.includes(last) && !(first.length >= 3 && local.includes(first)))
        found.push({ order, ...split });
    }
  if (found.length === 0) return undefined;
  const orders = new Set(found.map((f) => f.order));
  if (orders.size > 1) return undefined;
  return found.sort((a, b) => letters(b.lastName).length - letters(a.lastName).length)[0];
}

/** The order a name header says: « Prénom Nom », « Prénom et nom » → first name first. */
export function headerNameOrder(header: string): NameOrder | undefined {
  const h = normaliseHeader(header);
  const nom = h.search(/\bnoms?\b/);
  const prenom = h.search(/\bprenoms?\b/);
  if (nom < 0 || prenom < 0) return undefined;
  return prenom < nom ? 'first-last' : 'last-first';
}

/**
 * « DUPONT Marie-Claire », « Marie-Claire DUPONT », « DE LA FONTAINE Jean » → NOM and prénom.
 * The words in capitals are the NOM; else the e-mail's local part, when it holds one of the
 * ways to cut the name (« as.devos@ » for « Anne-Sophie De Vos »); else `order` (the header's
 * or the file's) unless a usual first name agrees with it; else that first name; else « Nom
 * Prénom » (French lists). A « M. » or « Mme » is dropped; particles
 * (« De », « Van », « Le ») stay with the last name.
 */
export function splitFullName(
  raw: string,
  options: { order?: NameOrder; email?: string } = {},
): { lastName: string; firstName?: string } {
  const words = nameWords(raw);
  if (words.length <= 1) return { lastName: words[0] ?? '' };
  const evidence = nameEvidence(raw, options.email);
  // A usual first name yields to the file's order (« Thomas » may be a last name).
  if (evidence && (!evidence.weak || !options.order || options.order === evidence.order))
    return { lastName: evidence.lastName, firstName: evidence.firstName };
  // « Le Bihan », « Da Costa »: a last name alone.
  if (words.length === 2 && isParticle(words[0]!)) return { lastName: words.join(' ') };
  const order = options.order ?? 'last-first';
  return splitAt(words, defaultCut(words, order), order);
}
