/**
 * The escalation contacts of the contrat de services, in order: a table, sentences naming
 * persons after « Pour la Caf » / « Pour le partenaire », or « Niveau 1 : … » lines.
 */
import type { Side } from '../../domain/schemas/vocabulary';
import {
  CIVILITY,
  NAME_RE,
  findEmails,
  findPhones,
  fold,
  personKey,
  looksLikePersonName,
  isPageMark,
  stripBullet,
} from '../text-tools';
import { personName } from './records';
import type { ContactValue, EscalationValue, Extracted } from '../types';
import { phonesTolerant } from './anchors';
import { at, type Ctx, makeCtx, unread } from './context';
import { isHeadingLine, softLine } from './paragraphs';
import {
  cellsBelow,
  headerCellRows,
  isBareName,
  joinedPersonCell,
} from './contrat-escalation-cells';
import {
  CAF_CUE,
  type Column,
  columnOf,
  escalationColumns,
  escalationHeader,
  PARTNER_CUE,
  type Person,
  personInRow,
  rowContinuation,
  sideCueAtStart,
  structureSide,
} from './contrat-escalation-rows';

/** « Escalade en cas de difficulté persistante : », « Procédure d'escalade », « Niveaux d'escalade : » leading a list. */
/** « Escalade (1) ⇥ Damien PERROT – … », « Niveau 2 : … »: a level's row, its person on it. */
export const LEVEL_ROW =
  /^(?:escalade\s*\(?\s*\d{1,2}\s*\)?|niveau\s*\d{1,2}|\d{1,2}\s*(?:er|e|ème)\s*niveau)(?:\s*\([^()]{2,40}\))?\s*(?::|\t|[–—-])\s*\S/i;

