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
