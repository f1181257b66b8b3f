/** The pieces of a contacts-table cell, classified by shape: role label, person name, e-mail, phone. */
import type { ContactRole, Side } from '../../domain/schemas/vocabulary';
import {
  CIVILITY,
  findEmails,
  findPhones,
  fold,
  isPlaceholder,
  nameWordCount,
} from '../text-tools';
import { phonesTolerant } from './anchors';
import { roleLabels } from './records-roles';

const HEADER_WORDS = new Set([
  'adresse',
  'mel',
  'mail',
  'courriel',
  'email',
  'telephone',
  'tel',
  'fonction',
  'nom',
  'prenom',
  'qualite',
  'service',
  'denomination',
  'coordonnees',
  'portable',
  'fixe',
  'interlocuteur',
  'interlocuteurs',
  'caf',
  'partenaire',
  'balf',
  'autres',
  'fax',
  'signature',
  'poste',
  'direction',
  'mairie',
  'ville',
  'ccas',
  'centre',
  'commune',
  'convention',
  'contrat',
  'annexe',
  'article',
  'page',
]);

/** A person's name (civility removed), or undefined when the text does not have that shape. */
/** First words of a job title (« Directrice », « Responsable », « Chargé »), never of a name. */
const FUNCTION_HEAD =
  /^(?:directeur|directrice|responsable|president|presidente|vice-president|vice-presidente|chef|cheffe|adjoint|adjointe|agent|agente|maire|secretaire|charge|chargee|conseiller|conseillere|gestionnaire|assistant|assistante|delegue|deleguee|referent|referente|coordinateur|coordinatrice|travailleur|travailleuse|administrateur|administratrice|instructeur|instructrice|juriste|technicien|technicienne|service|pole|direction|mairie)$/;
const FUNCTION_ACRONYM_WORD =
  /^(?:RSSI|DSI|DPO|DPD|CIL|DGS|DGA|DGAS|DGST|DRH|DAF|SG|DG|CCAS|CIAS|RGPD|MCP|CAF|EPCI|UDAF|SIRET|ATD|CDG)$/;

