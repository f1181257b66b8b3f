/**
 * A contacts annex written as forms: a heading per person naming the side and the role
 * (« [Caf – Administrateur local] », « [Partenaire – Délégué à la protection des données
 * (DPO mutualisé …)] », « Caf : Guichet unique du Centre de services »), then « key : value »
 * lines (Nom, Fonction, Mél, Téléphone, Téléphone fixe, Téléphone mobile). A label left
 * empty is a blank, never the next line.
 */
import type { Side } from '../../domain/schemas/vocabulary';
import { findEmails, findPhones, isPlaceholder } from '../text-tools';
import { foldLoose } from './anchors';
import { isHeadingLine } from './paragraphs';
import { type ContactRecord, personName } from './records';
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
}

export function recordHeading(line: string): RecordHeading | undefined {
  const t = line.trim();
  if (!t || t.length > 140) return undefined;
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
  if (after) return undefined;
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
  const m = /^([^:]{2,40}?)\s*:\s*(.*)$/.exec(line.trim());
  if (!m) return undefined;
  const label = foldLoose(m[1]!).replace(/\s+/g, ' ').trim();
  const value = (m[2] ?? '').trim();
  if (
    /^(?:nom(?: et prenom| prenom|, prenom)?|prenom(?: et)? nom|identite|nom du (?:correspondant|contact))$/.test(
      label,
    )
  )
    return { field: 'name', value };
  // (« Nom : PAQUET » then « Prénom : Lucie »: the two make the name)
  if (/^(?:prenoms?|prenom usuel)$/.test(label)) return { field: 'given', value };
  if (
    /^(?:mel|mail|courriel|e-?mail|adresse (?:electronique|mail|mel|e-?mail|courriel|de messagerie)|messagerie|bal(?:f)?)$/.test(
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
export function formRecords(lines: readonly string[], from: number, to: number): FormRecord[] {
  const out: FormRecord[] = [];
  let cur: FormRecord | undefined;
  /** « Nom : PAQUET » and « Prénom : Lucie » of the current record, put together at its end. */
  let parts: { family?: string; given?: string; index: number } | undefined;
  const close = () => {
    if (!cur || !parts?.family || !parts.given || cur.names.length) return;
    const name = personName(`${parts.given} ${parts.family}`);
    if (name) cur.names.push({ kind: 'name', value: name, index: parts.index });
  };
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    if (!line) continue;
    const head = recordHeading(line) ?? plainHeading(lines, i, to);
    if (head) {
      close();
      parts = undefined;
      cur = {
        ...(head.side ? { side: head.side } : {}),
        role: head.role,
        ...(head.also.length ? { also: head.also } : {}),
        index: i,
        names: [],
        emails: [],
        phones: [],
        corrected: head.corrected,
      };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    const f = contactField(line);
    if (!f) {
      // a heading or a sentence ends the record
      if (isHeadingLine(line) || line.length > 60) {
        close();
        cur = undefined;
      }
      continue;
    }
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
  close();
  return out;
}
