/**
 * The deliberation a convention gives as labelled fields, in a form or a table of label and
 * value cells (« Date de la délibération : 15/02/2021 », « N° de délibération ⇥ 2021-07 »,
 * « Instance délibérante : Conseil d'administration du CCAS », « Délibération ⇥ Conseil
 * municipal du 3 mars 2021, n° 2021-15 »). Only labels that name the deliberation (or its
 * deliberating body) are read: a bare « Date : » or « N° : » belongs to anything.
 */
import { findDateTolerant } from '../dates';
import { fold, labelledField } from '../text-tools';
import type { ConventionExtraction } from '../types';
import { at, type Ctx } from './context';
import { bodyIn } from './deliberation-cited';

type Kind = 'date' | 'number' | 'body' | 'whole';
const LABELS: [Kind, RegExp][] = [
  [
    'date',
    /^(?:date (?:de (?:la )?)?(?:deliberation|seance|decision)|deliberation (?:en date )?du|seance du)$/,
  ],
  [
    'number',
    /^(?:(?:n ?[°o]|numero|reference)s? (?:de (?:la )?)?deliberation|deliberation n ?[°o]|n ?[°o] (?:d'ordre|de la decision))$/,
  ],
  [
    'body',
    /^(?:(?:instance|organe|assemblee)(?: deliberante?)?|instance ayant delibere|organe (?:qui a )?delibere)$/,
  ],
  [
    'whole',
    /^(?:deliberation|decision)(?: (?:autorisant|de l'(?:assemblee|organe) deliberante?))?$/,
  ],
];

const NUMBER = /^(?:n ?[°o] ?)?((?:[A-Z]{1,4}\s(?=\d))?[A-Z0-9][\w./-]*\d[\w./-]*)/i;
const IN_TEXT_NUMBER = /\bn\s*[°º*o]\s*:?\s*((?:[A-Z]{1,4}\s(?=\d))?[A-Z0-9][\w./-]*\d[\w./-]*)/i;

export function labelledDeliberation(
  ctx: Ctx,
  outside: (line: number) => boolean = () => true,
): ConventionExtraction['deliberation'] {
  const out: ConventionExtraction['deliberation'] = {};
  const note = 'Lu dans le champ qui donne la délibération : vérifiez.';
  ctx.lines.forEach((line, i) => {
    if (!outside(i)) return;
    const m = labelledField(line, 60);
    if (!m?.value) return;
    const label = fold(m.label)
      .replace(/[’`]/g, "'")
      .replace(/\s+/g, ' ')
      .replace(/[.\s]+$/, '')
      .trim();
    const kind = LABELS.find(([, re]) => re.test(label))?.[0];
    if (!kind) return;
    const value = m.value.trim();
    if (kind === 'date' || kind === 'whole') {
      const d = findDateTolerant(value.replace(IN_TEXT_NUMBER, ' '));
      if (d && !out.date) out.date = at(ctx, i, d.iso, 'medium', note, d.corrected);
    }
    if (kind === 'number' && !out.number) {
      const n = NUMBER.exec(value);
      if (n?.[1]) out.number = at(ctx, i, n[1].replace(/[.,-]+$/, ''), 'medium', note);
    }
    if (kind === 'whole' && !out.number) {
      const n = IN_TEXT_NUMBER.exec(value);
      if (n?.[1]) out.number = at(ctx, i, n[1].replace(/[.,-]+$/, ''), 'medium', note);
    }
    if ((kind === 'body' || kind === 'whole') && !out.body) {
      const b = bodyIn(value);
      if (b) out.body = at(ctx, i, b.name, 'medium', note);
    }
  });
  return out;
}
