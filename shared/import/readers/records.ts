/**
 * Reads the records of a contacts table whatever its layout: one row per line with tabs,
 * one cell per line (role, name, e-mail, phone on successive lines), or cells joined by
 * single spaces. Every piece is classified by its shape — e-mail, French phone, role label,
 * person name (« NOM Prénom », « Prénom NOM », with or without civility) — and a role label
 * opens a record. A record that receives two different names is ambiguous: it is reported,
 * never filled with a guess.
 */
import type { ContactRole } from '../../domain/schemas/vocabulary';
import {
  CIVILITY,
  findEmails,
  findPhones,
  fold,
  isPlaceholder,
  nameWordCount,
} from '../text-tools';
import { findAnchor, phonesTolerant } from './anchors';

export const ROLE_PHRASES: { role: ContactRole; phrases: string[] }[] = [
  {
    role: 'administrateur-suppleant',
    phrases: [
      'administrateur suppleant',
      'administratrice suppleante',
      'gestionnaire suppleant',
      'suppleant de l administrateur',
      'suppleant',
      'suppleante',
    ],
  },
  {
    role: 'administrateur',
    phrases: [
      'administrateur mon compte partenaire',
      'administrateur principal',
      'administrateur local',
      'administrateurs locaux',
      'gestionnaire principal des habilitations',
      'gestionnaire principal',
      'gestionnaire des habilitations',
      'administrateurs',
      'administrateur',
      'administratrice',
    ],
  },
  {
    role: 'responsable-mcp',
    phrases: [
      'responsable mon compte partenaire',
      'responsable de mon compte partenaire',
      'referent mon compte partenaire',
      'referent de mon compte partenaire',
      'responsable mcp',
      'referent mcp',
    ],
  },
  {
    role: 'responsable-securite',
    phrases: [
      'responsable de la securite des systemes d information',
      'responsable securite des systemes d information',
      'responsable de la securite',
      'responsable securite',
      'rssi',
    ],
  },
  {
    role: 'responsable-informatique',
    phrases: [
      'responsable du service informatique',
      'responsable informatique',
      'directeur des systemes d information',
      'dsi',
    ],
  },
  {
    role: 'dpo',
    phrases: [
      'delegue a la protection des donnees ou referent informatique et libertes',
      'delegue a la protection des donnees personnelles',
      'delegue a la protection des donnees (dpo)',
      'delegue a la protection des donnees',
      'deleguee a la protection des donnees',
      'referent informatique et libertes',
      'correspondant informatique et libertes',
      'correspondant rgpd',
      'referent rgpd',
      'delegue rgpd',
      'dpo',
      'dpd',
      'cil',
    ],
  },
  {
    role: 'guichet-unique',
    phrases: [
      'guichet unique du centre de services caf',
      'guichet unique du centre de services',
      'guichet unique',
      'centre de services caf',
      'centre de services',
    ],
  },
];

export interface RoleHit {
  role: ContactRole;
  /** Index in the text just after the label. */
  end: number;
  corrected: boolean;
}

/** The role label starting `text` (the longest one), if any. */
export function roleLabel(text: string): RoleHit | undefined {
  let best: RoleHit | undefined;
  let bestLength = -1;
  for (const { role, phrases } of ROLE_PHRASES) {
    for (const phrase of phrases) {
      const short = phrase.length <= 4;
      const hit = findAnchor(text, phrase, { atStart: true, ...(short ? { budget: 0 } : {}) });
      if (!hit) continue;
      let end = hit.end;
      // plural or feminine endings; then the label must end at a word boundary
      const tail = /^(?:e?s|e)(?![\p{L}])/u.exec(text.slice(end));
      if (tail) end += tail[0].length;
      // the label ends at a word boundary, not inside an e-mail (« rssi.caf29@… », « dpo@… »)
      if (/^[\p{L}\d.@_-]/u.test(text.slice(end))) continue;
      const length = phrase.length - (hit.distance > 0 ? 0.5 : 0);
      if (length > bestLength) {
        best = { role, end, corrected: hit.corrected };
        bestLength = length;
      }
    }
  }
  return best;
}

const HEADER_WORDS = new Set([
  'adresse',
  'mel',
  'mail',
  'courriel',
  'email',
  'telephone',
  'tel',
  'fonction',
  'nom',
  'prenom',
  'qualite',
  'service',
  'denomination',
  'coordonnees',
  'portable',
  'fixe',
  'interlocuteur',
  'interlocuteurs',
  'caf',
  'partenaire',
  'balf',
  'autres',
  'fax',
  'signature',
  'poste',
  'direction',
  'mairie',
  'ville',
  'ccas',
  'centre',
  'commune',
]);

