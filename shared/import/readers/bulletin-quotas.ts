/**
 * Quotas of a bulletin d'adhésion: a profile code and a number, read through OCR look-alikes
 * (« Tl3 », « l2 »), marked corrected; quotas written in a sentence (« T1 = 2 ; T13 = 1 ») or
 * one profile per line (« Profil T1 (Action sociale) : 2 accès »). A code not in the
 * catalogue, or a pair that cannot be read, is flagged « Ligne illisible — à vérifier ».
 */
import { CATALOGUE_PROFILES } from '../../domain/profiles';
import type { Confidence, Extracted, QuotaValue } from '../types';
import { keyOf } from '../text-tools';
import { ocrDigits } from './anchors';
import { COUNT, countValue } from './bulletin-quota-words';
import { at, type Ctx, unread } from './context';

/** One quota read on line `index`: profile `code` capped at `max`. */
export function quotaAt(
  ctx: Ctx,
  index: number,
  code: string,
  max: number,
  confidence: Confidence,
  corrected?: boolean,
): Extracted<QuotaValue> {
  return at(ctx, index, { profileCode: code, max }, confidence, undefined, corrected);
}

export const KNOWN_PROFILES = new Set(CATALOGUE_PROFILES.map((p) => p.code));

/** « T13 », « Tl3 », « T 13 », « Profil T13 – … » → T13 (corrected when look-alikes were read). */
export function profileCode(
  cell: string,
): { code: string; corrected: boolean; rest: string } | undefined {
  const m = /^(?:profils?\s+)?(T)\s?([0-9lIiO|!SB]{1,2})(?![\p{L}\d])\s*(.*)$/iu.exec(cell.trim());
  if (!m) return undefined;
  const letter = m[1]!;
  const fixed = ocrDigits(`0${m[2]!}`);
  const digits = fixed.text.slice(1);
  if (!/^\d{1,2}$/.test(digits)) return undefined;
  return {
    code: `T${Number(digits)}`,
    corrected: fixed.corrected || letter === 't',
    rest: m[3] ?? '',
  };
}

const byLabel = new Map(
  CATALOGUE_PROFILES.flatMap((p) => {
    const full = keyOf(p.label);
    const short = keyOf(p.label.replace(/\s*\(.*\)\s*$/, ''));
    return [
      [full, p.code],
      [short, p.code],
    ] as [string, string][];
  }),
);

/**
 * « Action sociale », « Commissions Fsl (Fonds de solidarité pour le logement) »: a profile
 * named by its catalogue label only, no code (the whole cell is the label, nothing more).
 */
export function profileByLabel(cell: string): string | undefined {
  return byLabel.get(keyOf(cell));
}

/**
 * A profile code OCR split with a space (« T1 3 »): the lone digit after the code is part of
 * it when the code cell holds nothing else, or when a label and the row's quota follow it
 * (« T1 3 Commissions Fsl 1 »), and the joined code is a catalogue profile. Marked corrected.
 */
export function splitCode<T extends { code: string; corrected: boolean; rest: string }>(
  head: T | undefined,
  tabbed: boolean,
): T | undefined {
  if (!head || !/^T\d$/.test(head.code)) return head;
  const m = (tabbed ? /^(\d)$/ : /^(\d)\s+(?=\p{L}.*\s\S*\d\S*$)/u).exec(head.rest);
  const code = m ? `${head.code}${m[1]}` : '';
  if (!m || !KNOWN_PROFILES.has(code)) return head;
  return { ...head, code, corrected: true, rest: head.rest.slice(m[0].length).trim() };
}

