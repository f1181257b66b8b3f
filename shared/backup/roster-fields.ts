/**
 * The roster fields a town hall's list may hold, the many ways their columns are titled
 * (« Nom », « NOM de naissance », « Mail », « Courriel », « Tél. », « Date entrée », « Profil
 * Cdap »…), and how each cell's text is read (dates as Excel writes them, yes/no, portal
 * roles, profile codes, a « NOM Prénom » column).
 */
import { fromDayNumber, parseDateInput, toDayNumber, type IsoDate } from '../domain/dates';
import { PORTAL_ROLES, type Agent } from '../domain/schemas';
import { foldText } from '../domain/text';

export const ROSTER_FIELDS = [
  'lastName',
  'firstName',
  'fullName',
  'function',
  'service',
  'email',
  'phoneFixed',
  'phoneMobile',
  'portalLogin',
  'portalRole',
  'arrivedOn',
  'departedOn',
  'qualifiedSocialWorker',
  'profileCode',
  'bulletin',
  'grantedOn',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

export const ROSTER_FIELD_LABELS: Record<RosterField, string> = {
  lastName: 'Nom',
  firstName: 'Prénom',
  fullName: 'Nom et prénom (une seule colonne)',
  function: 'Fonction',
  service: 'Service',
  email: 'Mél',
  phoneFixed: 'Téléphone fixe',
  phoneMobile: 'Téléphone portable',
  portalLogin: 'Identifiant du portail',
  portalRole: 'Rôle dans le portail',
  arrivedOn: 'Date d’arrivée',
  departedOn: 'Date de départ',
  qualifiedSocialWorker: 'Travailleur social diplômé',
  profileCode: 'Profil',
  bulletin: 'Bulletin d’adhésion',
  grantedOn: 'Date d’habilitation',
};

/** Header words (normalised by `normaliseHeader`) that point to each field, best first. */
const HEADER_GUESSES: Record<RosterField, readonly string[]> = {
  lastName: [
    'nom',
    'nom d usage',
    'nom usage',
    'nom de famille',
    'nom de naissance',
    'nom patronymique',
    'nom agent',
    'nom de l agent',
    'last name',
    'lastname',
    'surname',
  ],
  firstName: ['prenom', 'prenoms', 'prenom usuel', 'prenom agent', 'first name', 'firstname'],
  fullName: [
    'nom prenom',
    'nom et prenom',
    'nom et prenoms',
    'prenom nom',
    'nom prenom agent',
    'agent',
    'agents',
    'identite',
    'nom complet',
    'utilisateur',
    'collaborateur',
    'personnel',
  ],
  function: [
    'fonction',
    'fonctions',
    'poste',
    'poste occupe',
    'intitule du poste',
    'emploi',
    'metier',
    'qualite',
    'fonction exercee',
    'job',
  ],
  service: [
    'service',
    'nom du service',
    'service d affectation',
    'service affectation',
    'affectation',
    'direction',
    'pole',
    'site',
    'structure',
    'lieu de travail',
    'departement',
  ],
  email: [
    'mel',
    'mail',
    'e mail',
    'email',
    'courriel',
    'adresse mel',
    'adresse mail',
    'adresse e mail',
    'adresse email',
    'adresse electronique',
    'mail pro',
    'mail professionnel',
    'email professionnel',
    'courriel professionnel',
    'messagerie',
  ],
  phoneFixed: [
    'telephone',
    'tel',
    'telephone fixe',
    'tel fixe',
    'fixe',
    'phone',
    'telephone professionnel',
    'tel pro',
    'ligne directe',
    'tel bureau',
    'telephone bureau',
  ],
  phoneMobile: [
    'portable',
    'mobile',
    'telephone portable',
    'tel portable',
    'telephone mobile',
    'tel mobile',
    'gsm',
    'tel port',
  ],
  portalLogin: [
    'identifiant',
    'identifiant portail',
    'identifiant du portail',
    'identifiant mcp',
    'identifiant caf',
    'identifiant cdap',
    'login',
    'compte',
    'compte mcp',
    'id portail',
    'identifiant de connexion',
  ],
  portalRole: [
    'role',
    'role dans le portail',
    'role portail',
    'role mcp',
    'role caf',
    'droits',
    'type de compte',
    'niveau',
  ],
  arrivedOn: [
    'date d arrivee',
    'arrivee',
    'date arrivee',
    'date d entree',
    'date entree',
    'entree',
    'entree le',
    'arrive le',
    'arrivee le',
    'date d embauche',
    'embauche',
    'date de prise de poste',
    'prise de poste',
    'date de debut',
    'debut',
  ],
  departedOn: [
    'date de depart',
    'depart',
    'date depart',
    'parti le',
    'depart le',
    'date de sortie',
    'sortie',
    'date sortie',
    'sortie le',
    'date de fin',
    'fin',
    'fin de contrat',
    'date fin de contrat',
  ],
  qualifiedSocialWorker: [
    'travailleur social',
    'travailleur social diplome',
    'ts diplome',
    'ts',
    'diplome',
    'diplome travail social',
    'travailleur social diplome d etat',
  ],
  profileCode: [
    'profil',
    'profil cdap',
    'profil mcp',
    'profil caf',
    'profils',
    'habilitation',
    'habilitations',
    'profil d habilitation',
    'code profil',
    'profil demande',
    'profil attribue',
  ],
  bulletin: [
    'bulletin',
    'bulletin d adhesion',
    'annexe',
    'service caf',
    'service mcp',
    'service cdap',
    'service portail',
  ],
  grantedOn: [
    'date d habilitation',
    'date habilitation',
    'date d attribution',
    'date attribution',
    'habilite le',
    'habilite depuis',
    'date de creation',
    'date creation',
    'cree le',
    'date d ouverture',
    'ouvert le',
    'date',
    'depuis',
  ],
};

/** « Tél. (portable) » → « tel portable »: folded, punctuation and « n° » removed. */
export function normaliseHeader(h: string): string {
  return foldText(h)
    .replace(/\bn\s?°|\bno\b\.?/g, ' ')
    .replace(/[’'_.\-/()[\]:*°#]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words too vague to name a field unless they are the whole title (« Date de naissance » is not a grant date). */
const WHOLE_TITLE_ONLY = new Set([
  'date',
  'fin',
  'debut',
  'role',
  'ts',
  'agent',
  'agents',
  'compte',
  'site',
  'niveau',
  'depuis',
  'diplome',
]);

/** How well a header names a field: 3 = one of its words exactly, 2 = starts with one, 1 = contains one. */
function matchStrength(
  header: string,
  field: RosterField,
): { strength: number; rank: number; length: number } {
  let best = { strength: 0, rank: 99, length: 0 };
  HEADER_GUESSES[field].forEach((w, rank) => {
    const loose = !WHOLE_TITLE_ONLY.has(w);
    const strength =
      header === w
        ? 3
        : loose && w.length > 2 && header.startsWith(`${w} `)
          ? 2
          : loose && w.length > 3 && ` ${header} `.includes(` ${w} `)
            ? 1
            : 0;
    if (
      strength > best.strength ||
      (strength === best.strength && strength > 0 && w.length > best.length)
    ) {
      best = { strength, rank, length: w.length };
    }
  });
  return best;
}

/** How many distinct roster fields a line names exactly: how much it looks like a header row. */
export function headerScore(cells: readonly string[]): number {
  const fields = new Set<RosterField>();
  for (const c of cells) {
    const h = normaliseHeader(c);
    if (!h || h.length > 60) continue;
    for (const f of ROSTER_FIELDS) if (matchStrength(h, f).strength >= 2) fields.add(f);
  }
  return fields.size;
}

export type ColumnMapping = Partial<Record<RosterField, number>>;

/**
 * Guesses which column holds which field: the strongest matches first (exact title, then
 * « starts with », then « contains »; the longer word wins), each column and field used once,
 * visible columns before hidden ones. « Nom et prénom » in one column is used only when
 * there is no separate « Nom ».
 */
export function guessMapping(
  headers: readonly string[],
  hiddenColumns: readonly number[] = [],
): ColumnMapping {
  const hidden = new Set(hiddenColumns);
  const candidates: { field: RosterField; col: number; score: number }[] = [];
  headers.forEach((raw, col) => {
    const h = normaliseHeader(raw);
    if (!h) return;
    for (const field of ROSTER_FIELDS) {
      const m = matchStrength(h, field);
      if (m.strength === 0) continue;
      candidates.push({
        field,
        col,
        score: m.strength * 1000 + m.length * 10 - m.rank * 0.01 - (hidden.has(col) ? 500 : 0),
      });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.col)) continue;
    mapping[c.field] = c.col;
    used.add(c.col);
  }
  if (mapping.lastName !== undefined && mapping.fullName !== undefined) delete mapping.fullName;
  return mapping;
}

/** Columns with a title or data that no field uses: named on the mapping screen. */
export function unmappedColumns(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
): number[] {
  const used = new Set(Object.values(mapping));
  return headers.flatMap((h, c) =>
    !used.has(c) && (h.trim() !== '' || rows.some((r) => (r[c] ?? '') !== '')) ? [c] : [],
  );
}

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
  const words = /^(\d{1,2})(?:er)?\s+([a-zéèûô.]+)\s+(\d{4})$/i.exec(s);
  if (words) {
    const month = MONTHS.findIndex((m) =>
      m.startsWith(foldText(words[2]).replace(/\./g, '').slice(0, 3)),
    );
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
  if (['oui', 'o', 'x', 'yes', 'y', '1', 'vrai', 'true', 'diplome', 'diplomee', 'ts'].includes(v))
    return true;
  if (['non', 'n', 'no', '0', 'faux', 'false', '-'].includes(v)) return false;
  return undefined;
}

/** A portal role as written in a list (« Admin. suppléant », « utilisateur »…), or undefined. */
export function parsePortalRole(raw: string): Agent['portalRole'] | undefined {
  const v = normaliseHeader(raw);
  if (!v) return undefined;
  if (/suppl/.test(v)) return 'Administrateur suppléant';
  if (/^(admin|administrateur|gestionnaire principal)/.test(v)) return 'Administrateur';
  if (/responsable|delegue|gestionnaire/.test(v)) return "Responsable d'habilitations";
  if (/^(utilisateur|user|agent|usager|standard|consultation|consultant)/.test(v))
    return 'Utilisateur';
  return PORTAL_ROLES.find((r) => foldText(r) === foldText(raw));
}

/**
 * The profile codes of a cell: « T13 », « t 13 », « Profil T13 – FSL », « T1 / T13 ». Empty
 * when none is found.
 */
export function parseProfileCodes(raw: string): string[] {
  const codes = [...raw.toUpperCase().matchAll(/(?<![A-Z0-9])(T)\s?(\d{1,3})(?![0-9])/g)].map(
    (m) => `${m[1]}${Number(m[2])}`,
  );
  return [...new Set(codes)];
}

const isUpperWord = (w: string) =>
  w.length > 1 && w === w.toLocaleUpperCase('fr') && /\p{L}/u.test(w);

/**
 * « DUPONT Marie-Claire », « Marie-Claire DUPONT », « DE LA FONTAINE Jean » → NOM and prénom.
 * The words in capitals are the NOM; without any, the first word is (French lists write
 * « Nom Prénom »). A « M. » or « Mme » is dropped.
 */
export function splitFullName(raw: string): { lastName: string; firstName?: string } {
  const words = raw
    .replace(/^(m\.|mr\.?|mme\.?|mlle\.?|monsieur|madame|mademoiselle)\s+/i, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length <= 1) return { lastName: words[0] ?? '' };
  const upper = words.filter(isUpperWord);
  if (upper.length > 0 && upper.length < words.length) {
    const rest = words.filter((w) => !isUpperWord(w));
    return { lastName: upper.join(' '), firstName: rest.join(' ') };
  }
  return { lastName: words[0]!, firstName: words.slice(1).join(' ') };
}