/** A person's name (civility removed), or undefined when the text does not have that shape. */
export function personName(raw: string): string | undefined {
  let t = raw.replace(/^[\s:,;–\-()/|—]+|[\s:,;–\-()/|—]+$/g, '').trim();
  const civility = CIVILITY.test(t);
  t = t.replace(CIVILITY, '').trim();
  if (!t || /[\d@/\\|_,;()]/.test(t) || isPlaceholder(t)) return undefined;
  let words = t.split(/\s+/);
  // the name ends with its capitals run (« Christophe DUCASSE RSSI », « Yann LE GALL Maire »)
  const kept = nameWordCount(words);
  if (kept < words.length && kept >= 2) {
    words = words.slice(0, kept);
    t = words.join(' ');
  }
  if (words.length > 5 || (words.length < 2 && !civility)) return undefined;
  if (words.some((w) => HEADER_WORDS.has(fold(w).replace(/[^a-z]/g, '')))) return undefined;
  const particle = /^(?:de|du|des|d'|le|la|van|von|da|di|el|ben)$/;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || particle.test(w))) return undefined;
  const allCaps = words.some((w) => w.length >= 2 && w === w.toUpperCase() && /\p{Lu}{2}/u.test(w));
  if (!civility && !allCaps && words.length > 3) return undefined;
  return t;
}

/**
 * The person a cell names when it says more than a name: « Céline MARCHETTI, responsable du
 * CCAS », « Laure FAVIER (DPO mutualisé, …) », « Directrice – Anne DE LA TOUR ». The cell is cut
 * at its commas, semicolons, parentheses and spaced dashes; the first piece that reads as a
 * person (a civility, or a family name in capitals) is the name.
 */
export function cellPersonName(raw: string): string | undefined {
  const whole = personName(raw);
  if (whole) return whole;
  const pieces = raw
    .split(/\s*[,;()]\s*|\s+[–—-]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length < 2) return undefined;
  for (const [k, piece] of pieces.entries()) {
    const name = personName(piece);
    if (!name) continue;
    // the piece must look like a person: a civility, or a family name in capitals (with a
    // given name in lower case after the first piece: « SUITE ET FIN » is no one)
    const civility = CIVILITY.test(piece);
    const caps = /\p{Lu}{2}/u.test(name);
    const given = /(?:^|\s)\p{Lu}\p{Ll}/u.test(name);
    if (civility || (caps && (k === 0 || given))) return name;
  }
  return undefined;
}

/**
 * The persons of a cell naming several, « Isabelle DUFAU / Thomas LACAZE », « Mme Anne ROUX et
 * M. Paul VIDAL »: every part a person with a family name in capitals; otherwise undefined.
 */
export function severalPersons(raw: string): string[] | undefined {
  const parts = raw.split(/\s+(?:\/|et|&)\s+/).map((p) => p.trim());
  if (parts.length < 2) return undefined;
  const names = parts.map((p) => personName(p));
  return names.every((n): n is string => Boolean(n && /\p{Lu}{2}/u.test(n))) ? names : undefined;
}

export type PieceKind = 'role' | 'name' | 'email' | 'phone' | 'other';

export interface Piece {
  kind: PieceKind;
  value: string;
  /** 0-based source line. */
  index: number;
  role?: ContactRole;
  corrected?: boolean;
  /** A name read with others from one cell (« X / Y »). */
  several?: boolean;
}

/** The pieces of one cell, in reading order. */
export function piecesOfCell(cell: string, index: number): Piece[] {
  const out: Piece[] = [];
  let text = cell.trim();
  if (!text) return out;
  const role = roleLabel(text);
  if (role) {
    out.push({
      kind: 'role',
      value: text.slice(0, role.end).trim(),
      index,
      role: role.role,
      ...(role.corrected ? { corrected: true } : {}),
    });
    // (a label in quotes, « Responsable « Mon Compte Partenaire » »: its closing quote goes too)
    text = text
      .slice(role.end)
      .replace(/^\s*["»”]/, '')
      .replace(/^\s*\([^)]*\)/, '');
  }
  const emails = findEmails(text);
  const tolerant = phonesTolerant(text, findPhones);
  const phones = tolerant.phones;
  let rest = text.replace(/([A-Za-z0-9._%+]-) (?=[A-Za-z0-9._%+-]+@)/g, '$1');
  for (const e of emails) rest = rest.replace(e, ' ');
  rest = rest.replace(
    /(?<!\d)(?:(?:\+|00)33\s?\(?0?\)?\s?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)/g,
    ' ',
  );
  rest = rest.replace(
    /\b(?:t[ée]l(?:[ée]phone)?|mob(?:ile)?|port(?:able)?|fixe|m[ée]l|courriel|e-?mail)\s*[.:]?/gi,
    ' ',
  );
  const named = cellPersonName(rest.replace(/\s+/g, ' ').trim());
  rest = rest.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  // two persons sharing a cell (« Isabelle DUFAU / Thomas LACAZE »): each a name of the cell
  const several = severalPersons(rest);
  if (several)
    out.push(...several.map((value): Piece => ({ kind: 'name', value, index, several: true })));
  // names first (they usually come before the contact details in a joined cell)
  else if (rest) {
    const name = named ?? personName(rest);
    out.push(name ? { kind: 'name', value: name, index } : { kind: 'other', value: rest, index });
  }
  for (const e of emails) out.push({ kind: 'email', value: e, index });
  for (const p of phones)
    out.push({
      kind: 'phone',
      value: p,
      index,
      ...(tolerant.corrected ? { corrected: true } : {}),
    });
  return out;
}

export interface ContactRecord {
  role: ContactRole;
  /** Line of the role label. */
  index: number;
  names: Piece[];
  emails: string[];
  phones: string[];
  corrected: boolean;
  /** The role label is plural (« Administrateurs »). */
  plural?: boolean;
}

const EMAIL_PART = /^[\w.+-]*@?[\w.-]*$/;
/** A piece of an e-mail address cut by a narrow column (« CAF77-BP-MONCOMPTE- », « caf.fr »). */
const emailPart = (s: string) =>
  !/\s/.test(s) && EMAIL_PART.test(s) && /[@.-]/.test(s) && !/^[\d.\s-]+$/.test(s);
const phonePart = (s: string) => /^[\d\s.+()-]+$/.test(s) && /\d{2}/.test(s);

/** A table whose cells wrap over several lines: an e-mail cut at the end of a cell. */
export function hasWrappedCells(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const cells = (lines[i] ?? '').split('\t').map((c) => c.trim());
    if (cells.length < 2) continue;
    if (cells.some((c) => emailPart(c) && /[-.@]$/.test(c) && !findEmails(c).length)) return true;
  }
  return false;
}

/**
 * Records of a table whose cells wrap: a row goes on over the following lines until a line
 * opens with a role label; its text, e-mail and phone fragments are put back together by kind.
 */
export function readWrappedRecords(
  lines: readonly string[],
  from: number,
  to: number,
): ContactRecord[] {
  interface Row {
    index: number;
    text: string[];
    email: string[];
    phone: string[];
  }
  const rows: Row[] = [];
  let cur: Row | undefined;
  const firstText = (line: string) => (line.split('\t')[0] ?? '').trim();
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    if (!line) continue;
    const cells = line
      .split('\t')
      .map((c) => c.trim())
      .filter(Boolean);
    const first = firstText(line);
    let next = '';
    for (let k = i + 1; k < to && !next; k++) next = firstText(lines[k] ?? '');
    const opens = Boolean(
      first &&
      !emailPart(first) &&
      !phonePart(first) &&
      (roleLabel(first) ||
        (!roleLabel(first) &&
          roleLabel(`${first} ${next}`) &&
          cur &&
          roleLabel(cur.text.join(' ')))),
    );
    // « Guichet unique du » / « Centre de services » / « Caf »: one label over several lines
    const own = cur?.text.join(' ') ?? '';
    const goesOn = Boolean(
      cur && own && first && (roleLabel(`${own} ${first}`)?.end ?? 0) > own.length + 1,
    );
    if (!cur || (opens && !goesOn)) {
      cur = { index: i, text: [], email: [], phone: [] };
      rows.push(cur);
    }
    for (const c of cells) {
      if (findEmails(c).length || emailPart(c)) cur.email.push(c);
      else if (phonePart(c)) cur.phone.push(c);
      else cur.text.push(c);
    }
  }
  const out: ContactRecord[] = [];
  for (const r of rows) {
    // a row that swallowed the next one (two addresses) is not read: never a mixed record
    if ((r.email.join('').match(/@/g) ?? []).length > 1) continue;
    const label = r.text.join(' ');
    const role = roleLabel(label);
    if (!role) continue;
    const rest = label
      .slice(role.end)
      .replace(/^\s*\([^)]*\)/, '')
      .trim();
    const name = rest ? cellPersonName(rest) : undefined;
    const email = findEmails(r.email.join(''))[0];
    const phones = findPhones(r.phone.join(' '));
    out.push({
      role: role.role,
      index: r.index,
      names: name ? [{ kind: 'name', value: name, index: r.index }] : [],
      emails: email ? [email] : [],
      phones: [...new Set(phones)],
      corrected: role.corrected,
    });
  }
  return out;
}

