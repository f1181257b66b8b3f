/**
 * The cells of a contacts table an OCR (or a PDF text layer) gave column by column, in no
 * reliable column order: each line is classified by its shape alone — a role label (wrapped
 * over two lines, or with a name the OCR put on the same line), a person's name (« Prénom
 * NOM », the family name on the next line), an e-mail (broken by a space, a stray bracket),
 * phones, a column header, or anything else (a job title, cell-border debris). Headers are
 * not trusted to say which column a cell belongs to: the OCR moves them.
 */
import type { ContactRole } from '../../domain/schemas/vocabulary';
import { findEmails, findPhones, fold } from '../text-tools';
import { phonesTolerant } from './anchors';
import { joinNameCells } from './records';
import { personName } from './records-pieces';
import { roleLabel } from './records-roles';
import { columnHeader } from './records-columns';

export interface RoleCell {
  kind: 'role';
  index: number;
  role: ContactRole;
  label: string;
  corrected: boolean;
  /** A name the OCR put on the label's line (kept in reading order, not tied to the row). */
  name?: string;
  /** The label alone, in the plural (« Administrateurs »): maybe a group heading. */
  plural: boolean;
}
export interface NameCell {
  kind: 'name';
  index: number;
  value: string;
}
export interface DetailCell {
  kind: 'email' | 'phone';
  index: number;
  values: string[];
  corrected: boolean;
}
/** A line holding a role and its e-mail or phone: a row the OCR kept whole. */
export interface RowCell {
  kind: 'row';
  index: number;
  text: string;
}
export interface OtherCell {
  kind: 'header' | 'other';
  index: number;
}
export type Cell = RoleCell | NameCell | DetailCell | RowCell | OtherCell;

