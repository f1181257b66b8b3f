/**
 * zod's messages in French, written for the people who read them (a CCAS administrator),
 * installed once for the whole app by importing this module (the schemas and the IPC
 * contract import it, so both the renderer and Electron's main process get it). zod 4's
 * own French locale is the fallback for the rare codes not handled here: its wording
 * (« Trop grand : chaîne de caractères doit avoir <=200 caractères ») is not for users.
 */
import { z } from 'zod';
import { frenchSpacing } from '../text';

/** What is expected, as a sentence (agreement included). */
const EXPECTED: Record<string, string> = {
  string: 'un texte est attendu',
  number: 'un nombre est attendu',
  int: 'un nombre entier est attendu',
  bigint: 'un nombre entier est attendu',
  boolean: 'oui ou non est attendu',
  array: 'une liste est attendue',
  object: 'un ensemble de champs est attendu',
  date: 'une date est attendue',
  null: 'une valeur vide est attendue',
  undefined: 'aucune valeur n’est attendue',
  void: 'aucune valeur n’est attendue',
};

const fmt = (n: number | bigint) =>
  new Intl.NumberFormat('fr-FR').format(n).replace(/\u202F/g, '\u00A0');
const quote = (v: unknown) => `« ${String(v).slice(0, 80)} »`;

type RawIssue = z.core.$ZodRawIssue;

function sizeOf(input: unknown): number | undefined {
  if (typeof input === 'string' || Array.isArray(input)) return input.length;
  return undefined;
}

function message(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'Ce champ est obligatoire.';
      const expected = EXPECTED[issue.expected] ?? 'une autre valeur est attendue';
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) {
        return 'Nombre hors des limites (infini ou indéterminé).';
      }
      return `Valeur inattendue : ${expected} ici.`;
    }
    case 'too_big': {
      const max = fmt(issue.maximum);
      const size = sizeOf(issue.input);
      if (issue.origin === 'string') {
        return `Texte trop long : ${max} caractères au plus${size !== undefined ? ` (${fmt(size)} saisis)` : ''}.`;
      }
      if (issue.origin === 'array' || issue.origin === 'set')
        return `Trop d’éléments : ${max} au plus.`;
      if (issue.origin === 'number' || issue.origin === 'int')
        return `Nombre trop grand : ${max} au plus.`;
      return `Valeur trop grande : ${max} au plus.`;
    }
    case 'too_small': {
      const min = issue.minimum as number;
      if (issue.origin === 'string')
        return min <= 1
          ? 'Ce champ est obligatoire.'
          : `Texte trop court : ${fmt(min)} caractères au moins.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `Il faut au moins ${fmt(min)} élément${min > 1 ? 's' : ''}.`;
      if (issue.origin === 'number' || issue.origin === 'int') {
        return min === 0 && !issue.inclusive
          ? 'Le nombre doit être positif.'
          : `Nombre trop petit : ${fmt(min)} au moins.`;
      }
      return `Valeur trop petite : ${fmt(min)} au moins.`;
    }
    case 'invalid_format':
      switch (issue.format) {
        case 'email':
          return 'Adresse mél invalide.';
        case 'datetime':
          return 'Date et heure invalides (format attendu : 2025-03-04T10:15:00Z).';
        case 'date':
          return 'Date invalide (format attendu : AAAA-MM-JJ).';
        case 'url':
          return 'Adresse web invalide.';
        default:
          return 'Format invalide.';
      }
    case 'invalid_value': {
      const values = issue.values;
      if (values.length === 1) return `Valeur attendue : ${quote(values[0])}.`;
      const shown = values.slice(0, 6).map(quote).join(', ');
      return `Valeur non reconnue : choisissez parmi ${shown}${values.length > 6 ? '…' : ''}.`;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 5).map(quote).join(', ');
      return issue.keys.length > 1 ? `Champs inattendus : ${keys}.` : `Champ inattendu : ${keys}.`;
    }
    case 'invalid_union':
      return 'Valeur invalide.';
    case 'invalid_key':
      return 'Nom de champ invalide.';
    case 'invalid_element':
      return 'Élément invalide dans la liste.';
    case 'not_multiple_of':
      return `Nombre invalide : multiple de ${fmt(issue.divisor)} attendu.`;
    case 'custom':
      return 'Valeur invalide.';
    default:
      return undefined;
  }
}

const fallback = z.locales.fr().localeError;

/** The error map: user-friendly French, typography included. */
export function frenchErrorMap(issue: RawIssue): string {
  const own = message(issue);
  if (own) return frenchSpacing(own);
  const theirs = fallback?.(issue);
  const text = typeof theirs === 'string' ? theirs : theirs?.message;
  return frenchSpacing(text ?? 'Valeur invalide.');
}

z.config({ localeError: frenchErrorMap });

export const FRENCH_ERRORS_INSTALLED = true;
