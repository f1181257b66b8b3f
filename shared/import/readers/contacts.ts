/**
 * Annexe 1 – Les interlocuteurs: finds the sections (CAF side, partner side, or one table
 * with « Pour la Caf » / « Pour le partenaire » sub-headings) and reads their records in any
 * layout (see records.ts). A section that is there but yields nothing is reported unread.
 */
import type { Side } from '../../domain/schemas/vocabulary';
import { ROLES_BY_SIDE } from '../../domain/schemas/vocabulary';
import { fold, personKey } from '../text-tools';
import type { ContactValue, Extracted } from '../types';
import { findAnchor, foldLoose } from './anchors';
import { at, type Ctx, uniqueBy, unread } from './context';
import { isHeadingLine, isNumberedCapsHeading } from './paragraphs';
import { bodySide } from './body-side';
import { formRecords, MARK_GLYPHS, recordHeading } from './contact-forms';
import { isProseRegion, proseContacts } from './prose-contacts';
import {
  hasWrappedCells,
  joinLabelsAroundRows,
  joinNamesAboveRows,
  joinTitleLines,
  joinWrappedLabels,
  joinWrappedNames,
  readRecords,
  readWrappedRecords,
} from './records';
import { readColumnTable } from './records-column-pairs';
import { rowsFromCellLines } from './records-cell-lines';
import { readPersonColumns } from './records-person-columns';
import { detailsByLine } from './records-owners';
import { readSideGrid } from './records-side-grid';
import { namesByEmails } from './records-email-names';
import { roleLabel } from './records-roles';
import { bulletinTitle } from './segmentation';

export interface ContactSection {
  /** Heading line. */
  index: number;
  side?: Side;
}

/** The side a short heading names: « … à la Caf », « … chez le partenaire ». */
export function sideOf(text: string): Side | undefined {
  const f = foldLoose(text);
  const caf = /\bcaf\b|caisse d'allocations/.test(f);
  const partner =
    (/\bpartenaire\b(?!s)/.test(f) && !/\bdes partenaires\b/.test(f)) ||
    /\b(?:commune|ville|mairie|ccas|cias|c\.c\.a\.s|collectivite|communaute|metropole|epci|structure|organisme)\b/.test(
      f,
    );
  if (caf && !partner) return 'caf';
  if (partner && !caf) return 'partner';
  // « Interlocuteur à l'ARIL », « Contacts chez Habitat 08 »: a body named by its own name,
  // which is not the Caf's
  if (!caf && NAMED_BODY.test(text)) return 'partner';
  return undefined;
}

