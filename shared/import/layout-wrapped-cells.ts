/**
 * A table row whose cells wrapped onto lines of their own (« | | | | durance.fr | | » under
 * « … | t.aubert@cc-alpilles- | … »; « suppléant ⇥ LEFEBVRE ⇥ exemple.fr » under
 * « Administrateur ⇥ M. Jean-Paul ⇥ jp.lefebvre@mairie- ⇥ … »): each piece goes back into the
 * cell above it, and its line becomes blank (line numbers stay those of the text). Only a cut
 * that shows is mended, and only when every piece of the line is one: an e-mail without its
 * domain's end, a label ending on a word no label ends with or going on in lower case, a given
 * name waiting for its family name in capitals. A row naming a person of its own under a merged
 * cell (« ⇥ ROUX Marc ⇥ m.roux@… ») is no such line.
 */
import { findEmails, findPhones } from './text-tools';

/** An e-mail cut inside: « x@cc-alpilles- », « x@caf13. », « prenom.nom@ ». */
const CUT_EMAIL = /@[\w.-]*$/;
const EMAIL_PIECE = /^[\w.-]+$/;
/** A label cut after a word no label ends with (« Délégué à la protection des »). */
const CUT_LABEL = /(?:\s(?:de|des|du|d'|à|a|la|le|les|l'|et|en|au|aux|pour|par|sur)|\p{L}-)$/iu;
/** « Mme Sophie », « M. Jean-Paul »: a civility and given names, the family name to come. */
const GIVEN_ONLY = /^(?:(?:M\.|Mme|Mlle|Monsieur|Madame)\s+)?\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)*$/u;
const FAMILY_NAME = /^\p{Lu}{2,}(?:[- ']\p{Lu}{2,})*$/u;

function mended(cell: string, piece: string): string | undefined {
  const c = cell.trim();
  if (!c || findEmails(piece).length || findPhones(piece).length) return undefined;
  if (c.includes('@') && !findEmails(c).length && CUT_EMAIL.test(c) && EMAIL_PIECE.test(piece))
    return c + piece;
  if (c.includes('@') || /\d/.test(c)) return undefined;
  if (CUT_LABEL.test(c) && /^\p{L}/u.test(piece))
    return c.endsWith('-') ? c + piece : `${c} ${piece}`;
  // (« Administrateur » then « suppléant »: a label going on in lower case)
  if (/^\p{Ll}[\p{L}'’ -]*$/u.test(piece) && /\p{L}$/u.test(c) && !/@/.test(piece))
    return `${c} ${piece}`;
  if (GIVEN_ONLY.test(c) && FAMILY_NAME.test(piece)) return `${c} ${piece}`;
  return undefined;
}

/** A piece of a label on a line of its own: words only, short. */
const LABEL_PIECE = /^\p{L}[\p{L}'’ «»"()-]{0,50}$/u;

/**
 * A label cell wrapped over lines above its row, the row's other cells on the label's last line
 * (« Responsable Sécurité et » / « Délégué à la protection des » / « données ⇥ Bruno CHAUVEAU
 * ⇥ … »): the pieces above go back into the row's first cell.
 */
function joinLabelAbove(out: string[], i: number): void {
  const cells = (out[i] ?? '').split('\t');
  if (cells.length < 3 || !/^\p{Ll}/u.test(cells[0]!.trim())) return;
  let top = i;
  while (top > 0 && i - top < 3 && LABEL_PIECE.test((out[top - 1] ?? '').trim())) top--;
  if (top === i || !/^\p{Lu}/u.test((out[top] ?? '').trim())) return;
  // (the lines above the label: a blank line or another row, not a paragraph's end)
  const before = out[top - 1] ?? '';
  if (before.trim() && !before.includes('\t')) return;
  cells[0] = [...out.slice(top, i).map((l) => l.trim()), cells[0]!.trim()].join(' ');
  for (let k = top; k < i; k++) out[k] = '';
  out[i] = cells.join('\t');
}

export function joinWrappedCells(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) if (out[i]!.includes('\t')) joinLabelAbove(out, i);
  // the row the lines below may go on, while they follow it without a blank line
  let row = -1;
  for (let i = 0; i < out.length; i++) {
    const line = out[i] ?? '';
    if (!line.trim()) {
      row = -1;
      continue;
    }
    const cells = line.split('\t');
    const above = row >= 0 ? (out[row] ?? '').split('\t') : [];
    const filled = cells.flatMap((c, k) => (c.trim() ? [k] : []));
    const joined =
      above.length >= 2 && filled.every((k) => k < above.length)
        ? filled.map((k) => mended(above[k] ?? '', cells[k]!.trim()))
        : [];
    if (filled.length && joined.length === filled.length && joined.every(Boolean)) {
      filled.forEach((k, n) => {
        above[k] = joined[n]!;
      });
      out[row] = above.join('\t');
      out[i] = '';
      continue;
    }
    row = cells.length >= 2 ? i : -1;
  }
  return out;
}