export const ESCALATION_LEAD =
  /^(?:(?:la\s+)?proc[ée]dure\s+d['’]|niveaux?\s+d['’]|contacts?\s+d['’])?escalade\b[^.]{0,80}$/i;

const CIVILITY_AT = /(?=(?:^|\s)(?:Monsieur|Madame|Mademoiselle|Mme|Mlle|M\.|M)\s+\p{Lu})/u;

/** « Mme X Y – fonction (01 02 03 04 05) », possibly several in one sentence. */
function personsInText(text: string): Omit<Person, 'index'>[] {
  const out: Omit<Person, 'index'>[] = [];
  for (const segment of text.split(CIVILITY_AT)) {
    const seg = segment.trim();
    if (!CIVILITY.test(seg)) continue;
    const rest = seg.replace(CIVILITY, '');
    const name = nameBeforeFunction(NAME_RE.exec(rest)?.[1]?.trim() ?? '');
    if (!name || !looksLikePersonName(name) || name.split(/\s+/).length < 2) continue;
    const after = rest.slice(rest.indexOf(name) + name.length);
    const fn = after
      .split(/\(|(?:(?:\+|00)33\s?|0)[1-9](?:[\s.-]?\d{2}){4}|[\w.+-]+@/)[0]!
      .replace(/[\s,]+(?:joignable\s+)?(?:au|à|tél\.?|t[ée]l[ée]phone\s*:?)\s*$/i, '')
      .replace(/\b(?:puis|et|ou)\s*$/i, '')
      .replace(/^[\s,:–-]+|[\s,;:–-]+$/g, '')
      .trim();
    const phone = phonesTolerant(after, findPhones).phones[0];
    const email = findEmails(after)[0];
    out.push({
      name,
      ...(fn && fn.length <= 80 ? { function: fn } : {}),
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
    });
  }
  return out;
}

/**
 * « Mathieu ESTRADE Administrateur local » (columns joined by spaces): after a surname in
 * capitals, a word in lower case with a capital initial starts the function, not the name.
 */
export function nameBeforeFunction(name: string): string {
  const words = name.split(/\s+/);
  const caps = (w: string) => /\p{Lu}{2}/u.test(w) && w === w.toUpperCase();
  let lastCaps = -1;
  words.forEach((w, k) => {
    if (caps(w)) lastCaps = k;
  });
  if (lastCaps < 0 || lastCaps === words.length - 1) return name;
  const tail = words.slice(lastCaps + 1);
  if (tail.some(caps)) return name;
  return words.slice(0, lastCaps + 1).join(' ');
}

/**
 * « le partenaire s'adresse d'abord à … », « la Caf contacte … »: the persons named next are
 * the OTHER side's (the one who is addressed). The subject's side is group 1.
 */
const ADDRESSES =
  /(?<![\p{L}])(la caf|le partenaire|la commune|le ccas|le cias|la collectivit[ée]|l['’]epci|l['’]association|l['’][ée]tablissement|le syndicat|le d[ée]partement|la structure|l['’]organisme)\s+(?:(?:peut|pourra|doit|devra)\s+)?(?:s['’]adresser?|contacter?|contacte|saisir|saisit|solliciter?|sollicite|joindre|joint|alerter?|alerte|interpeller?|interpelle)\b/giu;

/** Where a « Niveau 2 : » / « 2e niveau – » item starts inside a joined paragraph. */
const LEVEL_START = /\s+(?=(?:niveau\s*\d{1,2}|\d{1,2}\s*(?:er|e|ème)\s*niveau)\s*[:–—-])/i;

/** The side a lead says is turned to (« la commune contacte … »: the Caf), the last one said. */
function addressedSide(text: string): Side | undefined {
  const m = [...text.matchAll(ADDRESSES)].pop();
  return m ? (/caf/i.test(m[1]!) ? 'partner' : 'caf') : undefined;
}

/** Splits a paragraph at each « Pour la Caf » / « Pour le partenaire » cue, with the side each part is about. */
function sideParts(
  text: string,
  current: Side | undefined,
): { text: string; side: Side | undefined }[] {
  const sideOf = (caf: boolean): Side => (caf ? 'caf' : 'partner');
  const cues = [
    ...[...text.matchAll(new RegExp(`${CAF_CUE.source}|${PARTNER_CUE.source}`, 'gi'))].map((c) => ({
      index: c.index,
      side: sideOf(CAF_CUE.test(c[0])),
    })),
    // (the one addressed is the other side)
    ...[...text.matchAll(ADDRESSES)].map((c) => ({
      index: c.index,
      side: sideOf(!/caf/i.test(c[1]!)),
    })),
  ].sort((a, b) => a.index - b.index);
  if (cues.length === 0) return [{ text, side: current }];
  const out: { text: string; side: Side | undefined }[] = [];
  let side = current;
  let from = 0;
  for (const c of cues) {
    out.push({ text: text.slice(from, c.index), side });
    side = c.side;
    from = c.index;
  }
  out.push({ text: text.slice(from), side });
  return out.filter((p) => p.text.trim());
}

/**
 * « Pour la Caf : Responsable du département Relations Partenaires – M. X »: the words between
 * the side's cue and the one person it names are that person's function, when they read as a
 * title (a capital, no verb, no figure) and a dash, comma or colon sets them apart.
 */
export function functionAfterCue(before: string): string | undefined {
  const cue = new RegExp(`^\\s*(?:${CAF_CUE.source}|${PARTNER_CUE.source})\\s*[,:]`, 'i').exec(
    before,
  );
  if (!cue) return undefined;
  const m = /^\s*(\p{Lu}[\p{L}'’ -]{2,90}?)\s*[–—,:-]\s*$/u.exec(before.slice(cue[0].length));
  if (!m?.[1]) return undefined;
  const words = m[1].trim().split(/\s+/);
  if (words.length > 10) return undefined;
  if (
    words.some((w) => /^(?:est|sont|peut|peuvent|sera|seront|contacter|joindre|appeler)$/i.test(w))
  )
    return undefined;
  return m[1].trim();
}

/**
 * A function written once before the persons it names: « les responsables du pôle
 * partenaires : Mme A (…) et M. B (…) » gives each of them « responsable du pôle
 * partenaires » (the words before the first preposition lose their plural ending); « la
 * directrice du CCAS, Mme C » gives C hers (a singular one needs a comma or colon before the
 * person, and a single person). A phrase holding a verb (« la Caf appelle ») is no function.
 */
export function leadFunction(before: string, persons: number): string | undefined {
  const m =
    /(?:^|[\s,:;])(les|des|ses|nos|leurs|le|la|l'|l’|son|sa)\s*([^,:;()]{3,80}?)\s*([,:;–-]*)\s*$/i.exec(
      before,
    );
  if (!m?.[2]) return undefined;
  const plural = /^(?:les|des|ses|nos|leurs)$/i.test(m[1]!);
  if (!plural && (persons !== 1 || !m[3])) return undefined;
  const words = m[2].trim().split(/\s+/);
  if (words.length > 8 || !/^\p{Ll}/u.test(words[0]!)) return undefined;
  if (plural && !/[sx]$/.test(words[0]!)) return undefined;
  if (
    words.some((w) =>
      /^(?:est|sont|appelle|appellent|contacte|contactent|joint|joindre|contacter|appeler|sera|seront|peut|peuvent|suivants?|suivantes?)$/i.test(
        w,
      ),
    )
  )
    return undefined;
  if (/^(?:personnes?|interlocuteurs?|contacts?|coordonnees)$/.test(fold(words[0]!)))
    return undefined;
  if (!plural) return words.join(' ');
  let head = true;
  return words
    .map((w) => {
      if (/^(?:de|du|des|d'.*|d’.*|à|au|aux|en|pour|chargée?s?)$/i.test(w)) head = false;
      if (!head || w.length < 4) return w;
      if (/aux$/.test(w)) return w.replace(/aux$/, 'al');
      return w.replace(/([^s])s$/, '$1');
    })
    .join(' ');
}

/**
 * « Niveau 1 : Julien LABORDE – Administrateur local – 05 62 56 20 41 », « 2e niveau : Anne
 * MOREL, directrice du CCAS, 04 … »: a level, then the name, the function and the phone as
 * pieces apart by dashes or commas. The first piece must have a person's name's shape.
 */
export function levelLine(text: string): Omit<Person, 'index'> | undefined {
  // (« Niveau 1 (Caf) : … », « Niveau 2 (Département) : … »: the side in brackets)
  const m =
    /^(?:niveau\s*\d{1,2}|n\s?\d{1,2}|\d{1,2}\s*(?:er|e|ème)?\s*niveau|escalade\s*\(?\s*\d{1,2}\s*\)?)(?:\s*\(([^()]{2,40})\))?\s*(?:[:–—-]|\t)\s*(.+)$/i.exec(
      text.trim(),
    );
  if (!m) return undefined;
  const bracketSide = m[1] ? structureSide(m[1]) : undefined;
  // « 1er niveau – Caf : Patricia VIAL, … », « Niveau 2 – Partenaire – … »: the side first
  const lead = /^([\p{L}' ]{3,40}?)\s*[:–—-]\s+(?=\p{Lu})/u.exec(m[2]!);
  const leadSide = lead ? structureSide(lead[1]!) : undefined;
  const side = bracketSide ?? leadSide;
  const rest = leadSide ? m[2]!.slice(lead![0].length) : m[2]!;
  const pieces = rest
    .split(/\s+[–—-]\s+|\s*[,;]\s+|\s*\(\s*|\s*\)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const name = pieces[0] ? personName(pieces[0]) : undefined;
  if (!name || !looksLikePersonName(name) || name.split(/\s+/).length < 2) return undefined;
  const fn = pieces
    .slice(1)
    .find((p) => /\p{L}{3}/u.test(p) && !findPhones(p).length && !findEmails(p).length);
  const phone = phonesTolerant(rest, findPhones).phones[0];
  const email = findEmails(rest)[0];
  return {
    ...(side ? { side } : {}),
    name,
    ...(fn && fn.length <= 80 ? { function: fn } : {}),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
  };
}

/**
 * The side a person's function names (« Administrateur local Caf », « Directrice du CCAS »), if
 * one only. (« responsable du département Relations partenaires »: a Caf names its units
 * « départements » too; only « conseil départemental » names the partner.)
 */
export function functionSide(fn: string | undefined): Side | undefined {
  if (!fn) return undefined;
  // (« Administrateur « Mon Compte Partenaire » », « Relations partenaires »: the portal's and
  // the Caf's services' names say no side)
  const f = fold(fn).replace(/mon compte partenaire|relations? (?:avec les )?partenaires?/g, ' ');
  const caf = /\bcaf\b|caisse d'allocations/.test(f);
  const partner =
    /\b(?:partenaire|ccas|cias|commune|ville|mairie|maire|communaute|metropole|epci|centre hospitalier|hopital|conseil departemental|association)\b/.test(
      f,
    );
  if (caf === partner) return undefined;
  return caf ? 'caf' : 'partner';
}

export function escalationList(
  ctx: Ctx,
  from: number,
  to: number,
  contacts: Extracted<ContactValue>[],
  /** The side the lead addresses (« le partenaire contacte successivement : » the Caf's). */
  addressed?: Side,
): Extracted<EscalationValue>[] {
  const persons: Person[] = [];
  let side: Side | undefined = addressed;
  let header: Column[] | undefined;
  /** The side the last « Structure » cell of a table named. */
  let tableSide: { side: Side; cells: number } | undefined;
  /** The last table row read (a cell wrapped onto the next line goes on with it). */
  let lastRow = -1;
  for (let i = from; i < to; i++) {
    if (!ctx.lines[i]) continue;
    const soft = softLine(ctx.lines, ctx.paragraphs, i);
    // « 1.⇥M. X, fonction – tél. »: Word's list numbering, a tab after it, is no table row
    const line = soft.text.replace(/^(\s*(?:[-–•·▪■◦*§]|\d{1,2}[.)°]))\t(?=[^\t]+$)/u, '$1 ');
    // (« 1 – Caf ⇥ Émilie CARON ⇥ … » under the table's header: a row whose level cell looks
    // like a numbered heading)
    const row = !!header && line.includes('\t');
    if ((isHeadingLine(line) && !row) || /^fait\s+[àa](?=\s)/i.test(line)) break;
    // (« À Auxerre, ⇥ À Auxerre, »: the signatures' places, side by side, close the contrat)
    if (
      line
        .split('\t')
        .every((c) => /^\s*[àÀ]\s+\p{Lu}[\p{L}' -]{1,40}(?:,\s*(?:le\b.*)?)?\s*$/u.test(c))
    )
      break;
    // a table given column by column: « Niveau », its cells, « Interlocuteur », its cells…
    if (!line.includes('\t') && !/\d/.test(line) && columnOf(line)) {
      // (or its header row and its rows given one cell per line)
      const rows = headerCellRows(ctx.lines, i, to);
      if (rows === 'unread') {
        unread(ctx, 'escalation', 'la procédure d’escalade (tableau lu cellule par cellule)', i);
        break;
      }
      if (rows) {
        persons.push(...rows.persons.map((p) => (p.side || !side ? p : { ...p, side })));
        i = rows.last;
        continue;
      }
      const columns = escalationColumns(ctx.lines, i, to);
      if (columns === 'unread') {
        unread(ctx, 'escalation', 'la procédure d’escalade (tableau lu colonne par colonne)', i);
        break;
      }
      if (columns) {
        for (const r of columns.rows) {
          const p = personInRow(r.line, r.header);
          if (p) persons.push({ ...p, index: r.index });
        }
        break;
      }
    }
    // « Responsable du service » / « Partenariats »: a function cell wrapped onto a line of
    // its own under its row (the other cells empty)
    const prev = persons[persons.length - 1];
    const below = ctx.lines[i + 1] ?? '';
    if (
      !line.includes('\t') &&
      header &&
      prev?.function &&
      prev.index === lastRow &&
      i === lastRow + 1 &&
      /^[\p{L}'’ -]{3,40}$/u.test(line) &&
      !personName(line) &&
      !structureSide(line) &&
      !CAF_CUE.test(line) &&
      !PARTNER_CUE.test(line) &&
      !/^pour\s/i.test(line) &&
      (!below.trim() || below.includes('\t'))
    ) {
      prev.function = `${prev.function} ${line.trim()}`;
      continue;
    }
    const grid = levelGrid(ctx.lines, i, to);
    if (grid) {
      persons.push(...grid.persons);
      i = grid.last;
      continue;
    }
    const columns = sideColumns(ctx.lines, i, to);
    if (columns) {
      persons.push(...columns.persons);
      i = columns.last;
      continue;
    }
    const paired = pairedLevels(ctx.lines, i, to);
    if (paired) {
      persons.push(...paired.persons);
      i = paired.last;
      continue;
    }
    if (line.includes('\t')) {
      lastRow = i;
      if (CAF_CUE.test(line)) side = 'caf';
      if (PARTNER_CUE.test(line)) side = 'partner';
      // (« Niveau ⇥ Interlocuteur Caf »: a header cell naming the side of the whole column)
      const headerSides = new Set(line.split('\t').map(headerCellSide).filter(Boolean));
      if (headerSides.size === 1) side = [...headerSides][0];
      const named = escalationHeader(line);
      if (named) {
        header = named;
        continue;
      }
      // (« Escalade (1) ⇥ Damien PERROT – Responsable … – 03 … – x@… »: a level and its person)
      const p = withLevelSide(personInRow(line, header) ?? levelLine(line), line);
      // a side cell merged over several rows (« Caf » once, for ranks 1 and 2): a row with
      // fewer cells than the one that named the side goes on with it
      const cellCount = line.split('\t').filter((c) => c.trim()).length;
      if (p?.side) tableSide = { side: p.side, cells: cellCount };
      const merged = tableSide && cellCount < tableSide.cells ? tableSide.side : undefined;
      const rowSide = p?.side ?? side ?? merged;
      if (p) persons.push({ ...p, index: i, ...(rowSide ? { side: rowSide } : {}) });
      else if (prev && prev.index === i - 1) {
        // the row's second line: its cells' second lines (function, phone, e-mail)
        const more = rowContinuation(line);
        if (more) {
          if (!prev.function && more.function) prev.function = more.function;
          if (!prev.phone && more.phone) prev.phone = more.phone;
          if (!prev.email && more.email) prev.email = more.email;
        }
      }
    } else {
      // « Pour la Caf, … M. X …, puis Mme Y …. Pour le partenaire, … Mme Z … »: each person
      // takes the side of the cue before it, within the sentence
      // « 1. Caf – Mme X, … », « 3. Partenaire – M. Y, … »: the side named before the person
      const lead = /^([\p{L}' ]{3,40}?)\s*[–—:-]\s+(?=(?:Monsieur|Madame|Mme|M\.|Mlle)\s)/u.exec(
        stripBullet(line),
      );
      const leadSide = lead ? structureSide(lead[1]!) : undefined;
      if (leadSide) side = leadSide;
      for (const part of sideParts(stripBullet(line), side)) {
        side = part.side;
        const first = part.text.search(CIVILITY_AT);
        const found = personsInText(part.text);
        // « Niveau 1 : Julien LABORDE – Administrateur local – 05 … » (no civility)
        // (lines of a list a paragraph view joined: each level on its own)
        if (!found.length)
          for (const chunk of part.text.split(LEVEL_START)) {
            const level = levelLine(chunk);
            if (level) found.push(level);
          }
        // « Caf : Hervé DECOSTER – Responsable … – 03 … » (a side, then the level's person)
        if (!found.length && /^(?:la\s+)?(?:caf|partenaire)\s*:\s*\p{Lu}/iu.test(part.text)) {
          const level = levelLine(`Niveau 0 : ${part.text}`);
          if (level) found.push(level);
        }
        // « pour la Caf : Rachid HAMMOUDI, chef de projet … – 01 … », « Pour la commune :
        // Sébastien GARCIA, Directeur général des services, 04 … »: the cue, then the person
        const cue = part.side
          ? /^\s*(?:pour|c[ôo]t[ée]|chez)\s+[^:]{2,60}?:\s*(?=\p{Lu})/iu.exec(part.text)
          : null;
        if (!found.length && cue) {
          const level = levelLine(`Niveau 0 : ${part.text.slice(cue[0].length)}`);
          // (its phone wrapped onto the next line, after a closing comma or dash)
          const after = (ctx.lines[soft.last + 1] ?? '').trim();
          const phone = /^(?:0\d(?:[ .]?\d{2}){4})[\s.;]*$/.test(after)
            ? findPhones(after)[0]
            : undefined;
          if (level && !level.phone && phone && /[,–—-]\s*$/.test(part.text)) {
            level.phone = phone;
            if (level.function) level.function = level.function.replace(/[\s,–—-]+$/, '');
            soft.last++;
          }
          if (level) found.push({ ...level, side: part.side! });
        }
        // « 1) Sébastien MOLLARD – Chargé de relations partenaires – 04 … » under « Pour la
        // Caf : » (an item naming its person first, no civility)
        if (!found.length && (part.side || stripBullet(line) !== line)) {
          const level = levelLine(`Niveau 0 : ${part.text}`);
          // (its e-mail wrapped onto the next line, after a closing dash)
          const after = (ctx.lines[soft.last + 1] ?? '').trim();
          if (
            level &&
            !level.email &&
            /[–—,-]\s*$/.test(part.text) &&
            /^[^\s@]+@[^\s@]+$/.test(after)
          ) {
            level.email = findEmails(after)[0];
            if (!level.email) delete level.email;
            else soft.last++;
          }
          if (level && !level.side) found.push(level);
        }
        const before = first > 0 ? part.text.slice(0, first) : '';
        const shared = before
          ? (leadFunction(before, found.length) ??
            (found.length === 1 && !found[0]!.function ? functionAfterCue(before) : undefined))
          : undefined;
        for (const p of found)
          persons.push({
            ...(shared ? { function: shared } : {}),
            ...p,
            index: i,
            ...(side ? { side } : {}),
          });
      }
      // « Mme Nathalie CAUCHY » alone, then its function, phone, e-mail one per line (a table
      // given row by row, one cell a line)
      const only = persons[persons.length - 1];
      if (only?.index === i && soft.last === i && isBareName(stripBullet(line), only.name)) {
        const cells = cellsBelow(ctx.lines, i + 1, to);
        if (cells) {
          Object.assign(only, cells.person);
          i = cells.last;
          continue;
        }
      }
    }
    i = soft.last;
  }
  // no « Pour la Caf / le partenaire »: the side of a person the contacts annex names; the
  // others follow when every known one is on the same side
  const known = (name: string) =>
    contacts.find((c) => c.value.name && personKey(c.value.name) === personKey(name))?.value.side;
  // (a level's Caf or other e-mail is such a known side too)
  const sides = new Set(
    persons
      .filter((p) => !p.side)
      .map((p) => known(p.name) ?? functionSide(p.function) ?? emailSide(p.email))
      .filter(Boolean),
  );
  const common = sides.size === 1 ? [...sides][0] : undefined;
  const out: Extracted<EscalationValue>[] = [];
  for (const p of persons) {
    // (a person's own Caf or other e-mail outweighs the side the others share)
    const told = p.side ?? known(p.name) ?? functionSide(p.function);
    const s = told ?? emailSide(p.email) ?? common;
    if (!s) {
      unread(
        ctx,
        'escalation',
        'un contact de la procédure d’escalade (côté Caf ou partenaire ?)',
        p.index,
      );
      continue;
    }
    const inferred = !p.side;
    out.push(
      at(
        ctx,
        p.index,
        {
          side: s,
          name: p.name,
          ...(p.function ? { function: p.function } : {}),
          ...(p.phone ? { phone: p.phone } : {}),
          ...(p.email ? { email: p.email } : {}),
        },
        inferred ? 'medium' : 'high',
        inferred
          ? told || !p.email
            ? 'Côté déduit de l’annexe des interlocuteurs.'
            : 'Côté déduit de l’adresse électronique.'
          : undefined,
      ),
    );
  }
  return out;
}

/**
 * « Pour la Caf ⇥ Pour le partenaire », then rows holding a piece of each side's block
 * (blocks printed side by side): each column read as its own list, the left cell's persons on
 * the header's left side. A running header between two pages (no tab) is passed over.
 */
function sideColumns(
  lines: readonly string[],
  from: number,
  to: number,
): { persons: Person[]; last: number } | undefined {
  const head = (lines[from] ?? '').split('\t');
  if (head.length !== 2) return undefined;
  const sides = head.map((c): Side | undefined =>
    CAF_CUE.test(c) ? 'caf' : PARTNER_CUE.test(c) ? 'partner' : undefined,
  );
  if (!sides[0] || !sides[1] || sides[0] === sides[1]) return undefined;
  const columns: { text: string; index: number }[][] = [[], []];
  let last = from;
  let misfits = 0;
  for (let j = from + 1; j < to; j++) {
    const line = lines[j] ?? '';
    if (!line.trim() || isPageMark(line)) continue;
    const cells = line.split('\t');
    if (cells.length !== 2) {
      if (isHeadingLine(line) || ++misfits > 2) break;
      continue;
    }
    misfits = 0;
    cells.forEach((c, k) => {
      if (c.trim()) columns[k]!.push({ text: c.trim(), index: j });
    });
    last = j;
  }
  const persons: Person[] = [];
  columns.forEach((items, k) => {
    const texts = items.map((x) => x.text);
    for (let n = 0; n < items.length; n++) {
      const text = stripBullet(texts[n]!);
      const found = personsInText(text);
      // (« 1 – Frédéric LEROY Conseiller … 03 … x@… »: a cell joined by single spaces)
      const joined = found.length ? undefined : joinedPersonCell(texts[n]!);
      if (joined) found.push(joined);
      for (const p of found) persons.push({ ...p, index: items[n]!.index, side: sides[k]! });
      const only = persons[persons.length - 1];
      if (found.length === 1 && only && isBareName(text, only.name)) {
        const cells = cellsBelow(texts, n + 1, texts.length);
        if (cells) {
          Object.assign(only, cells.person);
          n = cells.last;
        }
      }
    }
  });
  return persons.length ? { persons, last } : undefined;
}

/** A person in a grid cell: « Mme X Y, fonction, tél » or « X Y – fonction – tél ». */
function personOfCell(cell: string): Omit<Person, 'index'> | undefined {
  const text = stripBullet(cell);
  const found = personsInText(text);
  if (found.length === 1) return found[0];
  if (found.length > 1) return undefined;
  const level = levelLine(`Niveau 1 : ${text}`);
  if (level) return level.side ? undefined : level;
  return joinedPersonCell(text);
}

/**
 * Levels as rows and sides as columns: « Niveau ⇥ Caf ⇥ Partenaire » (the corner cell may be
 * empty or dropped), then « Niveau 1 ⇥ Mme X, fonction, tél ⇥ M. Y, fonction, tél »: each cell
 * one person, its side its column's. Rows are read in order, Caf and partner cells of a level
 * side by side. Undefined when the lines are no such table.
 */
export function levelGrid(
  lines: readonly string[],
  from: number,
  to: number,
): { persons: Person[]; last: number } | undefined {
  const head = (lines[from] ?? '').split('\t').map((c) => c.trim());
  const sides = head.map((c) => structureSide(c.replace(/^(?:pour|c[ôo]t[ée])\s+/i, '')));
  const named = sides.filter(Boolean);
  if (named.length < 2 || new Set(named).size < 2) return undefined;
  // the other header cells name the level column or nothing
  if (head.some((c, k) => !sides[k] && c && columnOf(c) !== 'level')) return undefined;
  /** Each level's row: its line and, per side column, the cell's lines (a cell on several lines). */
  const rows: { index: number; cells: Map<number, string[]> }[] = [];
  let last = from;
  const sideColumns = sides.flatMap((side, k) => (side ? [k] : []));
  for (let j = from + 1; j < to; j++) {
    const line = lines[j] ?? '';
    if (!line.trim() || isPageMark(line)) continue;
    const cells = line.split('\t').map((c) => c.trim());
    // (a corner cell dropped from the header: the rows have one cell more)
    // (a header starting with a side and rows of as many cells: blocks side by side, not this)
    // (a row whose last cells are empty, trimmed: « 3 ⇥ Mme X … » under three columns)
    const shift =
      cells.length === head.length + 1
        ? 1
        : cells.length <= head.length && cells.length >= 2 && !sides[0]
          ? 0
          : -1;
    const level =
      shift >= 0 &&
      // (« 1 », « Niveau 2 », « 1er niveau »; not « 03 26 84 41 27 », a phone under a person)
      /^(?:(?:niveau|n\s*°?)\s*)?\d{1,2}(?:er|re|e|ème|eme)?\b(?!\s*\d)|\bniveau\b|^(?:premier|second|deuxi|troisi)/i.test(
        cells[0]!,
      );
    // « Conseillère technique ⇥ Responsable du pôle », « 03 … ⇥ 03 … » under a level's row: its
    // cells' next lines, the level cell empty (the first side columns, left to right)
    const above = rows[rows.length - 1];
    // (right under it: a blank line ends the table, the signatures below are no cells)
    if (
      !level &&
      above &&
      j === last + 1 &&
      cells.length <= sideColumns.length &&
      !isHeadingLine(line)
    ) {
      cells.forEach((c, n) => {
        const k = sideColumns[n]!;
        if (c) above.cells.set(k, [...(above.cells.get(k) ?? []), c]);
      });
      last = j;
      continue;
    }
    if (!level) break;
    const row = new Map<number, string[]>();
    for (const k of sideColumns) {
      const cell = cells[k + shift];
      if (cell) row.set(k, [cell]);
    }
    rows.push({ index: j, cells: row });
    last = j;
  }
  const persons: Person[] = [];
  for (const row of rows)
    for (const k of sideColumns) {
      const parts = row.cells.get(k);
      if (!parts) continue;
      const text = parts.join(', ');
      const p = personOfCell(text);
      // (one person per cell: the cell's phone and e-mail are theirs)
      const phone = p?.phone ?? findPhones(text)[0];
      const email = p?.email ?? findEmails(text)[0];
      if (p)
        persons.push({
          ...p,
          ...(phone ? { phone } : {}),
          ...(email ? { email } : {}),
          index: row.index,
          side: sides[k]!,
        });
    }
  return persons.length ? { persons, last } : undefined;
}

/** Who is turned to when the centre does not answer: « s'adresse d'abord à », « sont contactés ». */
/** A line that opens the escalation's own paragraph (« Procédure d'escalade. En l'absence … »). */
const ESCALADE_START = /^(?:(?:la\s+)?proc[ée]dure\s+d['’])?escalade\b/i;
const TURNS_TO =
  /\b(?:s['’]adresse(?:ra)?|contacte(?:r|ra)?|saisit|sollicite|joint|alerte|sont contact[ée]s|peut (?:saisir|contacter|joindre|solliciter))\b/i;
/** The cue of an escalation: no answer in time, an emergency, a lasting difficulty. */
const NO_ANSWER =
  /(?:sans|absence de|faute de|d[ée]faut de)\s+r[ée]ponse|en cas d['’]urgence|difficult[ée]s?\s+persistante/i;

/**
 * The escalation written as one numbered paragraph of the text, with no heading saying
 * « escalade » (« 8. Lorsque la demande reste sans réponse …, le Partenaire s'adresse d'abord
 * à Monsieur X, fonction (04 …), puis à Madame Y … »): each run of lines from a blank line (or
 * a paragraph number) to the next blank line that says no answer came and whom one turns to
 * is read as an escalation list, its phones cut at a line's end put back.
 */
export function proseEscalation(
  ctx: Ctx,
  from: number,
  to: number,
  contacts: Extracted<ContactValue>[],
): Extracted<EscalationValue>[] {
  const out: Extracted<EscalationValue>[] = [];
  const { lines } = ctx;
  for (let i = from; i < to; i++) {
    // (a run starts after a blank line or a heading, or is a numbered paragraph itself)
    const prev = i > from ? (lines[i - 1] ?? '') : '';
    const labelled = ESCALADE_START.test(lines[i] ?? '');
    if (!lines[i] || (prev && !isHeadingLine(prev) && !isHeadingLine(lines[i] ?? '') && !labelled))
      continue;
    // (« Article 2 - Recours »: a title alone, its paragraph starts on the next line)
    if (
      isHeadingLine(lines[i] ?? '') &&
      (lines[i] ?? '').length <= 60 &&
      !NO_ANSWER.test(lines[i] ?? '')
    )
      continue;
    const run: number[] = [];
    for (let k = i; k < to && k < i + 10 && lines[k]; k++) {
      if (k > i && (isHeadingLine(lines[k] ?? '') || ESCALADE_START.test(lines[k] ?? ''))) break;
      run.push(k);
    }
    const text = run
      .map((k) => lines[k] ?? '')
      .join(' ')
      .replace(/(\p{L})- (\p{Ll})/gu, '$1$2')
      // (« 8. », « 4.2 »: the paragraph's number)
      .replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[a-z]\))\s+/, '');
    const end = run[run.length - 1] ?? i;
    // « Escalade (absence de réponse sous 10 jours) : 1. Mme X, fonction, 03 … – 2. M. Y, … »:
    // the levels numbered inside one line, each read as a line of a list
    const inline = /^(?:proc[ée]dure\s+d['’])?escalade\b[^:]{0,80}:\s*(\d{1,2}[.)]\s.+)$/i.exec(
      text,
    );
    if (inline) {
      const items = inline[1]!
        .split(/\s+[–—-]\s+(?=\d{1,2}[.)]\s)|\s*;\s*(?=\d{1,2}[.)]\s)/)
        .map((t) => t.replace(/[.\s]+$/, ''));
      if (items.length >= 2 && items.every((t) => /^\d{1,2}[.)]\s/.test(t))) {
        const view = makeCtx(items);
        for (const e of escalationList(view, 0, items.length, contacts))
          out.push({ ...e, sourceLine: i + 1, sourceText: lines[i] ?? '' });
        i = end;
        continue;
      }
    }
    if (!NO_ANSWER.test(text) || !TURNS_TO.test(text)) {
      i = end;
      continue;
    }
    if (!CIVILITY_AT.test(text)) {
      // « Escalade. En l'absence de réponse …, sont contactés successivement : » then a list
      // (or the list right under the lead, its items bulleted: « - Caf : Hervé X – … »)
      const lead = run.find((k, n) => /:\s*$/.test(lines[k] ?? '') && n < run.length - 1);
      // (or each item opened by its side: « Pour la Caf : Florence BRU, … »)
      const item = lead === undefined ? '' : (lines[lead + 1] ?? '');
      if (lead !== undefined && (/^\s*[-–•·*]\s/.test(item) || sideCueAtStart(item))) {
        out.push(...escalationList(ctx, lead + 1, to, contacts, addressedSide(text)));
      } else if (/:\s*$/.test(text)) {
        let k = end + 1;
        while (k < to && !lines[k]) k++;
        if (k < to) out.push(...escalationList(ctx, k, to, contacts, addressedSide(text)));
      }
      i = end;
      continue;
    }
    const view = makeCtx([text]);
    for (const e of escalationList(view, 0, 1, contacts)) {
      // each person back on the line of the paragraph that names them
      const name = e.value.name.split(/\s+/).pop() ?? '';
      const k = run.find((r) => (lines[r] ?? '').includes(name)) ?? i;
      out.push({ ...e, sourceLine: k + 1, sourceText: lines[k] ?? '' });
    }
    i = run[run.length - 1] ?? i;
  }
  return out;
}

/**
 * « Pour la Caf ⇥ ⇥ Pour le CCAS » over rows « 1er niveau ⇥ X – fonction – 01 … ⇥ 1er niveau ⇥
 * Y – … »: each side's levels in two columns of its own, side by side. The Caf's column is
 * read first, then the partner's, each person with the side its column's head names.
 */
function pairedLevels(
  lines: readonly string[],
  at: number,
  to: number,
): { persons: Person[]; last: number } | undefined {
  const head = (lines[at] ?? '').split('\t').map((c) => c.trim());
  const cues = head.filter(Boolean);
  if (cues.length !== 2 || cues.some((c) => c.length > 60)) return undefined;
  const sides = cues.map(sideCueAtStart);
  if (!sides[0] || !sides[1] || sides[0] === sides[1]) return undefined;
  const columns: Person[][] = [[], []];
  let last = at;
  for (let k = at + 1; k < to; k++) {
    const cells = (lines[k] ?? '').split('\t').map((c) => c.trim());
    if (cells.length !== 4) break;
    [0, 2].forEach((h, n) => {
      if (!cells[h + 1]) return;
      const p =
        levelLine(`${cells[h]}\t${cells[h + 1]}`) ?? levelLine(`Niveau 0 : ${cells[h + 1]}`);
      if (p) columns[n]!.push({ ...p, index: k, side: sides[n]! });
    });
    last = k;
  }
  if (last === at || !columns[0]!.length || !columns[1]!.length) return undefined;
  return { persons: [...columns[0]!, ...columns[1]!], last };
}

/** The side a person's own e-mail says when nothing else does: a Caf's domain, or another body's. */
function emailSide(email: string | undefined): Side | undefined {
  const domain = email?.split('@')[1]?.toLowerCase();
  if (!domain) return undefined;
  return /(?:^|\.)(?:caf|cnafmail|cnaf)\.fr$|^caf/.test(domain) ? 'caf' : 'partner';
}

/** « 1 – Caf ⇥ … », « Niveau 2 (partenaire) ⇥ … »: the side written in the level's cell. */
function withLevelSide<T extends { side?: Side }>(p: T | undefined, line: string): T | undefined {
  if (!p || p.side) return p;
  const level = /^(?:niveau\s*)?\d{1,2}\s*(?:[-–—:]\s*|\(\s*)([\p{L} '’]{3,40}?)\s*\)?\t/iu.exec(
    line,
  );
  const side = level ? structureSide(level[1]!) : undefined;
  return side ? { ...p, side } : p;
}

/** « Interlocuteur Caf », « Contacts de la Caf », « Référent du partenaire »: a header cell naming a side. */
function headerCellSide(cell: string): Side | undefined {
  const f = fold(cell).trim();
  const m =
    /^(?:interlocuteurs?|contacts?|referents?|correspondants?|personnes?)\s+(?:(?:de|a|chez|pour|du)\s+)?(?:la\s+|le\s+|l')?(caf|partenaire|ccas|cias|commune|mairie|collectivite)$/.exec(
      f,
    );
  if (!m) return undefined;
  return m[1] === 'caf' ? 'caf' : 'partner';
}