const NAMED_BODY =
  /\b(?:[Ii]nterlocuteurs?|[Cc]ontacts?|[Cc]orrespondants?|[Rr][ée]f[ée]rents?)\s+(?:[àa]|de|du|chez|pour|au sein de)\s+(?:l['’]\s?|la\s+|le\s+|les\s+)?\p{Lu}/u;

const COLUMN_HEADER =
  /^(?:fonctions?|qualite|telephones?|tel\.?|courriel|adresse (?:mel|mail|electronique)|mel|e-?mail|coordonnees)$/;

/** A heading of a contacts section (not a sentence, a list item or a « voir tableau » reference). */
export function contactSection(line: string): ContactSection | undefined {
  if (
    !line ||
    line.length > 100 ||
    /^[-–•·*o]\s/.test(line) ||
    /^[¹²³⁴⁵⁶⁷⁸⁹]/.test(line) ||
    /^\p{Ll}/u.test(line)
  )
    return undefined;
  const f = fold(line);
  if (/\bvoir\b|\bci-dessous\b|\btableau\b/.test(f) || /[.;]$/.test(line)) return undefined;
  const need = ['interl', 'locut', 'cuteur'];
  // (« Annexe 1 – Désignation des correspondants »: the Cafpro-era models; only as an annex's
  // or a list's heading, since « correspondant » also names a role)
  const correspondants =
    /^(?:(?:\d{1,2}|[ivx]{1,5})\s*[.)]\s+)?(?:annexe\b|(?:designation|liste) des correspondants\s*:?$)/.test(
      foldLoose(line),
    )
      ? findAnchor(line, 'correspondants', { need: ['corresp', 'ondant'] })
      : undefined;
  // (« ANNEXE 1 – QUI CONTACTER », « Annexe 2 – Liste des contacts », « Désignation des référents »:
  // an annex heading naming contacts)
  const contacts =
    /^annexe\s*(?:n\s?°\s*)?[\dIVX]+\s*[-–:.]?\s*(?:(?:liste|tableau|coordonnees|designation|fiches?)\s+(?:des|de|du)\s+)?(?:qui contacter|personnes?\s+(?:a contacter|ressources?)|(?:les\s+|vos\s+|nos\s+)?(?:contacts?|referents?)|annuaire(?: des contacts)?)(?:\s+(?:mcp|mon compte partenaire|de la convention|du partenariat|cdap))?\s*[?:]?\s*$/i.test(
      foldLoose(line),
    );
  if (contacts) return { index: -1 };
  const hit =
    findAnchor(line, 'interlocuteurs', { need }) ??
    findAnchor(line, 'interlocuteur', { need }) ??
    correspondants;
  if (!hit) return undefined;
  // « Interlocuteur ⇥ Fonction ⇥ Téléphone ⇥ Adresse mél »: a table's header row (an escalation
  // table's, in the contrat) naming no side, no heading of a contacts section
  if (
    line.includes('\t') &&
    !sideOf(line.split('\t')[0] ?? '') &&
    line.split('\t').some((c) => COLUMN_HEADER.test(foldLoose(c).trim()))
  )
    return undefined;
  // « Annexe 1 – Les interlocuteurs … », « Les interlocuteurs chez le partenaire », « Interlocuteurs Caf »
  // (« 6. ANNEXE 1 – INTERLOCUTEURS »: a section number may come first)
  const before = foldLoose(line.slice(0, hit.start))
    .replace(/^(?:\d{1,2}|[ivx]{1,5})\s*[.)]\s+(?=annexe)/, '')
    // (« 7. Les interlocuteurs », « Article 9 – Interlocuteurs »: a section of its own)
    .replace(
      /^(?:article\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,5})\s*[.)–:-]?(?:\s+(?!annexe)|\s*$)/,
      '',
    )
    .replace(
      // (« ANNEXE 1 AU CONTRAT DE SERVICE – LISTE DES INTERLOCUTEURS »: the document it annexes)
      /^annexe\s*n?[°o]?\s*[\dIVXl.]*(?:\s*(?:bis|ter))?(?:\s*\(?\s*suite(?:\s+et\s+fin)?\s*\)?)?(?:\s*(?:a|au|a la|de la|du)\s+(?:present\s+|presente\s+)?(?:contrat de services?|convention)\b)?\s*[-:–.]?\s*/i,
      '',
    );
  if (
    !/^(?:(?:les?|la|liste|tableau|coordonnees|designation|des|vos|nos|principaux|fiches?)\s*){0,3}$/.test(
      before.trim(),
    )
  )
    return undefined;
  // « Les interlocuteurs suivants sont à contacter … »: a sentence, not a heading
  if (/\b(?:sont|est|seront|doivent|peuvent|suivants?)\b/.test(foldLoose(line.slice(hit.end))))
    return undefined;
  const side = sideOf(line.slice(hit.end));
  return { index: -1, ...(side ? { side } : {}) };
}

/**
 * « Responsable Mon Compte ⇥ Nadine PEYRAT ⇥ … » then « Partenaire » alone: the end of the
 * row's label wrapped onto a row of its own (its other cells empty), no side's heading — the
 * label with it is one role's whole label.
 */
function wrappedLabelTail(lines: readonly string[], j: number): boolean {
  const word = (lines[j] ?? '').trim();
  if (!/^(?:caf|partenaire)\s*:?$/i.test(word)) return false;
  const above = lines[j - 1] ?? '';
  if (!above.includes('\t')) return false;
  const label = `${above.split('\t')[0]!.trim()} ${word}`;
  const hit = roleLabel(label);
  return !!hit && hit.end >= label.length - 1;
}

/** The side every e-mail of a section's records points to (a Caf domain or not); undefined when mixed or none. */
export function sideOfEmails(records: { emails: string[] }[]): Side | undefined {
  const domains = records.flatMap((r) => r.emails).map((e) => e.split('@')[1]?.toLowerCase() ?? '');
  if (domains.length === 0) return undefined;
  const caf = domains.map((d) => /(?:^|\.)(?:caf|cnafmail|cnaf)\.fr$|^caf/.test(d));
  if (caf.every(Boolean)) return 'caf';
  if (caf.every((c) => !c)) return 'partner';
  return undefined;
}

