/**
 * A contacts annex written as forms: a heading per person naming the side and the role
 * (« [Caf – Administrateur local] », « [Partenaire – Délégué à la protection des données
 * (DPO mutualisé …)] », « Caf : Guichet unique du Centre de services »), then « key : value »
 * lines (Nom, Fonction, Mél, Téléphone, Téléphone fixe, Téléphone mobile). A label left
 * empty is a blank, never the next line.
 */
import type { Side } from '../../domain/schemas/vocabulary';
import { findEmails, findPhones, isPlaceholder, labelledField } from '../text-tools';
import { foldLoose } from './anchors';
import { isHeadingLine } from './paragraphs';
import { type ContactRecord, personName } from './records';
import { bodySide } from './body-side';
import { cellPersonName } from './records-pieces';
import { roleLabels } from './records-roles';

export interface FormRecord extends ContactRecord {
  side?: Side;
}

/** « [Caf – Administrateur local] » → caf, administrateur; undefined when the line is no such heading. */
export interface RecordHeading {
  side?: Side;
  role: ContactRecord['role'];
  /** Further roles of the same person (« [Partenaire – RSSI et DPO] »). */
  also: ContactRecord['role'][];
  corrected: boolean;
  /** The person the heading names after its role (« > Caf de X – administrateur — Rémi C. »). */
  name?: string;
}

/** The glyphs that decorate a heading of the contacts annex (« > », « ▸ », « ■ »…). */
export const MARK_GLYPHS = '>»▸►▶■◆◼➢➤→▌▐█❯';

/** A card's marker before its heading (« > », « ▸ », « ■ »). */
// (« » » as the text was normalised: a straight quote before a space)
const CARD_MARK = new RegExp(`^(?:[${MARK_GLYPHS}]|"(?=\\s))\\s*`);

/**
 * « Caf de la Loire – administrateur local – Rémi CHAVANNE », « Centre hospitalier –
 * délégué à la protection des données »: a body, a role, the person (job title after a comma
 * allowed); undefined when the line has not that shape.
 */