/** A quota cell: digits, possibly read through look-alikes (« l2 » → 12). */
export function quotaNumber(cell: string): { max: number; corrected: boolean } | undefined {
  // « deux », « deux (2) », « 2 (deux) »: a count in words (its words and digits agreeing)
  if (/\p{L}{2}/u.test(cell)) {
    const w = countValue(cell.replace(/\.$/, ''));
    if (w !== undefined) return Number.isNaN(w) ? undefined : { max: w, corrected: false };
  }
  const t = cell.trim().replace(/[\s.]/g, '');
  if (/^\d{1,5}$/.test(t)) return { max: Number(t), corrected: false };
  // a bar alone is as likely a table border as a « 1 »: not read (the row is flagged)
  if (/^[|!]$/.test(t)) return undefined;
  // a cell of look-alikes only (« l », « lO ») in a number column
  const fixed = /^[lI|!O]{1,2}$/.test(t) ? ocrDigits(`0${t}`, { anyDigit: true }) : ocrDigits(t);
  const digits = /^[lI|!O]{1,2}$/.test(t) ? fixed.text.slice(1) : fixed.text;
  if (/^\d{1,5}$/.test(digits) && fixed.corrected) return { max: Number(digits), corrected: true };
  return undefined;
}

export function illegible(ctx: Ctx, i: number) {
  ctx.warnings.push(`Ligne illisible — à vérifier : ${ctx.lines[i] ?? ''} (ligne ${i + 1})`);
  unread(ctx, 'quota', 'une ligne du tableau des quotas', i);
}