// (« Pour la Commune de La Couronne », « Pour le CCAS de Mirande : »: the body's own name may follow;
// « À la Caf : », « Au CCAS », « Auprès de la Caf »)
const SUB_SIDE =
  /^(?:pour|c[ôo]t[ée]|chez|[àa]|au|aupr[èe]s\s+d[eu]|au\s+sein\s+d[eu]|du\s+c[ôo]t[ée]\s+d[eu]|interlocuteurs?\s+(?:de|du|chez))\s+(?:la|le|l')?\s*(caf|partenaire|commune|ville|mairie|ccas|cias|communaut[ée] de communes|communaut[ée] d'agglom[ée]ration|association|syndicat|[ée]tablissement|d[ée]partement|centre (?:communal|intercommunal))\b(?:\s+(?:de|du|des|d')\s*[^:.;@\d]{1,60}|(?<=association|syndicat|[ée]tablissement)\s+[^:.;@\d]{1,60})?\s*:?$|^(caf|partenaire)\s*:?$/i;

// (a side's sub-heading may also sit behind an empty box or a rule: « □ », « === », « ** »)
const SUB_MARK = new RegExp(`^(?:[${MARK_GLYPHS}□=*]+\\s*)+(?=\\p{L})`, 'u');

/**
 * The side a sub-heading of the annex names: « Pour la Caf », « Partenaire : », or a numbered
 * « 2. Les interlocuteurs chez le partenaire » / « B) Interlocuteurs de la Caf ».
 */
export function subHeadingSide(raw: string): Side | undefined {
  // (« >> CÔTÉ CAF DE LA RÉUNION », « ■ Pour le partenaire »: a decoration before the heading)
  const line = raw
    .replace(SUB_MARK, '')
    .replace(/(?<=\p{L}\s*:?)\s*[=*<«]{2,}\s*$/u, '')
    // (« CÔTÉ PARTENAIRE (ARMOR OCÉAN HABITAT) »: the body's name in brackets)
    .replace(/(?<=\p{L})\s*\([^()]{2,60}\)\s*:?\s*$/u, '')
    // (« — CÔTÉ CAF DU GARD — »: dashes around the heading)
    .replace(/^[–—-]+\s*(?=\p{L})|(?<=\p{L})\s*[–—-]+$/gu, '');
  // a table's header row « Rôle ⇥ Interlocuteur à l'ARIL »: one table per side
  const header = /^\s*(?:r[ôo]les?|fonctions?|qualit[ée]s?)\s*\t\s*([^\t]+?)\s*$/iu.exec(line);
  if (header) return NAMED_BODY.test(header[1]!) ? sideOf(header[1]!) : undefined;
  const sub = SUB_SIDE.exec(line);
  if (sub) return /caf/i.test(sub[1] ?? sub[2] ?? '') ? 'caf' : 'partner';
  // (« CÔTÉ HABITAT GARDOIS »: « côté » names a side, whatever the partner's name)
  const cote =
    /^c[ôo]t[ée]\s+(?:d[eu]\s+|de\s+la\s+|de\s+l'|des\s+)?([^:.;@\d\t]{2,60}?)\s*:?$/iu.exec(line);
  if (cote) return /^(?:la\s+|l')?caf\b/i.test(cote[1]!) ? 'caf' : 'partner';
  const body = bodyHeadingSide(line);
  if (body) return body;
  // (« I.1 – Côté Caf du Haut-Rhin »: an annex numbered in Roman figures; « A/ Interlocuteurs
  // de la Caf »)
  const numbered =
    /^(?:(?:\d{1,2}|[IVX]{1,4})(?:\.\d{1,2})*|[A-Ha-h])\s*[.)–/-]?\s*[.)–/-]\s*(?=\p{L})/u.exec(
      line,
    );
  if (!numbered) return undefined;
  const rest = line.slice(numbered[0].length);
  const named = SUB_SIDE.exec(rest);
  if (named) return /caf/i.test(named[1] ?? named[2] ?? '') ? 'caf' : 'partner';
  return contactSection(rest)?.side;
}

/**
 * « Caf de la Martinique », « CCAS de Châtellerault », « Association Kay Solidarité »: a line
 * that is only a body's name, above the rows of that body's persons. No tab, e-mail, digit or
 * sentence; the Caf's name or a partner's kind of body first.
 */
export function bodyHeadingSide(line: string): Side | undefined {
  const t = line.trim().replace(/\s*:$/, '');
  if (!t || t.length > 70 || /[\t@\d;]|[.,]$/.test(t) || /:/.test(t)) return undefined;
  if (!/^\p{Lu}/u.test(t) || roleLabel(t) || /^(?:le\s+|la\s+)?partenaire\b/i.test(t))
    return undefined;
  // (« Caf de X – administrateur – Rémi C. »: a person's card, no sub-heading)
  if (recordHeading(t)) return undefined;
  return bodySide(t);
}

/**
 * « Annexe 1 (suite) », « ANNEXE 1 – SUITE ET FIN », « (suite) »: a heading repeated after a
 * page break that names nothing new; the table goes on under it.
 */
export function isContinuationHeading(line: string): boolean {
  const f = foldLoose(line).trim();
  return /^(?:annexe\s*n?[°o]?\s*[\divxl.\-–/]*\s*)?[-:–.(\s]*suite(?:\s+et\s+fin)?\s*\)?\s*[:.–-]?$/.test(
    f,
  );
}

function sectionEnd(ctx: Ctx, from: number): number {
  for (let j = from; j < ctx.lines.length && j < from + 80; j++) {
    const row = ctx.lines[j] ?? '';
    if (!row || isContinuationHeading(row)) continue;
    if (
      (isHeadingLine(row) && (!/^\d/.test(row) || isNumberedCapsHeading(row))) ||
      bulletinTitle(ctx.lines, j) ||
      contactSection(row)
    )
      return j;
    if (
      /^fait\s+[àa](?=\s)/i.test(row) ||
      (row.length > 220 && !row.includes('\t') && !row.includes('@'))
    )
      return j;
  }
  return Math.min(ctx.lines.length, from + 80);
}

export function contactsAnnex(ctx: Ctx): {
  contacts: Extracted<ContactValue>[];
  reassigned: boolean;
  sections: number[];
} {
  const all: Extracted<ContactValue>[] = [];
  /** Contacts read with others from one row (« Administrateurs : X / Y »). */
  const shared = new Set<Extracted<ContactValue>>();
  const sections: number[] = [];
  for (let i = 0; i < ctx.lines.length; i++) {
    const section = contactSection(ctx.lines[i] ?? '');
    if (!section) continue;
    sections.push(i);
    const end = sectionEnd(ctx, i + 1);
    // a table given one cell per line: its rows put back on one line each
    const lines = semicolonCells(
      rowsFromCellLines(ctx.lines, i + 1, end, (l) => Boolean(subHeadingSide(l))),
      i + 1,
      end,
    );
    // sub-headings « Pour la Caf » / « Pour le partenaire » split the section
    const parts: { from: number; to: number; side?: Side }[] = [];
    let from = i + 1;
    let side = section.side;
    for (let j = i + 1; j < end; j++) {
      const subSide = subHeadingSide(lines[j] ?? '');
      if (!subSide || wrappedLabelTail(lines, j)) continue;
      parts.push({ from, to: j, ...(side ? { side } : {}) });
      side = subSide;
      from = j + 1;
    }
    parts.push({ from, to: end, ...(side ? { side } : {}) });
    let read = 0;
    let flagged = 0;
    for (const part of parts) {
      const before = read;
      const wrappedCells = hasWrappedCells(lines, part.from, part.to);
      const unreadRows: number[] = [];
      // « [Caf – Administrateur local] » then « Nom : … » lines: each record names its side
      // paragraphs of sentences are no table: they go to the prose reader below
      const prose = isProseRegion(lines, part.from, part.to);
      const forms = prose ? [] : formRecords(lines, part.from, part.to, part.side);
      // « Rôle ⇥ Caf ⇥ Partenaire » then « Administrateur ⇥ X … ⇥ Y … »: a column per side
      const grid = forms.length || prose ? undefined : readSideGrid(lines, part.from, part.to);
      // « ⇥ Administrateur ⇥ Suppléant … » then « Nom ⇥ X ⇥ Y … »: persons as columns
      const persons =
        forms.length || prose || grid ? undefined : readPersonColumns(lines, part.from, part.to);
      for (const k of persons?.unreadRows ?? []) {
        unread(
          ctx,
          'contacts',
          'une ligne de l’annexe des interlocuteurs (des cellules vides ont disparu : à qui sont ces valeurs ?)',
          k,
        );
        flagged++;
      }
      // « Fonction » then every label, « Nom » then every name…: a table read column by column
      const columns =
        forms.length || prose || grid || persons
          ? undefined
          : readColumnTable(lines, part.from, part.to);
      for (const k of columns?.unreadColumns ?? []) {
        unread(
          ctx,
          'contacts',
          'une colonne de l’annexe des interlocuteurs (des cellules vides ont disparu : à qui sont ces valeurs ?)',
          k,
        );
        flagged++;
      }
      const records = prose
        ? []
        : forms.length
          ? forms
          : grid
            ? grid
            : persons
              ? persons.records
              : columns
                ? columns.records
                : wrappedCells
                  ? readWrappedRecords(lines, part.from, part.to, unreadRows)
                  : readRecords(
                      repairedRows(lines, part.from, part.to),
                      part.from,
                      part.to,
                      unreadRows,
                    );
      if (!forms.length && !grid && !columns && !persons)
        namesByEmails(records, lines, part.from, part.to);
      for (const k of unreadRows) {
        if (!part.side) continue;
        unread(ctx, 'contacts', 'une ligne de l’annexe des interlocuteurs (fonction illisible)', k);
        flagged++;
      }
      for (const r of records) {
        // no side named by the section: the records' e-mail domains decide, all of them agreeing
        const named = r.side ?? part.side ?? sideOfEmails(records);
        // a person of the Caf writes from a Caf address: a « Caf » row whose every e-mail is
        // another body's belongs to the partner (a side cell or sub-heading misread)
        const side =
          named === 'caf' &&
          sideOfEmails([r]) === 'partner' &&
          ROLES_BY_SIDE.partner.includes(r.role)
            ? 'partner'
            : named;
        if (!side) continue;
        // (« Responsable sécurité et DPO »: one person, a contact for each role)
        for (const held of [r.role, ...(r.also ?? [])]) {
          let role = held;
          if (side === 'caf' && role === 'administrateur-suppleant') role = 'administrateur';
          if (!ROLES_BY_SIDE[side].includes(role)) continue;
          if (r.names.length > 1) {
            // several persons for one function: kept when the cell wrote them together
            // (« X / Y ») or the label is plural, each with the shared mailbox and the phone of
            // the same rank (no phone when the counts differ); otherwise never guessed
            const together = r.names.every((n) => n.several) || r.plural;
            if (!together) {
              unread(
                ctx,
                'contacts',
                'une ligne de l’annexe des interlocuteurs (plusieurs noms pour une fonction)',
                r.index,
              );
              flagged++;
              continue;
            }
            const note =
              'Plusieurs personnes pour une même fonction dans l’annexe : vérifiez qui reçoit quel téléphone.';
            // (a row per person under a merged role cell: each person's own row decides)
            const byLine = detailsByLine(r);
            for (const [k, n] of r.names.entries()) {
              const own = byLine?.[k];
              const email = own
                ? own.emails[0]
                : r.emails.length === 1
                  ? r.emails[0]
                  : r.emails.length === r.names.length
                    ? r.emails[k]
                    : undefined;
              const phones = own
                ? own.phones
                : r.phones.length === r.names.length
                  ? [r.phones[k]!]
                  : [];
              const c = at(
                ctx,
                own ? n.index : r.index,
                {
                  side,
                  role,
                  name: n.value,
                  ...(email ? { email } : {}),
                  phones,
                },
                'medium',
                note,
                r.corrected,
              );
              // (a merged cell over a row per person is no « X / Y » written on purpose: two
              // administrators and no deputy then follow the rule for any annex)
              if (!own) shared.add(c);
              all.push(c);
            }
            read++;
            continue;
          }
          const name = r.names[0]?.value;
          if (!name && r.emails.length === 0 && r.phones.length === 0) continue;
          read++;
          all.push(
            at(
              ctx,
              r.index,
              {
                side,
                role,
                ...(name ? { name } : {}),
                ...(r.emails[0] ? { email: r.emails[0] } : {}),
                phones: r.phones,
              },
              'high',
              undefined,
              r.corrected,
            ),
          );
        }
      }
      if (read > before || flagged) continue;
      // nothing read as a table: the contacts may be written as sentences; in an annex or a
      // section naming its side, or where they designate the administrators (a contrat's
      // article « Les interlocuteurs » naming its escalation persons is none)
      const sentences = proseContacts(ctx, part.from, part.to, part.side);
      const designated = sentences.some((c) => c.role.startsWith('administrateur'));
      if (!(/^annexe/i.test(ctx.lines[i] ?? '') || section.side || designated)) continue;
      for (const c of sentences) {
        const role =
          c.side === 'caf' && c.role === 'administrateur-suppleant' ? 'administrateur' : c.role;
        if (!ROLES_BY_SIDE[c.side].includes(role)) continue;
        read++;
        const e = at(
          ctx,
          c.index,
          {
            side: c.side,
            role,
            ...(c.name ? { name: c.name } : {}),
            ...(c.email ? { email: c.email } : {}),
            phones: c.phones,
          },
          'medium',
          'Lu dans une phrase de l’annexe : vérifiez.',
          c.corrected,
        );
        if (c.together) shared.add(e);
        all.push(e);
      }
    }
    const isAnnex = /^annexe/i.test(ctx.lines[i] ?? '') || section.side !== undefined;
    if (
      read === 0 &&
      flagged === 0 &&
      isAnnex &&
      end > i + 1 &&
      ctx.lines.slice(i + 1, end).some((l) => /\p{L}{3}/u.test(l) || l.includes('@'))
    ) {
      unread(ctx, 'contacts', 'une annexe des interlocuteurs', i);
    }
  }
  // the same annex twice: keep one of each
  const contacts = uniqueBy(all, (c) =>
    [
      c.value.side,
      c.value.role,
      personKey(c.value.name ?? ''),
      (c.value.email ?? '').toLowerCase(),
    ].join('|'),
  );
  // Two « Administrateur » and no suppléant on the partner side: the second is the suppléant.
  // (not when the annex named them together: two administrators on purpose)
  const partnerAdmins = contacts.filter(
    (c) => c.value.side === 'partner' && c.value.role === 'administrateur',
  );
  const hasDeputy = contacts.some(
    (c) => c.value.side === 'partner' && c.value.role === 'administrateur-suppleant',
  );
  let reassigned = false;
  const second = partnerAdmins[1];
  if (
    partnerAdmins.length === 2 &&
    !hasDeputy &&
    second &&
    !partnerAdmins.some((c) => shared.has(c))
  ) {
    second.value = { ...second.value, role: 'administrateur-suppleant' };
    second.confidence = 'low';
    second.note =
      'L’annexe désigne deux « Administrateur » et aucun suppléant : le second est pris comme Administrateur suppléant. Confirmez.';
    reassigned = true;
  }
  return { contacts, reassigned, sections };
}

/**
 * Rows a layout spread over several lines, put back on one line each before the records are
 * read, in this order: a name above its row, a label cut around its row, a label wrapped onto
 * the next lines, a job title line under a « Nom et fonction » cell, a family name wrapped
 * under its given name. Each returns a copy with the same line numbers.
 */
/**
 * « Rôle ; Nom ; Courriel ; Téléphone » then « CAF – Responsable … ; Christine MALRIEU ; x@… ;
 * 04 … »: a table typed with semicolons between its cells (two rows so at least), its cells
 * put apart as a table's.
 */
export function semicolonCells(
  lines: readonly string[],
  from: number,
  to: number,
): readonly string[] {
  const rows = (l: string) => (l.match(/\s;\s|\s;$|;\s/g) ?? []).length >= 2;
  const count = lines
    .slice(from, to)
    .filter((l) => rows(l ?? '') && DETAIL_IN.test(l ?? '')).length;
  if (count < 2) return lines;
  return lines.map((l, k) =>
    k >= from && k < to && rows(l ?? '') && !l.includes('\t')
      ? l
          .split(/\s*;\s*/)
          .map((c) => c.trim())
          .join('\t')
          .replace(/\t+$/, '')
      : l,
  );
}

const DETAIL_IN = /@|(?:^|\D)0[1-9](?:[\s.-]?\d{2}){4}(?!\d)/;

const ROW_REPAIRS = [
  joinNamesAboveRows,
  joinLabelsAroundRows,
  joinWrappedLabels,
  joinTitleLines,
  joinWrappedNames,
];

function repairedRows(lines: readonly string[], from: number, to: number): readonly string[] {
  return ROW_REPAIRS.reduce<readonly string[]>((out, repair) => repair(out, from, to), lines);
}
