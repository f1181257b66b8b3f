/**
 * A table row whose cell wrapped onto a row of its own (« | | | | durance.fr | | » under
 * « … | t.aubert@cc-alpilles- | … », « ⇥ données ⇥ ⇥ » under « Délégué à la protection des »):
 * the piece goes back into the cell it was cut from, and its row becomes blank (line numbers
 * stay those of the text). Only a cut that shows is mended: an e-mail without its domain's
 * end, a label ending on a word no label ends with. A row naming a person of its own under a
 * merged cell (« ⇥ ROUX Marc ⇥ … ») is no such piece.
 */
import { findEmails, findPhones } from './text-tools';

/** An e-mail cut inside: « x@cc-alpilles- », « x@caf13. », « prenom.nom@ ». */
const CUT_EMAIL = /@[\w.-]*$/;
const EMAIL_PIECE = /^[\w.-]+$/;
/** A label cut after a word no label ends with (« Délégué à la protection des »). */
const CUT_LABEL =
  /(?:\s(?:de|des|du|d'|à|a|la|le|les|l'|et|en|au|aux|pour|par|sur)|\p{L}-)$/iu;

function mended(cell: string, piece: string): string | undefined {
  const c = cell.trim();
  if (!c || findEmails(piece).length || findPhones(piece).length) return undefined;
  if (c.includes('@') && !findEmails(c).length && CUT_EMAIL.test(c) && EMAIL_PIECE.test(piece))
    return c + piece;
  if (CUT_LABEL.test(c) && /^\p{L}/u.test(piece)) return c.endsWith('-') ? c + piece : `${c} ${piece}`;
  return undefined;
}

export function joinWrappedCells(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    const line = out[i] ?? '';
    if (!line.includes('\t')) continue;
    const cells = line.split('\t');
    if (cells[0]!.trim()) continue;
    const filled = cells.flatMap((c, k) => (c.trim() ? [k] : []));
    const prev = (out[i - 1] ?? '').split('\t');
    if (!filled.length || prev.length < 2 || filled.some((k) => k >= prev.length)) continue;
    const joined = filled.map((k) => mended(prev[k] ?? '', cells[k]!.trim()));
    if (joined.some((j) => j === undefined)) continue;
    filled.forEach((k, n) => {
      prev[k] = joined[n]!;
    });
    out[i - 1] = prev.join('\t');
    out[i] = '';
  }
  return out;
}
