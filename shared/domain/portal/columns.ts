/**
 * The columns of an export of the « Mon Compte Partenaire » account list. Their names vary
 * with the portal's version and the export chosen (« Identifiant » or « Login », « Profils »
 * or « Habilitation », a title line above the headers…): the header line is found among the
 * first lines, each column is guessed from many spellings, and the user confirms.
 */
import { foldText } from '../text';

export const PORTAL_FIELDS = [
  'login',
  'lastName',
  'firstName',
  'fullName',
  'email',
  'service',
  'profiles',
  'status',
  'createdOn',
  'lastLoginOn',
  'validTo',
] as const;
export type PortalField = (typeof PORTAL_FIELDS)[number];

export const PORTAL_FIELD_LABELS: Record<PortalField, string> = {
  login: 'Identifiant (login)',
  lastName: 'NOM',
  firstName: 'Prénom',
  fullName: 'Nom et prénom (une seule colonne)',
  email: 'Mél',
  service: 'Service (Cdap…)',
  profiles: 'Profil(s)',
  status: 'Statut du compte',
  createdOn: 'Date de création',
  lastLoginOn: 'Date de dernière connexion',
  validTo: 'Date de fin de validité',
};

/** Header words (folded, punctuation made spaces) pointing to each field, best first. */
const GUESSES: Record<PortalField, readonly string[]> = {
  login: [
    'identifiant',
    'login',
    'identifiant de connexion',
    'identifiant utilisateur',
    'identifiant mcp',
    'identifiant portail',
    'nom d utilisateur',
    'nom de connexion',
    'id utilisateur',
    'code utilisateur',
    'uid',
    'compte',
    'user id',
    'username',
  ],
  lastName: [
    'nom',
    'nom de famille',
    'nom d usage',
    'nom usuel',
    'nom patronymique',
    'last name',
    'lastname',
    'surname',
  ],
  firstName: ['prenom', 'prenoms', 'first name', 'firstname', 'given name'],
  fullName: [
    'nom prenom',
    'nom et prenom',
    'nom prenoms',
    'prenom nom',
    'nom complet',
    'utilisateur',
    'agent',
    'titulaire',
    'personne',
    'nom de l utilisateur',
    'nom de l agent',
  ],
  email: [
    'mel',
    'mail',
    'e mail',
    'email',
    'courriel',
    'adresse mail',
    'adresse mel',
    'adresse e mail',
    'adresse electronique',
    'adresse de messagerie',
  ],
  service: [
    'service',
    'services',
    'service caf',
    'service mcp',
    'offre de service',
    'offre',
    'application',
    'teleservice',
  ],
  profiles: [
    'profil',
    'profils',
    'profil cdap',
    'profils cdap',
    'habilitation',
    'habilitations',
    'droits',
    'droit',
    'profil d habilitation',
    'role applicatif',
  ],
  status: [
    'statut',
    'etat',
    'statut du compte',
    'etat du compte',
    'status',
    'compte actif',
    'actif',
    'activation',
  ],
  createdOn: [
    'date de creation',
    'cree le',
    'creation',
    'date creation',
    'date d ouverture',
    'ouvert le',
    'date de creation du compte',
    'date de debut',
    'debut de validite',
  ],
  lastLoginOn: [
    'derniere connexion',
    'date de derniere connexion',
    'date derniere connexion',
    'dernier acces',
    'date du dernier acces',
    'date de dernier acces',
    'last login',
    'derniere authentification',
  ],
  validTo: [
    'date de fin',
    'fin de validite',
    'date de fin de validite',
    'date d expiration',
    'expire le',
    'expiration',
  ],
};

export type PortalMapping = Partial<Record<PortalField, number>>;

