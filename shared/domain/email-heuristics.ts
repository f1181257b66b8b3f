/**
 * Does an e-mail address or a name look like a shared mailbox / shared account rather than
 * one person? The CAF wants the administrators' addresses « personnelles et individuelles »
 * and forbids sharing a habilitation (conv. art. 9.2). These are heuristics: they produce
 * warnings, never refusals.
 *
 * How an address is judged (local part folded: lower case, no accents, `+tag` dropped, then
 * cut into words at `.`, `-`, `_`, trailing digits removed from each word):
 * - a **strong** word anywhere makes it shared (`ccas`, `accueil`, `mairie`, `secretariat`,
 *   `contact`, `courrier`…): nobody is called that, so `lieusaint.ccas@` is shared too;
 * - a **weak** word makes it shared only as the first word (`service`, `social`, `info`,
 *   `admin`, `rh`…): `service.social@` and `rh@` are shared, `jean.service@` is a person;
 * - a first word that *starts with* a strong word of 4+ letters is shared when words are glued
 *   (`ccaslieusaint@`, `accueilsocial@`), but weak words are not prefix-matched
 *   (`rhonda@`, `infante@`, `polet@` are people);
 * - `s.coffi@`, `k.benali@`, `jean.dupont@` are personal.
 */
import { foldText } from './text';

/** Words that are never a person's name: shared wherever they appear in the local part. */
export const STRONG_SHARED_WORDS: readonly string[] = [
  'accueil',
  'ccas',
  'cias',
  'mairie',
  'secretariat',
  'contact',
  'contacts',
  'courrier',
  'standard',
  'direction',
  'noreply',
  'webmaster',
  'postmaster',
  'actionsociale',
  'solidarite',
  'solidarites',
  'guichet',
  'hoteldeville',
  'cabinet',
  'dgs',
];

/** Words that make an address shared only when they come first. */
export const WEAK_SHARED_WORDS: readonly string[] = [
  'service',
  'services',
  'social',
  'sociale',
  'info',
  'infos',
  'information',
  'informations',
  'admin',
  'administration',
  'rh',
  'drh',
  'action',
  'pole',
  'equipe',
  'bureau',
  'compta',
  'comptabilite',
  'support',
  'general',
  'generique',
  'commun',
  'partage',
  'test',
  'ville',
];

export interface SharedVerdict {
  shared: boolean;
  /** The word that gave it away, for the message. */
  word?: string;
}

const NOT_SHARED: SharedVerdict = { shared: false };

/** Judges an e-mail address; an empty or malformed address is not judged shared. */
export function looksLikeSharedEmail(emailAddress: string | undefined | null): SharedVerdict {
  if (!emailAddress) return NOT_SHARED;
  const at = emailAddress.lastIndexOf('@');
  if (at <= 0) return NOT_SHARED;
  const local = foldText(emailAddress.slice(0, at)).replace(/\+.*$/, '');
  const words = local
    .split(/[._-]+/)
    .map((w) => w.replace(/\d+$/, ''))
    .filter((w) => w.length > 0);
  if (words.length === 0) return NOT_SHARED;
  const glued = words.join('');
  if (STRONG_SHARED_WORDS.includes(glued) || WEAK_SHARED_WORDS.includes(glued)) {
    return { shared: true, word: glued };
  }
  const strong = words.find((w) => STRONG_SHARED_WORDS.includes(w));
  if (strong) return { shared: true, word: strong };
  const first = words[0]!;
  if (WEAK_SHARED_WORDS.includes(first)) return { shared: true, word: first };
  const prefix = STRONG_SHARED_WORDS.find((w) => w.length >= 4 && first.startsWith(w));
  if (prefix) return { shared: true, word: prefix };
  return NOT_SHARED;
}

/** First words of a last name that make an « agent » look like a service, not a person. */
export const SHARED_NAME_WORDS: readonly string[] = [
  'accueil',
  'service',
  'services',
  'pole',
  'secretariat',
  'ccas',
  'cias',
  'mairie',
  'direction',
  'equipe',
  'guichet',
  'bureau',
  'cellule',
  'standard',
  'agence',
  'antenne',
  'mission',
  'compte',
  'utilisateur',
  'generique',
  'commun',
  'test',
  'stagiaire',
  'stagiaires',
  'permanence',
];

/**
 * Judges a person's name: a last name whose first word is a service word (« Accueil »,
 * « Service social », « Pôle solidarité », « Secrétariat ») looks shared.
 * A missing first name is judged by the caller (see `rules/agents.ts`).
 */
export function looksLikeSharedName(lastName: string | undefined | null): SharedVerdict {
  const words = foldText(lastName)
    .split(/[\s'-]+/)
    .filter(Boolean);
  const first = words[0];
  if (first && SHARED_NAME_WORDS.includes(first)) return { shared: true, word: first };
  return NOT_SHARED;
}
