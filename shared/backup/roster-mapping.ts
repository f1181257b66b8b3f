/**
 * Which column holds which roster field: a header row's titles matched against the header
 * words of the field catalogue (`roster-fields.ts`).
 */
import { CATALOGUE_PROFILES } from '../domain/profiles';
import { profileFromLabel } from './roster-values';
import {
  HEADER_GUESSES,
  ROSTER_FIELDS,
  normaliseHeader,
  type ColumnMapping,
  type RosterField,
} from './roster-fields';

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
  'depuis le',
  'diplome',
  'admin',
  'administrateur',
  'statut',
  'situation',
  'etat',
  'position',
  'en poste',
  'actif',
  'note',
  'notes',
  'infos',
  'divers',
  'demande',
  'operation',
  'effet',
  'action',
  'avis',
  'maintien',
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

const BIRTH_NAME = /\b(naissance|patronymique|jeune fille)\b/;

/**
 * Guesses which column holds which field: the strongest matches first (exact title, then
 * « starts with », then « contains »; the longer word wins), each column and field used once,
 * visible columns before hidden ones. « Nom et prénom » in one column is used only when
 * there is no separate « Nom ».
 */
export function guessMapping(
  headers: readonly string[],
  hiddenColumns: readonly number[] = [],
  groups: readonly string[] = [],
): ColumnMapping {
  const hidden = new Set(hiddenColumns);
  const normalised = headers.map((h) => normaliseHeader(h));
  // A yearly review (« Décision : maintenu / supprimé »): its « Date d'effet » is the decision's.
  const review = normalised.some((h) => h && matchStrength(h, 'reviewDecision').strength >= 2);
  const beside = besideProfile(normalised);
  const candidates: { field: RosterField; col: number; score: number }[] = [];
  normalised.forEach((h, col) => {
    if (!h) return;
    // Under a group title « Habilitation » (a two-line header), « Date de fin » is when the
    // habilitation ended, not the agent's departure; « Date de début » when it was granted.
    // So is a bare « Date début » / « Date fin » right of the profile column (one
    // habilitation a line).
    const habilitation =
      beside.has(col) ||
      /\b(habilitations?|profils?|cdap|acces|droits)\b/.test(normaliseHeader(groups[col] ?? ''));
    for (const field of ROSTER_FIELDS) {
      const m = matchStrength(h, field);
      if (m.strength === 0) continue;
      candidates.push({
        field:
          review && field === 'grantedOn' && /\beffet\b/.test(h)
            ? 'effectiveOn'
            : !habilitation
              ? field
              : field === 'departedOn'
                ? 'revokedOn'
                : field === 'arrivedOn'
                  ? 'grantedOn'
                  : field,
        col,
        score:
          m.strength * 1000 +
          m.length * 10 -
          m.rank * 0.01 -
          (hidden.has(col) ? 500 : 0) -
          // the name in use before the birth name, when a list gives both
          (field === 'lastName' && BIRTH_NAME.test(h) ? 1500 : 0),
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
  // A decision's date means nothing without the decision.
  if (mapping.reviewDecision === undefined) delete mapping.effectiveOn;
  // « Depuis le » is the status's date only right after a « Statut »; else the grant date.
  if (mapping.statusDate !== undefined && mapping.statusDate !== (mapping.status ?? -2) + 1) {
    if (mapping.grantedOn === undefined) mapping.grantedOn = mapping.statusDate;
    delete mapping.statusDate;
  }
  return mapping;
}

const BARE_START = /^(date (de )?debut|debut|start date)$/;
const BARE_END = /^(date (de )?fin|fin|end date)$/;

/**
 * The bare « Date début » / « Date fin » columns just right of the profile column — only the
 * profile's label (« Libellé profil ») or the other of the two between —: in a list of one
 * habilitation a line they date the habilitation, not the agent's arrival and departure.
 * « Date d'entrée », « Fin de contrat » or a date left of the profile stay the agent's.
 */
function besideProfile(normalised: readonly string[]): Set<number> {
  let profile = -1;
  let best = 0;
  normalised.forEach((h, col) => {
    const m = h ? matchStrength(h, 'profileCode') : undefined;
    if (m && m.strength >= 2 && m.strength * 100 + m.length > best) {
      best = m.strength * 100 + m.length;
      profile = col;
    }
  });
  const out = new Set<number>();
  if (profile < 0) return out;
  for (let col = profile + 1; col < normalised.length && col <= profile + 3; col++) {
    const h = normalised[col]!;
    if (BARE_START.test(h) || BARE_END.test(h)) out.add(col);
    else if (!/\b(libelle|intitule|designation)\b/.test(h)) break;
  }
  return out;
}

/**
 * Columns that each stand for one profile (« T1 | T5 | T13 » ticked « x », « oui » or dated),
 * as some offices keep their list: headed by a profile code (« T13 », « T 13 – FSL »,
 * « Profil 13 »), not used by a field.
 */
export function profileColumns(
  headers: readonly string[],
  mapping: ColumnMapping,
): { col: number; code: string }[] {
  const used = new Set(Object.values(mapping));
  return headers.flatMap((raw, col) => {
    if (used.has(col) || raw.length > 80) return [];
    const m = /^\s*(?:profil\s*(?:n\s?°\s*)?|t\s?)(\d{1,2})(?![0-9])(.*)$/i.exec(
      raw.replace(/\s+/g, ' '),
    );
    if (!m) return [];
    const code = `T${Number(m[1])}`;
    const rest = m[2]!.trim();
    // « T13 », « T13 – FSL », « T13 (TD) », « T13 FSL », « T1 Action sociale »; not « T13 à vérifier ».
    const ok =
      !rest ||
      /^[-–—:(]/.test(rest) ||
      /^[A-Z]{2,6}$/.test(rest) ||
      profileFromLabel(rest, CATALOGUE_PROFILES) === code;
    return ok ? [{ col, code }] : [];
  });
}

/** Columns with a title or data that no field uses: named on the mapping screen. */
export function unmappedColumns(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
): number[] {
  const used = new Set([
    ...Object.values(mapping),
    ...profileColumns(headers, mapping).map((p) => p.col),
  ]);
  return headers.flatMap((h, c) =>
    !used.has(c) && (h.trim() !== '' || rows.some((r) => (r[c] ?? '') !== '')) ? [c] : [],
  );
}