/** Cell borders read as characters: « | », « { », « [ », a lone « L » or « jh » at the end. */
export function cleanLine(line: string): string {
  return line
    .replace(/\s*[|{}[\]\t]\s*/g, ' ')
    .replace(/^[\s.,:;'’"«»*•·—–-]+(?=\p{L})/u, '')
    .replace(/(?:\s+(?:[A-Z]|\p{Ll}{1,2}|[—–-]+))+$/u, (m) =>
      /^\s+(?:à|a|de|du|et|la|le|des)$/.test(m) ? m : '',
    )
    .replace(/[\s:;,—–-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const HEADER_WORDS =
  /^(?:fonctions?|roles?|noms?|prenoms?|et|qualites?|adresses?|mel|mail|e-?mail|courriel|telephones?|tel|identite)$/;

/** A header line, alone (« Adresse mél ») or a header row on one line (« Fonction Nom et qualité »). */
export function isHeader(clean: string): boolean {
  if (columnHeader(clean)) return true;
  const words = fold(clean)
    .split(/[\s/,.]+/)
    .filter((w) => w.length > 1);
  return words.length >= 2 && words.every((w) => HEADER_WORDS.test(w));
}

/** « sandrine. lachaud@caf… », « partenaires.caf85 @caf… », « marc.wagner(@caf… »: the line's one e-mail. */
export function emailOfLine(clean: string): { email: string; corrected: boolean } | undefined {
  const whole = (s: string) => {
    const found = findEmails(s);
    if (found.length !== 1) return undefined;
    const rest = s.replace(found[0]!, '').replace(/[\s.,;:()]/g, '');
    return rest ? undefined : found[0];
  };
  const plain = whole(clean);
  if (plain) return { email: plain, corrected: false };
  const fixed = clean
    .replace(/\s*([.@])\s*/g, '$1')
    .replace(/[()]+(?=@)|(?<=@)[()]+/g, '')
    .replace(/\.{2,}/g, '.')
    .replace(/(@[\w.-]+),(?=[a-z]{2,4}$)/i, '$1.');
  if (/\s/.test(fixed)) return undefined;
  const again = whole(fixed);
  return again ? { email: again, corrected: true } : undefined;
}

/** The phones of a line holding nothing else. */
function phonesOfLine(clean: string): { phones: string[]; corrected: boolean } | undefined {
  const p = phonesTolerant(clean, findPhones);
  if (!p.phones.length) return undefined;
  const rest = clean.replace(/[\d\s.+()/-]|t[ée]l\.?|\bet\b/gi, '');
  return rest.length <= 1 ? p : undefined;
}

/** What a line says after its role label: nothing, a person's name, or the same role again. */
function labelRest(text: string, end: number, role: ContactRole): { pure: boolean; name?: string } {
  const rest = text
    .slice(end)
    .replace(/["»”«“]/g, ' ')
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/^[\s.,:;—–-]+|[\s.,:;—–-]+$/g, '')
    .trim();
  if (!rest) return { pure: true };
  const name = personName(rest);
  if (name && /\p{Lu}{2}/u.test(name) && name.length >= rest.length - 1)
    return { pure: true, name };
  // « Administrateur Administratrice locale »: the job title repeats the role
  const again = roleLabel(rest);
  if (again && again.role === role && !rest.slice(again.end).trim()) return { pure: true };
  return { pure: false };
}

/** A role label read on `text`, when nothing but a name or debris follows it. */
function pureLabel(text: string): Omit<RoleCell, 'kind' | 'index'> | undefined {
  const hit = roleLabel(text);
  if (!hit) return undefined;
  const rest = labelRest(text, hit.end, hit.role);
  if (!rest.pure) return undefined;
  const label = text.slice(0, hit.end).trim();
  return {
    role: hit.role,
    label,
    corrected: hit.corrected,
    ...(rest.name ? { name: rest.name } : {}),
    plural: !rest.name && /^\p{L}{4,}[sx]$/u.test(label),
  };
}

/** A person's name in capitals (« Gwenaëlle CHARRIER »): job titles and debris are not. */
function capsName(clean: string): string | undefined {
  const name = personName(clean);
  return name && /\p{Lu}{2}/u.test(name) && name.length >= clean.length - 2 ? name : undefined;
}

/** The cells of [from, to), one or two lines each, in reading order. */
export function cellsOf(lines: readonly string[], from: number, to: number): Cell[] {
  const clean: string[] = [];
  for (let i = from; i < to; i++) clean[i - from] = cleanLine(lines[i] ?? '');
  /** The next non-blank line after k (one blank line at most), as an offset. */
  const nextOf = (k: number) => {
    for (let j = k + 1; j < clean.length && j <= k + 2; j++) if (clean[j]) return j;
    return undefined;
  };
  const cells: Cell[] = [];
  for (let k = 0; k < clean.length; k++) {
    const text = clean[k]!;
    const index = from + k;
    if (text.length <= 2) continue;
    if (isHeader(text)) {
      cells.push({ kind: 'header', index });
      continue;
    }
    const email = emailOfLine(text);
    if (email) {
      cells.push({ kind: 'email', index, values: [email.email], corrected: email.corrected });
      continue;
    }
    const phones = phonesOfLine(text);
    if (phones) {
      cells.push({ kind: 'phone', index, values: phones.phones, corrected: phones.corrected });
      continue;
    }
    const role = roleLabel(text);
    if (role && (findEmails(text).length || findPhones(text).length)) {
      cells.push({ kind: 'row', index, text });
      continue;
    }
    // a label wrapped onto the next line (« Responsable « Mon » / « Compte Partenaire » »)
    const n = nextOf(k);
    const next = n === undefined ? '' : clean[n]!;
    const alone = pureLabel(text);
    if (n !== undefined && next && !isHeader(next)) {
      const joined = pureLabel(`${text} ${next}`);
      const nextLabel = roleLabel(next);
      if (
        joined &&
        roleLabel(`${text} ${next}`)!.end > text.length + 1 &&
        (!alone || !nextLabel || /^\p{Ll}/u.test(next))
      ) {
        cells.push({ kind: 'role', index, ...joined });
        k = n;
        continue;
      }
    }
    if (alone) {
      cells.push({ kind: 'role', index, ...alone });
      continue;
    }
    const name = capsName(text);
    if (name) {
      cells.push({ kind: 'name', index, value: name });
      continue;
    }
    // « Sébastien » / « GIRAUDEAU »: a name wrapped in its cell
    if (n !== undefined && n === k + 1) {
      const [two] = joinNameCells([text, next]);
      const joined = two && two !== text ? capsName(two) : undefined;
      if (joined) {
        cells.push({ kind: 'name', index, value: joined });
        k = n;
        continue;
      }
    }
    cells.push({ kind: 'other', index });
  }
  return cells;
}