function bodyRoleName(t: string): RecordHeading | undefined {
  const parts = t.split(/\s+[–—-]\s+/);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const side = bodySide(parts[0]!);
  if (!side || parts[0]!.length > 60) return undefined;
  const role = roleLabels(parts[1]!);
  if (!role) return undefined;
  const after = parts[1]!
    .slice(role.end)
    .replace(/["»”«“]/g, '')
    .replace(/\([^)]*\)?/g, '')
    .trim();
  if (after.split(/\s+/).filter(Boolean).length > 3) return undefined;
  const name = parts[2] ? personName(parts[2].split(/\s*,\s*/)[0] ?? '') : undefined;
  if (parts[2] && !name) return undefined;
  return {
    side,
    role: role.role,
    also: role.also,
    corrected: role.corrected,
    ...(name ? { name } : {}),
  };
}

export function recordHeading(line: string): RecordHeading | undefined {
  const t = line.trim().replace(CARD_MARK, '');
  if (!t || t.length > 140) return undefined;
  if (!/@|\d{2}[\s.]?\d{2}[\s.]?\d{2}/.test(t)) {
    const card = bodyRoleName(t);
    if (card) return card;
  }
  // (« Rôle : Administrateur local »: the role given as the first field of each person's form)
  const bracketed =
    /^\[(.+)\]$/.exec(t) ??
    /^\*\*(.+)\*\*$/.exec(t) ??
    /^(?:r[ôo]le|r[ôo]le dans mon compte partenaire|qualit[ée] MCP)\s*:\s*(.+)$/i.exec(t);
  const inner = (bracketed?.[1] ?? t).trim();
  // « Caf – Administrateur local », « Partenaire : DPO », « Caf / Responsable sécurité »
  const split = /^(la\s+caf|caf|le\s+partenaire|partenaire)\s*(?:[–—-]|:|\/)\s*(.+)$/i.exec(inner);
  if (!split && !bracketed) return undefined;
  const rest = (split?.[2] ?? inner).trim();
  // a heading holds no value: « Caf : jean@… » is a field
  if (/@|\d{2}[\s.]?\d{2}[\s.]?\d{2}/.test(rest)) return undefined;
  const role = roleLabels(rest);
  if (!role) return undefined;
  // the label is the heading (a bracket or a qualifier may follow, no sentence)
  const after = rest.slice(role.end).replace(/["»”]/g, '').trim();
  // (« (DPO mutualisé …) »: the label may have taken the bracket's first word)
  if (after && !/^\(.*\)?$|^[^()]*\)$/.test(after) && after.split(/\s+/).length > 3)
    return undefined;
  const side = split ? (/caf/i.test(split[1]!) ? 'caf' : 'partner') : role.side;
  return {
    ...(side ? { side } : {}),
    role: role.role,
    also: role.also,
    corrected: role.corrected,
  };
}

/**
 * A role label alone on its line (« Administrateur principal », « Responsable sécurité et
 * déléguée à la protection des données », « Administrateur (Caf) ») whose next line is a
 * « Nom : … » / « Tél. : … » field: the heading of that person's form.
 */
export function plainHeading(
  lines: readonly string[],
  i: number,
  to: number,
): RecordHeading | undefined {
  const t = (lines[i] ?? '').trim().replace(/\s*:$/, '');
  if (!t || t.length > 120 || /@|\d{2}[\s.]?\d{2}[\s.]?\d{2}|\t/.test(t)) return undefined;
  const role = roleLabels(t);
  if (!role) return undefined;
  const after = t
    .slice(role.end)
    .replace(/["»”«“]/g, '')
    .replace(/\([^)]*\)?/g, '')
    .trim();
  // (« Administrateur local « Mon Compte Partenaire » »: the portal's name after the role)
  if (after && !/^(?:de\s+|du\s+)?(?:mon compte partenaire|mcp|cdap|cafpro)$/i.test(after))
    return undefined;
  let j = i + 1;
  while (j < to && !(lines[j] ?? '').trim()) j++;
  const next = j < to ? contactField(lines[j] ?? '') : undefined;
  if (!next) return undefined;
  return {
    ...(role.side ? { side: role.side } : {}),
    role: role.role,
    also: role.also,
    corrected: role.corrected,
  };
}

type Field = 'name' | 'given' | 'email' | 'phone' | 'other';

/** « Téléphone mobile : 06 … » → phone; « Fonction : … » → other; undefined when no label. */
export function contactField(line: string): { field: Field; value: string } | undefined {
  // (« Nom ⇥ X »: a Word table of label and value cells is the same form)
  const m = labelledField(line.trim());
  if (!m) return undefined;
  const label = foldLoose(m.label).replace(/\s+/g, ' ').trim();
  const value = m.value.trim();
  if (
    /^(?:nom(?: et prenom| prenom|, prenom)?|prenom(?: et)? nom|identite|nom du (?:correspondant|contact))$/.test(
      label,
    )
  )
    return { field: 'name', value };
  // (« Nom : PAQUET » then « Prénom : Lucie »: the two make the name)
  if (/^(?:prenoms?|prenom usuel)$/.test(label)) return { field: 'given', value };
  if (
    /^(?:mel|mail|courriel|e-?mail|adresse (?:electronique|mail|mel|e-?mail|courriel|de messagerie)(?: personnelle| individuelle| professionnelle| et| nominative)*|messagerie|bal(?:f)?)$/.test(
      label,
    )
  )
    return { field: 'email', value };
  if (
    /^(?:tel\.?|telephone|portable|mobile|fixe|ligne directe)(?:\s+(?:fixe|mobile|portable|professionnel|direct))?$/.test(
      label,
    )
  )
    return { field: 'phone', value };
  if (/^(?:fonction|qualite|service|poste|direction|adresse|observations?)$/.test(label))
    return { field: 'other', value };
  return undefined;
}

/** The records of [from, to) when it is written as headed forms; [] otherwise. */
export function formRecords(
  lines: readonly string[],
  from: number,
  to: number,
  side?: Side,
): FormRecord[] {
  const out: FormRecord[] = [];
  let cur: FormRecord | undefined;
  /** « Nom : PAQUET » and « Prénom : Lucie » of the current record, put together at its end. */
  let parts: { family?: string; given?: string; index: number } | undefined;
  const close = () => {
    if (!cur || !parts?.family || !parts.given || cur.names.length) return;
    const name = personName(`${parts.given} ${parts.family}`);
    if (name) cur.names.push({ kind: 'name', value: name, index: parts.index });
  };
  /** The current record was opened by « Fonction : <rôle> » (each person's first field). */
  let byFunction = false;
  /** The last line of the current record's heading. */
  let headEnd = -1;
  for (let i = from; i < to; i++) {
    let line = lines[i] ?? '';
    if (!line) continue;
    // a card's heading wrapped onto the next lines (« > Centre hospitalier – responsable de la
    // sécurité des systèmes » / « d'information — Nicolas THINON »)
    let last = i;
    if (CARD_MARK.test(line)) {
      for (let k = i + 1; k < to && k < i + 3; k++) {
        const next = lines[k] ?? '';
        if (!next || CARD_MARK.test(next) || contactField(next) || DETAIL.test(next)) break;
        if (/^[^\p{L}]/u.test(next) || isHeadingLine(next)) break;
        line = `${line} ${next}`;
        last = k;
      }
    }
    // « CAF – Administrateur : Aurélie PETIT – aurelie.petit@… – 03 … »: a whole record on its line
    // (« - Administrateur local : M. Denis ROUVIERE, denis.rouviere@…, 04 75 » / « 64 51 37 »:
    // a listed record wrapped, its next lines going on in lower case or with its details)
    let record = line;
    let wrapped = i;
    if (last === i && LIST_MARK.test(line) && line.includes(':')) {
      for (let k = i + 1; k < to && k < i + 3; k++) {
        const next = lines[k] ?? '';
        if (!next || LIST_MARK.test(next) || isHeadingLine(next) || next.includes('\t')) break;
        if (!/^[\p{Ll}\d]/u.test(next) && !DETAIL.test(next)) break;
        record = `${record} ${next}`;
        wrapped = k;
      }
    }
    const whole = last === i ? inlineRecord(record, i, side) : undefined;
    if (whole) {
      close();
      parts = undefined;
      cur = undefined;
      out.push(whole);
      i = wrapped;
      continue;
    }
    const fonction = functionHeading(lines, i, to, !cur || byFunction);
    const head =
      fonction?.head ??
      recordHeading(line) ??
      (last === i ? plainHeading(lines, i, to) : undefined);
    if (head) {
      close();
      parts = undefined;
      byFunction = !!fonction;
      cur = {
        ...(head.side ? { side: head.side } : {}),
        role: head.role,
        ...(head.also.length ? { also: head.also } : {}),
        index: i,
        names: head.name ? [{ kind: 'name', value: head.name, index: i }] : [],
        emails: [],
        phones: [],
        corrected: head.corrected,
      };
      out.push(cur);
      i = fonction ? fonction.last : last;
      headEnd = i;
      continue;
    }
    if (!cur) continue;
    // (« Nom : ROSAMOND Prénom : Gilles », « Téléphone fixe : 05 … Téléphone mobile : 06 … »:
    // the national model's form puts two fields on a line)
    const fields = lineFields(line);
    if (!fields.length) {
      // « Nadia BENSALEM – Conseillère technique » under a card's heading: its person, with
      // a job title after a dash or a comma (no label)
      // (the line right under the heading: a sub-heading further down names no one)
      const underHead = lines.slice(headEnd + 1, i).every((l) => !l.trim());
      const person =
        underHead && !cur.names.length && !DETAIL.test(line) && !isHeadingLine(line)
          ? cellPersonName(line)
          : undefined;
      if (person) {
        cur.names.push({ kind: 'name', value: person, index: i });
        continue;
      }
      // « ✉ x@… ☎ 04 … »: details after pictograms, no label
      const details = unlabelledDetails(line);
      if (details) {
        for (const e of details.emails) if (!cur.emails.includes(e)) cur.emails.push(e);
        for (const p of details.phones) if (!cur.phones.includes(p)) cur.phones.push(p);
        continue;
      }
      // a heading or a sentence ends the record
      if (isHeadingLine(line) || line.length > 60) {
        close();
        cur = undefined;
      }
      continue;
    }
    for (const f of fields) {
      if (!f.value || isPlaceholder(f.value)) continue;
      if (f.field === 'name' || f.field === 'given') {
        const name = f.field === 'name' ? personName(f.value) : undefined;
        if (name) {
          if (!cur.names.some((n) => n.value === name))
            cur.names.push({ kind: 'name', value: name, index: i });
          continue;
        }
        // one word: a family name or a first name, put together with the other field
        if (!/^\p{Lu}[\p{L}'’ -]{0,40}$/u.test(f.value)) continue;
        parts ??= { index: i };
        if (f.field === 'name') parts.family = f.value.trim();
        else parts.given = f.value.trim();
      } else if (f.field === 'email') {
        const e = findEmails(f.value)[0];
        if (e && !cur.emails.includes(e)) cur.emails.push(e);
      } else if (f.field === 'phone') {
        for (const p of findPhones(f.value)) if (!cur.phones.includes(p)) cur.phones.push(p);
      }
    }
  }
  close();
  return out;
}

/**
 * A heading and its person's details on one line, after a colon: « CAF – Administrateur :
 * Aurélie PETIT – aurelie.petit@caf51.caf.fr – 03 26 84 42 17 », « CIAS – Délégué à la
 * protection des données : Sophie GAUTHIER (DPO mutualisé) – dpo@… ». The details hold an
 * e-mail or a phone; the name is their first piece (a job title after a comma dropped).
 */
export function inlineRecord(
  line: string,
  index: number,
  sectionSide?: Side,
): FormRecord | undefined {
  const colon = line.indexOf(':');
  if (colon < 3 || colon > 90) return undefined;
  const rest = line.slice(colon + 1).trim();
  const emails = findEmails(rest);
  const phones = findPhones(rest);
  const label = line.slice(0, colon).trim();
  const head = recordHeading(label) ?? (sectionSide ? listedRole(label) : undefined);
  const side = head?.side ?? sectionSide;
  if (!head || !side) return undefined;
  const first = (rest.split(/\s+[–—-]\s+|\s*;\s*/)[0] ?? '')
    .replace(/\([^)]*\)?/g, '')
    .split(/\s*,\s*/)[0]!
    .trim();
  const name = first && !DETAIL.test(first) ? personName(first) : undefined;
  // (« 4. Correspondant Informatique et Libertés : M. Frédéric PAIN (voir ci-dessus) »: a
  // listed role and only a person, under a side's heading)
  if (!emails.length && !phones.length && !(name && sectionSide && LIST_MARK.test(label)))
    return undefined;
  return {
    side,
    role: head.role,
    ...(head.also.length ? { also: head.also } : {}),
    index,
    names: name ? [{ kind: 'name', value: name, index }] : [],
    emails,
    phones,
    corrected: head.corrected,
  };
}

const LIST_MARK = /^(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*[.)]\s+|^[-–•·*]\s+/i;

/**
 * « 1. Administrateur », « b) Responsable sécurité », « – Délégué à la protection des
 * données (DPO) »: a list item that is only a role label (a bracket may follow), its side
 * given by the section it is under.
 */
function listedRole(label: string): RecordHeading | undefined {
  if (!LIST_MARK.test(label)) return undefined;
  const text = label.replace(LIST_MARK, '').trim();
  const role = roleLabels(text);
  if (!role) return undefined;
  const after = text.slice(role.end).trim();
  if (after && !/^\(.*\)$/.test(after) && after.split(/\s+/).length > 2) return undefined;
  return {
    ...(role.side ? { side: role.side } : {}),
    role: role.role,
    also: role.also,
    corrected: role.corrected,
  };
}

/** Where a second field of a form's line starts: « … Prénom : », « … Téléphone mobile : ». */
const NEXT_FIELD =
  /\s(?=(?:nom|pr[ée]nom|fonction|qualit[ée]|m[ée]l|courriel|e-?mail|adresse m[ée]l|adresse (?:[ée]lectronique|mail|courriel)|t[ée]l[ée]phone|t[ée]l\.?|portable|mobile)(?:\s+[\p{L}]+){0,4}\s*:)/giu;

/** The contact fields of a line: one, or several the form put side by side. */
export function lineFields(line: string): { field: Field; value: string }[] {
  const whole = contactField(line);
  if (!whole) return [];
  // (a cut inside a label, « Téléphone | mobile : », is none: each piece holds its colon)
  const cuts: number[] = [];
  for (const m of line.matchAll(NEXT_FIELD))
    if (line.slice(cuts[cuts.length - 1] ?? 0, m.index).includes(':')) cuts.push(m.index);
  if (!cuts.length) return [whole];
  const pieces = [0, ...cuts].map((at, k, all) => line.slice(at, all[k + 1] ?? line.length).trim());
  const fields = pieces.map(contactField);
  return fields.every(Boolean) ? (fields as { field: Field; value: string }[]) : [whole];
}

/** A line holding an e-mail or a phone. */
const DETAIL = /@|(?:^|\D)0[1-9](?:[\s.-]?\d{2}){4}(?!\d)/;

/**
 * « ✉ remi@caf42.caf.fr   ☎ 04 77 42 31 18 »: e-mails and phones with only pictograms or
 * short labels around them; undefined when the line says anything else.
 */
export function unlabelledDetails(
  line: string,
): { emails: string[]; phones: string[] } | undefined {
  const emails = findEmails(line);
  const phones = findPhones(line);
  if (!emails.length && !phones.length) return undefined;
  let rest = line;
  for (const e of emails) rest = rest.replace(e, ' ');
  rest = rest
    .replace(/(?<!\d)(?:(?:\+|00)33\s?\(?0?\)?\s?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?!\d)/g, ' ')
    .replace(/\b(?:t[ée]l|m[ée]l|mail|courriel|fixe|mobile|portable|port|fax)\b\.?/giu, ' ');
  return /\p{L}{2}/u.test(rest) ? undefined : { emails, phones };
}

/**
 * « Fonction : Administrateur local » opening each person's form (then « Nom : », « Mél : »):
 * a heading when no other heading opened the current form (`open`); a value cut after « et »
 * or « de » goes on on the next line (« Responsable Sécurité et Correspondant Informatique
 * et » / « Libertés »).
 */
function functionHeading(
  lines: readonly string[],
  i: number,
  to: number,
  open: boolean,
): { head: RecordHeading; last: number } | undefined {
  if (!open) return undefined;
  const m = /^(?:fonction|qualit[ée])[ ]*(?::|\t)[ \t:]*(.+)$/iu.exec((lines[i] ?? '').trim());
  if (!m) return undefined;
  let value = m[1]!.trim();
  let last = i;
  const next = (lines[i + 1] ?? '').trim();
  if (
    i + 1 < to &&
    /(?:^|\s)(?:et|de|des|du|la|le|l'|d'|à|aux?)$/iu.test(value) &&
    next &&
    !contactField(next) &&
    !DETAIL.test(next) &&
    next.length <= 60
  ) {
    value = `${value} ${next}`;
    last = i + 1;
  }
  if (/@|\d{2}[\s.]?\d{2}[\s.]?\d{2}/.test(value)) return undefined;
  const role = roleLabels(value);
  if (!role) return undefined;
  const after = value
    .slice(role.end)
    .replace(/["»”«“]/g, '')
    .replace(/\([^)]*\)?/g, '')
    .trim();
  if (after.split(/\s+/).filter(Boolean).length > 3) return undefined;
  return {
    head: {
      ...(role.side ? { side: role.side } : {}),
      role: role.role,
      also: role.also,
      corrected: role.corrected,
    },
    last,
  };
}