// « T1 = 2 », « T13 : 1 », « T2 – 3 », « T1 (Action sociale) : 2 »: a profile and its quota
// inside a sentence, maybe the profile's label between them
const INLINE_QUOTA =
  /(?<![\p{L}\d])(T\s?[0-9lIO|]{1,2})(?:\s*(?:\([^()]{1,60}\)|"[^"]{1,60}"))?\s*(?:=|:|–|-|→)\s*([0-9lIO|]{1,5})(?![\p{L}\d])/gu;

/**
 * Quotas written in a sentence (« par profil : T1 = 2 ; T13 = 1 ; autres profils : néant »):
 * a line with at least one profile-and-number pair. A pair whose code is not in the
 * catalogue is flagged, not read.
 */
export function inlineQuotas(
  ctx: Ctx,
  i: number,
  checkCatalogue: boolean,
): Extracted<QuotaValue>[] {
  const line = ctx.lines[i] ?? '';
  const out: Extracted<QuotaValue>[] = [];
  for (const m of line.matchAll(INLINE_QUOTA)) {
    const head = profileCode(m[1] ?? '');
    const n = quotaNumber(m[2] ?? '');
    if (!head || !n || (checkCatalogue && !KNOWN_PROFILES.has(head.code))) {
      illegible(ctx, i);
      continue;
    }
    out.push(quotaAt(ctx, i, head.code, n.max, 'medium', head.corrected || n.corrected));
  }
  return out;
}

/**
 * « Profil T1 (Action sociale) : 2 accès », « T13 – Accès aux ressources : 1 », « Profil T2 :
 * néant »: one profile per line, its quota after a colon (none when it says « néant »);
 * undefined when the line is not of that shape. A code not in the catalogue is flagged.
 */
export function labelledQuota(
  ctx: Ctx,
  i: number,
  checkCatalogue: boolean,
): Extracted<QuotaValue>[] | undefined {
  const line = ctx.lines[i] ?? '';
  const m =
    /^(?:[-–•*]\s*)?(?:profils?\s+)?(T\s?[0-9lIO|]{1,2})(?![\p{L}\d])([^:]{0,80}):\s*(.+?)\s*\.?$/iu.exec(
      line,
    );
  if (!m) return undefined;
  const head = profileCode(m[1] ?? '');
  const value = (m[3] ?? '').trim();
  if (/^(?:n[ée]ant|aucun|sans objet|-|–|0\s*\(n[ée]ant\))$/i.test(value)) return [];
  const n =
    /^([0-9lIO|]{1,5})\s*(?:acc[èe]s|utilisateurs?|habilitations?|agents?|personnes?|postes?)?$/i.exec(
      value,
    ) ?? WORDS_VALUE.exec(value);
  if (!n) return undefined;
  const max = quotaNumber(n[1] ?? '');
  if (!head || !max || (checkCatalogue && !KNOWN_PROFILES.has(head.code))) {
    illegible(ctx, i);
    return [];
  }
  return [quotaAt(ctx, i, head.code, max.max, 'high', head.corrected || max.corrected)];
}

/** « deux accès », « 2 (deux) utilisateurs »: a labelled quota's value in words. */
const WORDS_VALUE = new RegExp(
  `^(${COUNT})\\s*(?:acc[èe]s|utilisateurs?|habilitations?|agents?|personnes?|postes?)?$`,
  'iu',
);

/** « fixé à deux (2) », « limité à 3 », « fixé à cinq »: a cap. */
const CAP = new RegExp(
  `(?:fix[ée]e?s?|limit[ée]e?s?|port[ée]e?s?|arr[êe]t[ée]e?s?)\\s+[àa]\\s+(${COUNT})(?![\\p{L}\\d])`,
  'giu',
);

/**
 * One profile opened in prose and capped in a sentence of the same paragraph: « seul le profil
 * T13 (…) est ouvert. Le nombre maximal d'habilitations est fixé à deux (2). ». One profile and
 * one cap in the paragraph, or nothing.
 */
export function proseQuota(text: string): { code: string; max: number } | undefined {
  const codes = new Set(
    [...text.matchAll(/(?<![\p{L}\d])T\s?(\d{1,2})(?![\p{L}\d])/gu)].map((m) => `T${Number(m[1])}`),
  );
  if (codes.size !== 1) return undefined;
  if (!/\b(?:nombre|habilitations?|acc[èe]s|utilisateurs?|quotas?)\b/i.test(text)) return undefined;
  const caps = [...text.matchAll(CAP)];
  if (caps.length !== 1) return undefined;
  const max = countValue(caps[0]![1]!);
  if (max === undefined || Number.isNaN(max)) return undefined;
  return { code: [...codes][0]!, max };
}

const CODE_TOKEN = /(?<![\p{L}\d])T\s?[0-9lIO|]{1,2}(?![\p{L}\d])/gu;

/**
 * A quota table flattened into one line (« Profil Libellé Quota T1 Action sociale 3 T2
 * Prestataires services sociaux T4 Services instructeurs 2 … »): three profile codes at least,
 * each followed by its label and, when the profile is opened, one number. A profile whose
 * part ends with two numbers, or a code not in the catalogue, is flagged; undefined when the
 * line is not of that shape.
 */
export function flattenedQuotas(
  ctx: Ctx,
  i: number,
  checkCatalogue: boolean,
): Extracted<QuotaValue>[] | undefined {
  const line = ctx.lines[i] ?? '';
  if (line.includes('\t')) return undefined;
  const codes = [...line.matchAll(CODE_TOKEN)];
  if (codes.length < 3) return undefined;
  const out: Extracted<QuotaValue>[] = [];
  let bad = false;
  codes.forEach((m, k) => {
    const head = profileCode(m[0]);
    const part = line.slice(m.index + m[0].length, codes[k + 1]?.index ?? line.length).trim();
    if (!head || (checkCatalogue && !KNOWN_PROFILES.has(head.code))) {
      bad = true;
      return;
    }
    const tail = /(?:^|\s)([0-9lIO|]{1,4})\s*[.;,]?$/.exec(part);
    if (!tail) return;
    const before = part.slice(0, tail.index).trim();
    // (« … 3 2 »: two numbers, requested and granted or a cell lost)
    if (/(?:^|\s)\d{1,4}$/.test(before)) {
      bad = true;
      return;
    }
    const n = quotaNumber(tail[1]!);
    if (!n) {
      bad = true;
      return;
    }
    out.push(quotaAt(ctx, i, head.code, n.max, 'medium', head.corrected || n.corrected));
  });
  if (bad) illegible(ctx, i);
  return out;
}
