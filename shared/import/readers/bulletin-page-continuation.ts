/**
 * A bulletin printed over several pages whose title a PDF repeats at the head of each page
 * (« Caf de la Gironde » / « Annexe 3 – Bulletin d'adhésion au service Cdap », then the rest of
 * the quota table): the repeated title opens no new bulletin, its rows and signature belong to
 * the bulletin it repeats.
 */
import { isPageMark, isRunningLine, keyOf } from '../text-tools';
import type { BulletinValue } from '../types';
import type { Ctx } from './context';
import type { Block } from './segmentation';
import { signaturesIn } from './signature';

/** The title line sits at the top of a page: a page mark, a running header or a form feed just above it. */
function atPageTop(lines: readonly string[], cue: number): boolean {
  for (let k = cue - 1, seen = 0; k >= 0 && seen < 2; k--) {
    const line = lines[k] ?? '';
    if (line.includes('\f')) return true;
    if (!line.trim()) continue;
    seen++;
    if (isPageMark(line) || isRunningLine(lines, k, true)) return true;
  }
  return false;
}

/**
 * Whether `block` goes on the bulletin read from `prev`: the same title line, printed again
 * at the top of a page, while the earlier part is still unsigned, with no site of its own
 * that differs and no profile the earlier part already gave (a second bulletin for the same
 * service repeats its table; a page's continuation does not).
 */
export function continuesOnNewPage(
  ctx: Ctx,
  prev: Block,
  block: Block,
  before: BulletinValue,
  part: { serviceCode: string; site?: string; codes: readonly string[] },
): boolean {
  if (prev.end < block.start) return false;
  if (keyOf(ctx.lines[prev.cue] ?? '') !== keyOf(ctx.lines[block.cue] ?? '')) return false;
  if (part.serviceCode !== before.serviceCode) return false;
  if (part.site && before.siteLabel && keyOf(part.site) !== keyOf(before.siteLabel)) return false;
  if (!atPageTop(ctx.lines, block.cue)) return false;
  const known = new Set(before.quotas.map((q) => q.value.profileCode));
  if (part.codes.some((c) => known.has(c))) return false;
  return !signaturesIn(ctx, prev.cue, prev.end).some((s) => s.date);
}
