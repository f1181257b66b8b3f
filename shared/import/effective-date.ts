/**
 * The convention's effective date (conv. art. 17.1). The model text says it « prend effet
 * à compter de sa signature »: then the effective date is the signature date. Some texts
 * give a date of their own (« prend effet le 1er janvier 2024 », « à compter du … »,
 * « entre en vigueur le … », « Date d'effet : … »): that one wins.
 */
import { findFrenchDate } from './dates';
import type { Extracted } from './types';

const EFFECT =
  /(prend(?:ra)?\s+effet|entre(?:ra)?\s+en\s+vigueur|date\s+d[’']effet|effective\s+(?:à|a)\s+compter)/i;

export interface EffectiveDate {
  value: string;
  /** 'text': the text gives its own date; 'signature': defaulted to the signature date. */
  origin: 'text' | 'signature';
  source?: Extracted<string>;
}

/** A date the text itself gives for the convention's effect, if any. */
export function findStatedEffectiveDate(lines: readonly string[]): Extracted<string> | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = EFFECT.exec(line);
    if (!m) continue;
    // Termination clauses (« la résiliation prend effet … ») are about another date.
    if (/r[ée]siliation|avenant|manquement/i.test(line.slice(0, m.index + m[0].length))) continue;
    const date = findFrenchDate(line.slice(m.index));
    if (!date) continue;
    return { value: date.iso, sourceLine: i + 1, sourceText: line, confidence: 'high' };
  }
  return undefined;
}

/** The effective date: the one the text states, else the signature date, else none. */
export function effectiveDateOf(
  lines: readonly string[],
  signedOn: string | undefined,
): EffectiveDate | undefined {
  const stated = findStatedEffectiveDate(lines);
  if (stated) return { value: stated.value, origin: 'text', source: stated };
  return signedOn ? { value: signedOn, origin: 'signature' } : undefined;
}