/** Folds a header: lower case, no accents, punctuation as spaces (« E-mail » → `e mail`). */
export function normaliseHeader(header: string): string {
  return foldText(header)
    .replace(/[’'_.\-/()«»:*#°]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Which fields a header may name, best guess first (exact spelling, then a word of it). */
function fieldsForHeader(header: string): { field: PortalField; exact: boolean; rank: number }[] {
  const h = normaliseHeader(header);
  if (!h) return [];
  const out: { field: PortalField; exact: boolean; rank: number }[] = [];
  for (const field of PORTAL_FIELDS) {
    const words = GUESSES[field];
    const exact = words.indexOf(h);
    if (exact >= 0) {
      out.push({ field, exact: true, rank: exact });
      continue;
    }
    const partial = words.findIndex(
      (w) => w.length > 2 && (h.startsWith(`${w} `) || h.endsWith(` ${w}`) || h.includes(` ${w} `)),
    );
    if (partial >= 0) out.push({ field, exact: false, rank: partial });
  }
  return out;
}

/**
 * Guesses the column of each field: exact spellings first, then headers that start or end
 * with a known word. « Nom » and « Prénom » both present: « Nom » is the NOM; « Nom » alone
 * with no « Prénom » column is kept as NOM (the user can change it to « Nom et prénom »).
 */
export function guessPortalMapping(headers: readonly string[]): PortalMapping {
  const mapping: PortalMapping = {};
  const used = new Set<number>();
  const candidates = headers.map((h) => fieldsForHeader(h));
  for (const pass of [true, false]) {
    for (const field of PORTAL_FIELDS) {
      if (mapping[field] !== undefined) continue;
      let best: { idx: number; rank: number } | undefined;
      candidates.forEach((list, idx) => {
        if (used.has(idx)) return;
        const c = list.find((x) => x.field === field && x.exact === pass);
        if (c && (!best || c.rank < best.rank)) best = { idx, rank: c.rank };
      });
      if (best) {
        mapping[field] = best.idx;
        used.add(best.idx);
      }
    }
  }
  // A « Nom prénom » column next to separate NOM / prénom columns is redundant.
  if (
    mapping.fullName !== undefined &&
    mapping.lastName !== undefined &&
    mapping.firstName !== undefined
  ) {
    delete mapping.fullName;
  }
  return mapping;
}

/** How many cells of a line read as known headers (to find the header line). */
function headerScore(row: readonly string[]): number {
  let score = 0;
  for (const cell of row) if (fieldsForHeader(cell).some((c) => c.exact)) score++;
  return score;
}

/**
 * The header line among the first lines of a sheet: exports often start with a title
 * (« Liste des utilisateurs — extraction du 03/01/2026 ») or blank lines. The line with the
 * most recognised headers wins (at least two); otherwise the first line.
 */
export function findHeaderRow(rows: readonly (readonly string[])[], scan = 15): number {
  let best = 0;
  let bestScore = 1;
  for (let i = 0; i < Math.min(scan, rows.length); i++) {
    const s = headerScore(rows[i]!);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  return best;
}

/**
 * A remembered mapping is kept by header text (not position), so that it still applies when
 * the next export has its columns in another order. `seen` = the headers of that file: a
 * header the user saw and left unassigned is not guessed again; a new header is.
 */
export interface RememberedMapping {
  columns: Partial<Record<PortalField, string>>;
  seen: string[];
}

export function rememberMapping(
  headers: readonly string[],
  mapping: PortalMapping,
): RememberedMapping {
  const columns: RememberedMapping['columns'] = {};
  for (const f of PORTAL_FIELDS) {
    const idx = mapping[f];
    if (idx !== undefined && headers[idx] !== undefined) columns[f] = normaliseHeader(headers[idx]);
  }
  return { columns, seen: headers.map(normaliseHeader).filter(Boolean) };
}

/** The remembered mapping applied to these headers, the rest guessed. */
export function applyRememberedMapping(
  headers: readonly string[],
  remembered: RememberedMapping | undefined,
): PortalMapping {
  const guessed = guessPortalMapping(headers);
  if (!remembered) return guessed;
  const folded = headers.map(normaliseHeader);
  const mapping: PortalMapping = {};
  const used = new Set<number>();
  for (const f of PORTAL_FIELDS) {
    const name = remembered.columns[f];
    if (!name) continue;
    const idx = folded.indexOf(name);
    if (idx >= 0 && !used.has(idx)) {
      mapping[f] = idx;
      used.add(idx);
    }
  }
  const seen = new Set(remembered.seen);
  for (const f of PORTAL_FIELDS) {
    const idx = guessed[f];
    if (mapping[f] !== undefined || idx === undefined || used.has(idx)) continue;
    if (remembered.columns[f] === undefined && seen.has(folded[idx]!)) continue;
    mapping[f] = idx;
    used.add(idx);
  }
  return mapping;
}

/** What is missing for the list to be compared: someone to recognise, and the profiles. */
export function mappingProblems(mapping: PortalMapping): string[] {
  const problems: string[] = [];
  const identifies =
    mapping.login !== undefined ||
    mapping.email !== undefined ||
    mapping.lastName !== undefined ||
    mapping.fullName !== undefined;
  if (!identifies) {
    problems.push(
      'Indiquez au moins une colonne qui identifie la personne : identifiant, mél, NOM ou « Nom et prénom ».',
    );
  }
  if (mapping.profiles === undefined) problems.push('Indiquez la colonne des profils (T1, T13…).');
  return problems;
}
