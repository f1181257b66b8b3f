/**
 * Quota tables with two numbers per profile, the number the partner asked for and the number
 * the Caf granted (« Nombre d'habilitations demandé par le partenaire » / « Nombre maximum
 * accordé par la Caf »): the quota is the granted one, in the column its header names. The
 * header's cells are often wrapped over several lines, and a row's label too (the numbers
 * then stand on a line of their own between the label's pieces).
 */
import type { Extracted, QuotaValue } from '../types';
import { foldLoose } from './anchors';
import { at, type Ctx } from './context';
import { KNOWN_PROFILES, illegible, profileCode } from './bulletin-quotas';

const REQUESTED = /\b(?:demande|souhaite|sollicite)e?s?\b/;
const GRANTED = /\b(?:accorde|attribue|retenu|valide|autorise)e?s?\b/;
const TWO_NUMBERS = /(?:^|\s)(\d{1,3}|[-–])\s+(\d{1,3}|[-–])$/;
const ONE_NUMBER = /^(?:\d{1,3}|[-–])$/;

/** Which of the two numbers is the granted one (0 or 1), from the header lines above `row`. */
function grantedRank(ctx: Ctx, row: number): 0 | 1 | undefined {
  const head = ctx.lines
    .slice(Math.max(0, row - 8), row)
    .map((l) => foldLoose(l))
    .join(' ');
  const asked = head.search(REQUESTED);
  const granted = head.search(GRANTED);
  if (asked < 0 || granted < 0) return undefined;
  return granted > asked ? 1 : 0;
}

export function requestedGrantedQuotas(
  ctx: Ctx,
  from: number,
  to: number,
  checkCatalogue: boolean,
): { quotas: Extracted<QuotaValue>[]; end: number } | undefined {
  let rank: 0 | 1 | undefined;
  const quotas: Extracted<QuotaValue>[] = [];
  let pending: { code: string; index: number } | undefined;
  let end = from;
  for (let i = from; i < to; i++) {
    const line = (ctx.lines[i] ?? '').replace(/\t/g, ' ').trim();
    if (!line) continue;
    const head = profileCode(line);
    let numbers = TWO_NUMBERS.exec(line);
    // cells one per line: the two numbers each on its own line under the code (and its label)
    if (!numbers && !head && pending && ONE_NUMBER.test(line)) {
      let j = i + 1;
      while (j < to && !(ctx.lines[j] ?? '').trim()) j++;
      const second = (ctx.lines[j] ?? '').trim();
      if (ONE_NUMBER.test(second)) {
        numbers = TWO_NUMBERS.exec(`${line} ${second}`);
        i = j;
      }
    }
    if (head && rank === undefined) {
      rank = grantedRank(ctx, i);
      if (rank === undefined) return undefined;
    }
    if (rank === undefined) continue;
    if (head) {
      pending = { code: head.code, index: i };
      end = i + 1;
      // the numbers on the code's own line, after its label
      if (!numbers || numbers.index === 0) continue;
    } else if (!pending || !numbers || numbers.index !== 0) {
      // a label's wrapped piece goes on; anything else ends the table
      if (/^[\p{L}'’ (),–-]+$/u.test(line) && line.length <= 80) continue;
      break;
    }
    const cell = numbers[rank + 1]!;
    const code = pending.code;
    end = i + 1;
    pending = undefined;
    if (!/^\d+$/.test(cell)) continue;
    if (checkCatalogue && !KNOWN_PROFILES.has(code)) {
      illegible(ctx, i);
      continue;
    }
    quotas.push(
      at(
        ctx,
        i,
        { profileCode: code, max: Number(cell) },
        'medium',
        'Nombre accordé par la Caf (le tableau donne aussi le nombre demandé) : vérifiez.',
      ),
    );
  }
  return quotas.length ? { quotas, end } : undefined;
}