/** « Administrateurs », « Délégués … »: a role label in the plural. */
const pluralLabel = (label: string) => /^\p{L}{4,}[sx](?![\p{L}])/u.test(label.trim());

/** First words of the role labels (« responsable », « delegue », « guichet »…). */
const ROLE_HEADS = new Set(
  ROLE_PHRASES.flatMap((r) => r.phrases.map((p) => p.split(' ')[0]!)).filter((w) => w.length > 4),
);

const DETAIL_END = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:(?:\+|00)33\s?|0)[1-9](?:[\s.-]?\d{2}){4}/g;

/**
 * Two rows run into one line (a PDF row whose cell wrapped, joined with the next): after an
 * e-mail or a phone, a role label starts the next record. The cell is cut there.
 */
export function splitAtNextRole(cell: string): string[] {
  for (const m of cell.matchAll(DETAIL_END)) {
    const end = m.index + m[0].length;
    const rest = cell.slice(end).replace(/^[\s/,;–-]+/, '');
    if (rest && /^\p{Lu}/u.test(rest) && roleLabel(rest))
      return [cell.slice(0, end).trim(), ...splitAtNextRole(rest)];
  }
  return [cell];
}

/**
 * The records of a table region. A line with several tab-separated cells holding a role is
 * a record by itself (whatever the order of its cells); otherwise pieces flow into the
 * record opened by the last role label.
 */
