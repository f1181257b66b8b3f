/**
 * What a list's free text says about an agent: a « Statut » cell (« En poste », « Partie »,
 * « retraite », « congé longue maladie ») and a « Remarques » cell (« parti le 30/06/2024 »,
 * « mutée au CCAS de Bailleul le 15/03/2025 », « T13 ajouté le 01/03/2023 », « habilitation
 * supprimée le 10/01/2026 », « arrivé le 24/08/2026 »). A temporary absence (« congé
 * maternité jusqu'au … », sick leave, « remplacement ») is never a departure. Only what the
 * text says with certainty is taken; the rest is left to the caller's warnings.
 */
import type { IsoDate } from '../domain/dates';
import { foldText } from '../domain/text';
import { parseRosterDate } from './roster-values';

const fold = (text: string) =>
  foldText(text)
    .replace(/[’']/g, ' ')
    .replace(/[^a-z0-9/.]+/g, ' ');

/** A temporary absence: the agent is still there. */
const ABSENCE =
  /\b(conges?|arret|absences?|absente?|disponibilite|dispo|temps partiel|mi temps|remplacement|remplace|remplacante?|maladie|maternite|paternite|parental|formation|suspendue?|jusqu au)\b/;
/** The agent left or leaves (the structure, or the post holding the habilitation). */
const DEPARTURE =
  /\b((?:re)?parti(?:e|s|es)?|depart|departs|quitte|quittee|retraite|retraitee|retraites|mute|mutee|mutation|demission\w*|sorti|sortie|sortant|sortante|fin de contrat|fin de fonctions|fin de mission|fin de (?:stage|cdd|detachement|apprentissage|vacation|service civique)|decede|decedee|licencie|licenciee|radie|radiee|inactif|inactive|ancien agent|ancienne agente?|n est plus)\b/;
/** The habilitation (not the agent) ended. */
const REVOCATION =
  /\b(habilitations?|profils?|acces|compte|droits?|t\s?\d{1,2})\b.*\b(supprimee?s?|retiree?s?|desactivee?s?|fermee?s?|cloturee?s?|revoquee?s?|resiliee?s?|enlevee?s?|termine|terminee|clos|close|closes|arretee?s?)\b|\bfin d habilitation\b|\bretrait\b/;
/** A profile given on a date of its own. */
const GRANT =
  /\b(ajoutee?s?|accordee?s?|attribuee?s?|habilitee?s?|ouverte?s?|obtenue?s?|depuis|cree|creee|donne|donnee)\b/;
/** A move inside the structure (« mutation interne », « changement de service »): still there. */
const MOVE =
  /\b(interne|en interne|changement de (poste|service|pole|fonctions?)|passage (au|a la|en)|nouveau poste|reste|toujours en poste)\b/;
const ARRIVAL =
  /\b(arrivee?|arrive|entree?|embauchee?|recrutee?|prise de poste|nommee?|affectee? le)\b/;
const PRESENT =
  /^(en poste|en activite|en service|actif|active|present|presente|titulaire|contractuel|contractuelle|stagiaire|vacataire|apprentie?|fonctionnaire|cdd|cdi|oui|ok|habilitee?)\b/;

export type StatusKind = 'departed' | 'present' | 'absent';

/** A « Statut » cell: gone, in post, temporarily away, or not understood (undefined). */
export function readStatus(raw: string): StatusKind | undefined {
  const v = fold(raw).trim();
  if (!v) return undefined;
  if (ABSENCE.test(v)) return 'absent';
  if (MOVE.test(v)) return 'present';
  if (DEPARTURE.test(v)) return 'departed';
  if (PRESENT.test(v)) return 'present';
  return undefined;
}

/** The dates written in a text, in order (« 30/06/2024 », « 1er sept. 2021 », « 19/06/24 »). */
export function findDates(text: string): { date: IsoDate; start: number; end: number }[] {
  const out: { date: IsoDate; start: number; end: number }[] = [];
  const re =
    /(\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d))|(\d{1,2}(?:er)?\s+[\p{L}.]{3,10}\s+\d{4})|(\d{4}-\d{2}-\d{2})/giu;
  for (const m of text.matchAll(re)) {
    const date = parseRosterDate(m[0]);
    if (date) out.push({ date, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const codesIn = (text: string) =>
  [...text.toUpperCase().matchAll(/(?<![A-Z0-9])T\s?(\d{1,2})(?![0-9])/g)].map(
    (m) => `T${Number(m[1])}`,
  );

export interface NoteFacts {
  /** The note says the agent left or leaves; `date` when one date goes with it. */
  departure?: { date?: IsoDate };
  arrival?: IsoDate;
  /** A habilitation ended (of these profiles, or of every one when `codes` is empty). */
  revocations: { codes: string[]; date?: IsoDate }[];
  /** A profile granted on a date of its own (« T13 ajouté le 01/03/2023 »). */
  grantDates: { code: string; date: IsoDate }[];
  /** A temporary absence (« congé maternité jusqu'au … »): not a departure. */
  absence: boolean;
  /** Dates that no word of the note explains. */
  otherDates: IsoDate[];
}

type Kind = 'absence' | 'revocation' | 'grant' | 'arrival' | 'departure';

function classify(text: string): Kind | undefined {
  const v = fold(text);
  if (ABSENCE.test(v)) return 'absence';
  if (REVOCATION.test(v)) return 'revocation';
  if (codesIn(text).length && GRANT.test(v)) return 'grant';
  if (ARRIVAL.test(v)) return 'arrival';
  if (MOVE.test(v)) return undefined;
  if (DEPARTURE.test(v)) return 'departure';
  return undefined;
}

/**
 * Reads a remark: each date goes with the words written before it (since the previous date),
 * else with the words after it. A kind of fact written without a date is kept without one.
 */
export function readNote(raw: string): NoteFacts {
  const facts: NoteFacts = { revocations: [], grantDates: [], absence: false, otherDates: [] };
  const text = raw.replace(/[\u00A0\u202F]/g, ' ').trim();
  if (!text) return facts;
  const dates = findDates(text);
  const departures: IsoDate[] = [];
  let undatedDeparture = false;
  let from = 0;
  dates.forEach((d, i) => {
    const before = text.slice(from, d.start);
    const after = text.slice(d.end, dates[i + 1]?.start ?? text.length);
    const own = classify(before);
    const kind = own ?? classify(after);
    const words = own ? before : after;
    from = d.end;
    switch (kind) {
      case 'absence':
        facts.absence = true;
        break;
      case 'revocation':
        facts.revocations.push({ codes: codesIn(words), date: d.date });
        break;
      case 'grant':
        for (const code of codesIn(words)) facts.grantDates.push({ code, date: d.date });
        break;
      case 'arrival':
        facts.arrival ??= d.date;
        break;
      case 'departure':
        departures.push(d.date);
        break;
      default:
        facts.otherDates.push(d.date);
    }
  });
  if (dates.length === 0) {
    const kind = classify(text);
    if (kind === 'absence') facts.absence = true;
    else if (kind === 'revocation') facts.revocations.push({ codes: codesIn(text) });
    else if (kind === 'departure') undatedDeparture = true;
  }
  const distinct = [...new Set(departures)];
  // Two different departure dates: which one is right is not certain.
  if (distinct.length === 1) facts.departure = { date: distinct[0]! };
  else if (distinct.length > 1 || undatedDeparture) facts.departure = {};
  return facts;
}

/**
 * A departure written in a name cell: « MORVAN (PARTI) », « TANGUY - PARTIE », « PARTI –
 * DUPONT », « DURAND (partie le 30/06/2025) », « LEROY SORTIE ». The name without it, the mark,
 * and its date when it has one. Undefined when the extra words are no departure (« (née
 * MARTIN) », « (congé maternité) », « (mutation interne) »).
 */
export function nameDepartureMark(
  raw: string,
): { name: string; mark: string; date?: IsoDate } | undefined {
  const s = raw
    .replace(/[\u00A0\u202F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // [pattern, group of the name, group of the mark]
  const shapes: [RegExp, number, number][] = [
    [/^(.*?\S)\s*[([]([^()[\]]{2,40})[)\]]$/u, 1, 2],
    [/^(.*?\S)(?:\s*[,:]\s*|\s+[-–—]\s*|\s*[–—]\s+)([^-–—:,]{2,40})$/u, 1, 2],
    [/^[([]([^()[\]]{2,40})[)\]]\s*(.+)$/u, 2, 1],
    [/^([^-–—:,]{2,40}?)\s*[-–—:,]\s+(.+)$/u, 2, 1],
    // A capitalised word alone after the name (« LEROY Anne PARTIE »).
    [/^(.*?\S)\s+(PARTIE?S?|SORTIE?S?|DÉPART|DEPART|RETRAITÉE?)$/u, 1, 2],
  ];
  for (const [re, n, m] of shapes) {
    const x = re.exec(s);
    if (!x) continue;
    const mark = x[m]!.trim();
    const name = x[n]!.trim();
    if (!name || readStatus(mark) !== 'departed') continue;
    const date = readNote(mark).departure?.date ?? findDates(mark)[0]?.date;
    return { name, mark, ...(date ? { date } : {}) };
  }
  return undefined;
}

/** What a yearly review decided for a habilitation (« Maintenu », « Supprimé », « Ajouté »…). */
export type ReviewDecision = 'keep' | 'end' | 'add' | 'change';

/** « Maintenu », « À supprimer », « Non renouvelé », « Ajout T13 »; undefined when not understood. */
export function readReviewDecision(raw: string): ReviewDecision | undefined {
  const v = fold(raw).trim();
  if (!v) return undefined;
  if (
    /\b(supprimee?s?|supprimer|suppression|retiree?s?|retirer|retrait|revoquee?s?|revocation|desactivee?s?|desactiver|desactivation|cloturee?s?|cloturer|cloture|close?|fermee?s?|fermer|fermeture|resiliee?s?|non (?:maintenue?s?|renouvelee?s?|reconduite?s?|conservee?s?))\b/.test(
      v,
    )
  )
    return 'end';
  if (/\b(modifiee?s?|modification|modifier|changement|changee?|remplacee?|remplacement)\b/.test(v))
    return 'change';
  if (
    /\b(ajoutee?s?|ajout|ajouter|creee?s?|creation|creer|nouvelle?|nouveau|ouverte?s?|ouverture|ouvrir|attribuee?s?|attribution|accordee?s?)\b/.test(
      v,
    )
  )
    return 'add';
  if (
    /\b(maintenue?s?|maintien|maintenir|conservee?s?|conserver|reconduite?s?|reconduction|renouvelee?s?|renouvellement|confirmee?s?|validee?s?|inchangee?s?|ok|oui|rien a signaler|ras)\b/.test(
      v,
    )
  )
    return 'keep';
  return undefined;
}

/** A status cell that describes the habilitation, not the agent (« RÉVOQUÉ », « Clôturé »). */
export const HABILITATION_ENDED_STATUS =
  /^(revoquee?s?|supprimee?s?|retiree?s?|desactivee?s?|cloturee?s?|close?s?|fermee?s?|expiree?s?|resiliee?s?|terminee?s?)$/;

/** A « Statut » cell read for what it says of a habilitation (folded, as `HABILITATION_ENDED_STATUS` wants it). */
export const statusWords = (raw: string) => fold(raw).trim();