export function personName(raw: string): string | undefined {
  let t = raw.replace(/^[\s:,;–\-()/|—]+|[\s:,;–\-()/|—]+$/g, '').trim();
  const civility = CIVILITY.test(t);
  t = t.replace(CIVILITY, '').trim();
  // « Ludovic THIÉRY Responsable du service mutualisé Ville / CCAS »: the job title after the
  // name may hold what a name may not
  const all = t.split(/\s+/);
  const head = nameWordCount(all);
  if (head >= 2 && head < all.length && FUNCTION_HEAD.test(fold(all[head]!)))
    t = all.slice(0, head).join(' ');
  if (!t || /[\d@/\\|_,;()]/.test(t) || isPlaceholder(t)) return undefined;
  let words = t.split(/\s+/);
  // the name ends with its capitals run (« Christophe DUCASSE RSSI », « Yann LE GALL Maire »)
  const kept = nameWordCount(words);
  if (kept < words.length && kept >= 2) {
    words = words.slice(0, kept);
    t = words.join(' ');
  }
  if (words.length > 5 || (words.length < 2 && !civility)) return undefined;
  if (words.some((w) => HEADER_WORDS.has(fold(w).replace(/[^a-z]/g, '')))) return undefined;
  // « Directrice du CIAS », « Responsable du CCAS »: a function, its only capitals an acronym
  if (!civility && FUNCTION_HEAD.test(fold(words[0]!))) return undefined;
  const caps = words.filter((w) => w.length >= 2 && w === w.toUpperCase() && /\p{Lu}{2}/u.test(w));
  if (!civility && caps.length && caps.every((w) => FUNCTION_ACRONYM_WORD.test(w)))
    return undefined;
  const particle = /^(?:de|du|des|d'|le|la|van|von|da|di|el|ben)$/;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || particle.test(w))) return undefined;
  const allCaps = words.some((w) => w.length >= 2 && w === w.toUpperCase() && /\p{Lu}{2}/u.test(w));
  if (!civility && !allCaps && words.length > 3) return undefined;
  return t;
}

/** First words of a firm's or a body's name in a name cell (the DPO of a service provider). */
const ORG_HEAD =
  /^(?:cabinet|societe|ste|sas|sarl|selarl|scp|groupe|agence|bureau|etude|office|centre|association)\s/;
/** « Maître », « Me », « Dr »: a title of the professions before a person's name. */
const PROFESSION_TITLE = /^(?:ma[îi]tre|me|dr|docteur|pr|professeur)\.?\s+(?=\p{Lu})/iu;

/**
 * The person a cell names when it says more than a name: « Céline MARCHETTI, responsable du
 * CCAS », « Laure FAVIER (DPO mutualisé, …) », « Directrice – Anne DE LA TOUR ». The cell is cut
 * at its commas, semicolons, parentheses and spaced dashes; the first piece that reads as a
 * person (a civility, or a family name in capitals) is the name.
 */
export function cellPersonName(raw: string): string | undefined {
  const whole = ORG_HEAD.test(fold(raw)) ? undefined : personName(raw);
  if (whole) return whole;
  const pieces = raw
    .split(/\s*[,;()]\s*|\s+[–—-]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length < 2) return undefined;
  for (const [k, raw] of pieces.entries()) {
    // (« Cabinet ALIZÉS CONSEIL – Maître Rose THÉODOSE »: a firm's name is nobody, the person
    // after it is introduced by a title of the professions)
    if (ORG_HEAD.test(fold(raw))) continue;
    const piece = raw.replace(PROFESSION_TITLE, '');
    const name = personName(piece);
    if (!name) continue;
    // the piece must look like a person: a civility, or a family name in capitals (with a
    // given name in lower case after the first piece: « SUITE ET FIN » is no one)
    const civility = CIVILITY.test(piece);
    const caps = /\p{Lu}{2}/u.test(name);
    const given = /(?:^|\s)\p{Lu}\p{Ll}/u.test(name);
    if (civility || (caps && (k === 0 || given))) return name;
  }
  return undefined;
}

/**
 * The persons of a cell naming several, « Isabelle DUFAU / Thomas LACAZE », « Mme Anne ROUX et
 * M. Paul VIDAL »: every part a person with a family name in capitals; otherwise undefined.
 */
export function severalPersons(raw: string): string[] | undefined {
  let parts = raw.split(/\s+(?:\/|et|&)\s+/).map((p) => p.trim());
  // (« PASQUIER Émilie GIROD Mathieu », « Émilie PASQUIER Mathieu GIROD »: two persons of a cell
  // whose lines were joined, each a family name in capitals and a given name)
  const family = "\\p{Lu}{2,}(?:[-' ]\\p{Lu}{2,})*";
  const given = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
  const two = new RegExp(
    `^((?:${family} ${given})|(?:${given} ${family})) ((?:${family} ${given})|(?:${given} ${family}))$`,
    'u',
  ).exec(raw.trim());
  if (parts.length < 2 && two) parts = [two[1]!, two[2]!];
  if (parts.length < 2) return undefined;
  const names = parts.map((p) => personName(p));
  return names.every((n): n is string => Boolean(n && /\p{Lu}{2}/u.test(n))) ? names : undefined;
}

export type PieceKind = 'role' | 'name' | 'email' | 'phone' | 'other';

export interface Piece {
  kind: PieceKind;
  value: string;
  /** 0-based source line. */
  index: number;
  role?: ContactRole;
  /** Further roles the same label gives (« Responsable sécurité et DPO »). */
  also?: ContactRole[];
  /** The side the role label names (« Administrateur (Caf) »). */
  side?: Side;
  corrected?: boolean;
  /** A name read with others from one cell (« X / Y »). */
  several?: boolean;
}

/** The pieces of one cell, in reading order. */
export function piecesOfCell(cell: string, index: number): Piece[] {
  const out: Piece[] = [];
  // (« [Administrateur] »: a card's label in square brackets)
  let text = cell.trim().replace(/^\[([^[\]]{2,80})\]$/, '$1');
  if (!text) return out;
  const role = roleLabels(text);
  if (role) {
    out.push({
      kind: 'role',
      value: text.slice(0, role.end).trim(),
      index,
      role: role.role,
      ...(role.also.length ? { also: role.also } : {}),
      ...(role.side ? { side: role.side } : {}),
      ...(role.corrected ? { corrected: true } : {}),
    });
    // (a label in quotes, « Responsable « Mon Compte Partenaire » »: its closing quote goes too)
    text = text
      .slice(role.end)
      .replace(/^\s*["»”]/, '')
      .replace(/^\s*\([^)]*\)/, '');
  }
  const emails = findEmails(text);
  const tolerant = phonesTolerant(text, findPhones);
  const phones = tolerant.phones;
  let rest = text.replace(/([A-Za-z0-9._%+]-) (?=[A-Za-z0-9._%+-]+@)/g, '$1');
  for (const e of emails) rest = rest.replace(e, ' ');
  rest = rest.replace(
    /(?<!\d)(?:(?:\+|00)33\s?\(?0?\)?\s?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)/g,
    ' ',
  );
  rest = rest.replace(
    /\b(?:t[ée]l(?:[ée]phone)?|mob(?:ile)?|port(?:able)?|fixe|m[ée]l|courriel|e-?mail)\s*[.:]?/gi,
    ' ',
  );
  const named = cellPersonName(rest.replace(/\s+/g, ' ').trim());
  rest = rest.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  // two persons sharing a cell (« Isabelle DUFAU / Thomas LACAZE »): each a name of the cell
  const several = severalPersons(rest);
  if (several)
    out.push(...several.map((value): Piece => ({ kind: 'name', value, index, several: true })));
  // names first (they usually come before the contact details in a joined cell)
  // (« x@caf.fr | 04 … »: the separators left between the details say nothing)
  else if (/[\p{L}\d]/u.test(rest)) {
    const name = named ?? personName(rest);
    // (« Mickaël HAM0N »: a zero between two capitals of a family name is an O)
    const zero = name ? undefined : rest.replace(/(?<=\p{Lu})0(?=\p{Lu})/gu, 'O');
    const fixed = zero && zero !== rest ? personName(zero) : undefined;
    out.push(
      name
        ? { kind: 'name', value: name, index }
        : fixed
          ? { kind: 'name', value: fixed, index, corrected: true }
          : { kind: 'other', value: rest, index },
    );
  }
  for (const e of emails) out.push({ kind: 'email', value: e, index });
  for (const p of phones)
    out.push({
      kind: 'phone',
      value: p,
      index,
      ...(tolerant.corrected ? { corrected: true } : {}),
    });
  return out;
}