export function readRecords(
  lines: readonly string[],
  from: number,
  to: number,
  unreadRows: number[] = [],
): ContactRecord[] {
  const records: ContactRecord[] = [];
  let cur: ContactRecord | undefined;
  const add = (r: ContactRecord, p: Piece) => {
    if (p.kind === 'name' && !r.names.some((n) => n.value === p.value)) r.names.push(p);
    else if (p.kind === 'email' && !r.emails.includes(p.value)) r.emails.push(p.value);
    else if (p.kind === 'phone' && !r.phones.includes(p.value)) {
      r.phones.push(p.value);
      if (p.corrected) r.corrected = true;
    }
  };
  for (let i = from; i < to; i++) {
    let line = lines[i] ?? '';
    if (!line) continue;
    // an e-mail cut after a hyphen at the end of the line
    const next = lines[i + 1] ?? '';
    if (/[\w.]-$/.test(line) && /^[^\s@]+@/.test(next) && i + 1 < to) {
      line = line + next;
      i++;
    }
    const cells = line
      .split('\t')
      .map((c) => c.trim())
      .filter(Boolean)
      .flatMap(splitAtNextRole);
    const pieces = cells.flatMap((c) => piecesOfCell(c, i));
    const role = pieces.find((p) => p.kind === 'role');
    if (cells.length >= 2 && role && pieces.filter((p) => p.kind === 'role').length === 1) {
      cur = {
        role: role.role!,
        index: i,
        names: [],
        emails: [],
        phones: [],
        corrected: !!role.corrected,
        plural: pluralLabel(role.value),
      };
      records.push(cur);
      for (const p of pieces) if (p !== role) add(cur, p);
      continue;
    }
    // a row whose first cell begins like a role label but does not read as one (« Responsable
    // ⇥ « ⇥ Mon ⇥ Compte … », a role cut by a PDF): its pieces belong to a record that
    // could not be read, never to the record above
    if (
      cells.length >= 2 &&
      !role &&
      ROLE_HEADS.has(fold(cells[0]!.split(/\s+/)[0] ?? '').replace(/[^a-z]/g, ''))
    ) {
      // the role cell wrapped (« Délégué à la protection des » / « données … »): read it whole
      const wrappedRole = roleLabel(
        [
          cells[0],
          ...lines.slice(i + 1, Math.min(to, i + 3)).map((l) => l.split('\t')[0] ?? ''),
        ].join(' '),
      );
      if (wrappedRole) {
        cur = {
          role: wrappedRole.role,
          index: i,
          names: [],
          emails: [],
          phones: [],
          corrected: wrappedRole.corrected,
        };
        records.push(cur);
        for (const p of cells.slice(1).flatMap((c) => piecesOfCell(c, i))) add(cur, p);
        continue;
      }
      cur = undefined;
      unreadRows.push(i);
      continue;
    }
    for (const p of pieces) {
      if (p.kind === 'role') {
        cur = {
          role: p.role!,
          index: i,
          names: [],
          emails: [],
          phones: [],
          corrected: !!p.corrected,
          plural: pluralLabel(p.value),
        };
        records.push(cur);
      } else if (cur) add(cur, p);
    }
  }
  return records;
}
