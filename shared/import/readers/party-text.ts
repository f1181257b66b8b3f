/**
 * The words of a parties block, read line by line or sentence by sentence: the anchors
 * between the parties, « Représenté(e) par », the CAF's name, a party written as one
 * sentence, determiners, and « Partenaire : X » lines.
 */
import {
  CIVILITY,
  findEmails,
  findPhones,
  fixAcronyms,
  isPlaceholder,
  looksLikePersonName,
  parsePerson,
} from '../text-tools';
import { findAnchor, findAny, foldLoose } from './anchors';
import { wordsOf } from './ocr';
import type { Candidate, Ctx } from './context';

/** The line between the parties: « et », « ET : », « et d'autre part ». */
// (« Et », « ET : », « Et d'autre part : », « et, d'autre part, »)
export const AND_LINE = /^et\b\s*,?\s*(?:d'autre part)?\s*[,:]?$/i;

export const DENOMME = [
  'ci apres denomme',
  'ci apres designe',
  'ci apres appele',
  'ci dessous denomme',
  'designe ci apres',
  'denomme ci apres',
  'appele ci apres',
  // (« ci-après « la Caf » », « ci-après « le partenaire » »: the participle left out)
  'ci apres la caf',
  'ci apres le partenaire',
];
export const END = ['il est convenu', 'il a ete convenu', 'preambule', 'sommaire'];
export const CAF_WORDS = "caisse d'allocations familiales";

export const stripEnd = (s: string) => s.replace(/[\s,;.]+$/, '').trim();

/** « Représenté(e) par : X » → X (possibly empty); undefined when the line is no such label. */
export function representedBy(line: string): { rest: string; corrected: boolean } | undefined {
  const hit = findAny(line, ['represente par', 'representee par', 'represente(e) par'], {
    atStart: true,
  });
  if (!hit) return undefined;
  let rest = line.slice(hit.end);
  rest = rest.replace(/^\s*\(?e?\)?\s*[:,]?\s*/, '');
  return { rest: stripEnd(withoutClause(rest)), corrected: hit.corrected };
}

/**
 * « Représentée par son Directeur » with the person alone on the next line (« Monsieur Olivier
 * GIRARD »): that person's name and line. Only a line that is a civility and a name.
 */
export function personBelow(
  lines: readonly string[],
  j: number,
): { name: string; index: number } | undefined {
  for (let k = j + 1; k < j + 3 && k < lines.length; k++) {
    const l = (lines[k] ?? '').trim();
    if (!l) continue;
    if (l.length > 60 || !/^(?:M\.|Mme|Mlle|Madame|Monsieur|Mademoiselle)\s+\p{Lu}/u.test(l))
      return undefined;
    const p = parsePerson(stripEnd(l));
    return p.name && !p.title && !/[,:]/.test(l) ? { name: p.name, index: k } : undefined;
  }
  return undefined;
}

/**
 * « M. X, agissant en qualité de Vice-Président délégué à …, dûment habilité par … » → « M. X,
 * Vice-Président délégué à … »: « agissant en qualité de » introduces the title; the clause
 * that says by what right the person signs (« agissant en vertu de », « dûment habilité »,
 * « autorisé par délibération », « par délégation du conseil ») is no part of it.
 */
export function withoutClause(rest: string): string {
  return (
    rest
      // (« M. X, en sa qualité de Directeur »: the same without « agissant »)
      .replace(
        /,?\s*(?:agissant\s+)?(?:en\s+(?:sa\s+)?qualit[ée]\s+de|(?<=agissant\s+)comme)\s+/iu,
        ', ',
      )
      .replace(
        /,?\s*(?:agissant|d[ûu]ment|en vertu|habilit[ée]e?|autoris[ée]e?|mandat[ée]e?|conform[ée]ment|ci-?\s*apr[èe]s|(?:par|sur)\s+d[ée]l[ée]gation|en application|en ex[ée]cution|au titre d)(?!\p{L}).*$/iu,
        '',
      )
  );
}

/** « la Commune de X » → « Commune de X »: no determiner before an organisation word. */
/**
 * « Centre intercommunal d'action sociale du Sammiellois (CIAS du Sammiellois) », « Syndicat … des
 * Coëvrons (SIVU EJC) »: the short name in brackets after the full one is an alias, no part of
 * the name (an acronym, possibly with a place). A bracket that says something else stays.
 */
export function withoutAlias(name: string): string {
  const m = /^(.{8,}?)\s*\(([^()]{2,60})\)$/.exec(name.trim());
  if (!m) return name;
  const alias = m[2]!.trim();
  return /^\p{Lu}{2,}\b/u.test(alias) ? m[1]!.trim() : name;
}

export function withoutDeterminer(raw: string): string {
  // (« Et l'association Centre social Agora »: the cue of the second party left before it)
  const name = raw.replace(/^(?:et|entre)\s*,?\s+(?=(?:la|le|les|l['’])\s*\p{L})/iu, '');
  const bare = withoutDescriptor(name).replace(
    /^(?:la|le|les|l')\s*(?=(?:c\.\s?c\.\s?a\.\s?s|c\.\s?i\.\s?a\.\s?s|commune|ville|mairie|centre|ccas|cias|communaut[ée]|m[ée]tropole|syndicat|association|d[ée]partement|conseil|[ée]tablissement|caisse|r[ée]gion|office|agence|union|maison|p[ôo]le|r[ée]sidence|epci|sivu|sivom|f[ée]d[ée]ration|mission locale)(?![\p{L}]))/iu,
    '',
  );
  // (« l'EHPAD public Résidence du Parc », « l'UDAF »: an acronym opens the name)
  if (bare === name && /^[Ll]['’]\s?\p{Lu}{3,}(?![\p{Ll}])/u.test(name))
    return name.replace(/^[Ll]['’]\s?/, '');
  // (« l'association « X » » read as « association « X » »: a name starts with a capital)
  return bare === name ? name : bare.charAt(0).toLocaleUpperCase('fr') + bare.slice(1);
}

/**
 * « l'association Mission Locale du Comminges »: a generic noun in lower case before a name in
 * capitals describes the body and is no part of its name (« Association Tutélaire … » is).
 */
function withoutDescriptor(name: string): string {
  const bare = name.replace(
    /^(?:(?:[Ll]a|[Ll]['’])\s*)?(?:association|structure|organisme)\s+(?=["«“]?\s*\p{Lu})/u,
    '',
  );
  // (« l'association « Aide et Présence » »: the name in its quotes)
  if (bare === name) return name;
  return /^["«“]\s*([^"«“»”]+?)\s*["»”]$/.exec(bare)?.[1] ?? bare;
}

/** « Caisse d'AIlocations famiIiales de l'Ain » → the anchor's words, then the rest of the line. */
export function cafName(line: string): { value: string; corrected: boolean } | undefined {
  const hit = findAnchor(line, CAF_WORDS, { need: ['caisse', 'allocat', 'famil'] });
  if (!hit || hit.start > 12) return undefined;
  // the name stops where the description of the body starts (a wrapped line joined to it)
  const text = line.replace(
    // (« … Seine-Maritime Organismevisé par … »: OCR may glue the next word to « organisme »)
    // (« … du Var (ci-après « la Caf »), représentée … »: the alias in brackets too)
    /[\s,]+(?:organisme(?:\b|(?=vis))|\(\s*ci\s*-?\s*(?:apr[èe]s|dessous)\b|(?:dont le si[èe]ge|repr[ée]sent[ée]e?|sise?|immatricul[ée]e?|[ée]tablissement public)\b).*$/i,
    '',
  );
  const raw = stripEnd(text.slice(hit.start));
  if (!hit.corrected) return { value: raw, corrected: false };
  return {
    value: stripEnd(`Caisse d'allocations familiales${text.slice(hit.end)}`),
    corrected: true,
  };
}

/**
 * « Caisse d'allocations familiales de la Côte-d'Or Commune de Chenôve »: the partner's name
 * glued after the CAF's (two columns whose gap was lost). The CAF's name keeps a place; the
 * partner's starts with the word of a local body. Undefined when the line is the CAF's only.
 */
export function gluedPartner(value: string): { caf: string; partner: string } | undefined {
  const m =
    /^(.*?\bfamiliales\s+\S.*?)\s+((?:la |le |l')?(?:commune|ville|mairie|ccas|cias|centre (?:inter)?communal|communaut[ée]|m[ée]tropole|syndicat|conseil d[ée]partemental|d[ée]partement)(?![\p{L}]).*)$/iu.exec(
      value,
    );
  if (!m || !/\p{L}{3}/u.test(m[2]!.replace(/^\S+/, ''))) return undefined;
  return { caf: stripEnd(m[1]!), partner: stripEnd(m[2]!) };
}

/** Splits on commas outside quotes and parentheses, with each piece's offset. */
function commaPieces(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let depth = 0;
  let quote = false;
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    const c = text[k];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '"') quote = !quote;
    if (k === text.length || (c === ',' && depth === 0 && !quote)) {
      const raw = text.slice(from, k);
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim()) out.push({ text: raw.trim(), at: from + lead });
      from = k + 1;
    }
  }
  return out;
}

export const DESCRIPTIVE =
  /^(?:organisme|[ée]tablissement|collectivit[ée]|personne morale|soumis|sis|immatricul|association (?:r[ée]gie|d[ée]clar[ée]e|loi)|dont le si[èe]ge|repr[ée]sent[ée]|vis[ée]e?\s+(?:par|aux?)\b|r[ée]gie?s?\s+par\b|charg[ée]e?\s+d)/i;

interface InlineParty {
  name?: { value: string; at: number };
  address?: { value: string; at: number };
  rep?: { value: string; at: number; corrected: boolean };
  /** « tél. 05 90 82 05 44 » written among the party's details. */
  phone?: { value: string; at: number };
  /** « Mél : accueil@… » written among the party's details. */
  email?: { value: string; at: number };
  named: boolean;
}

/**
 * A party written as one sentence: « La Caisse …, 215 chemin de Gibbes, 13014 Marseille,
 * représentée par son Directeur général, Monsieur Bertrand AUBIN, ci-après dénommée « la Caf » ».
 */
export function inlineParty(text: string): InlineParty {
  const pieces = commaPieces(text);
  const out: InlineParty = { named: false };
  const address: { text: string; at: number }[] = [];
  let afterRep = false;
  for (let k = 0; k < pieces.length; k++) {
    let piece = pieces[k]!;
    // « 28 rue X – 42328 ROANNE CEDEX (SIRET 264 …) »: the identifier in brackets is no address
    const bracket = /\s*\((?:n\s?°\s*)?s[il1|]re[tn]\b[^)]*\)/i.exec(piece.text);
    if (bracket && k > 0)
      piece = { ...piece, text: piece.text.replace(bracket[0], ' ').replace(/\s+/g, ' ').trim() };
    // « Directrice (courriel : x@… ; tél. 04 …) »: the party's details in brackets after a
    // piece; read, and the piece goes on without them
    const details =
      k > 0
        ? /\s*\((?=[^()]*\b(?:t[ée]l|courriel|m[ée]l|e-?mail)\b)([^()]*)\)?\s*$/i.exec(piece.text)
        : null;
    if (details && details.index > 0) {
      const phone = findPhones(details[1]!)[0];
      const email = findEmails(details[1]!)[0];
      if (phone && !out.phone)
        out.phone = { value: phone, at: piece.at + piece.text.indexOf(phone) };
      if (email && !out.email)
        out.email = { value: email, at: piece.at + piece.text.indexOf(email) };
      piece = { ...piece, text: piece.text.slice(0, details.index).trim() };
    }
    // « La Caisse … du Var (ci-après « la Caf »), représentée par … »: the alias in brackets
    const alias = /\s*\(\s*ci\s*-?\s*(?:apr[èe]s|dessous)\b[^()]*\)/i.exec(piece.text);
    if (alias) {
      out.named = true;
      piece = { ...piece, text: piece.text.replace(alias[0], ' ').replace(/\s+/g, ' ').trim() };
    }
    const f = foldLoose(piece.text);
    if (/^ci\s*-?\s*(?:apres|dessous)/.test(f)) {
      out.named = true;
      // (« La Caisse …, ci-après « la Caf », représentée par M. X, Directeur »: the alias
      // before the representative; the party goes on)
      if (pieces[k + 1] && representedBy(pieces[k + 1]!.text)) continue;
      break;
    }
    if (k === 0) {
      out.name = { value: stripEnd(piece.text), at: piece.at };
      continue;
    }
    // (« SlRET : 260 … »: an OCR's l for I)
    if (/^d'(?:une|autre) part/.test(f)) continue;
    // (« SIRET : … – Tél. : … – Mél : … »: the number is the identifiers reader's, the
    // phone and e-mail after it the party's)
    if (/\bs[il1|]re[tn]\b/.test(f)) {
      const phone = findPhones(piece.text)[0];
      const email = findEmails(piece.text)[0];
      if (phone && !out.phone)
        out.phone = { value: phone, at: piece.at + piece.text.indexOf(phone) };
      if (email && !out.email)
        out.email = { value: email, at: piece.at + piece.text.indexOf(email) };
      continue;
    }
    const rep = representedBy(piece.text);
    if (rep) {
      const parts = [rep.rest];
      // « représentée par son Maire, Madame Nathalie ARNAUD »: the person may take the next piece
      const raw = pieces[k + 1];
      // (« …, en sa qualité de Directeur »: the title after its introducer)
      const next = raw && {
        ...raw,
        text: raw.text.replace(/^(?:agissant\s+)?en\s+(?:sa\s+)?qualit[ée]\s+de\s+/iu, ''),
      };
      if (
        next &&
        next.text.length <= 60 &&
        !/^ci\s*-?\s*apr|d[ûu]ment|agissant|habilit|vertu|sire[tn]|\d/iu.test(next.text)
      ) {
        const p = parsePerson(next.text);
        if (p.name || p.title) {
          parts.push(next.text);
          k++;
        }
      }
      out.rep = { value: parts.filter(Boolean).join(', '), at: piece.at, corrected: rep.corrected };
      afterRep = true;
      continue;
    }
    // « tél. 05 90 82 05 44 », « courriel x@… »: the party's phone and e-mail, no part of its
    // address, wherever they stand (after the representative too)
    // (« (tél. 04 …, courriel : x@…) »: in brackets after the representative, both in one piece)
    const bare = piece.text.replace(/^[([\s]+/, '');
    const tel = /^t[ée]l(?:[ée]phone)?\.?\s*:?\s*/i.test(bare);
    const mail = /^(?:courriel|m[ée]l|e-?mail|adresse (?:[ée]lectronique|mail))\b/i.test(bare);
    if (tel || mail) {
      const phone = findPhones(piece.text)[0];
      const email = findEmails(piece.text)[0];
      if (phone && !out.phone)
        out.phone = { value: phone, at: piece.at + Math.max(0, piece.text.indexOf(phone)) };
      if (email && !out.email)
        out.email = { value: email, at: piece.at + piece.text.indexOf(email) };
      continue;
    }
    if (afterRep) continue;
    // « sis Rue Achille René-Boisneuf », « sise 4 place … »: the address follows
    const sis = /^(?:sise?|situ[ée]e?)\s+(?:(?:à|au)\s+)?/i.exec(piece.text);
    if (
      sis &&
      /\d|^(?:place|rue|avenue|boulevard|all[ée]e|chemin|quai|cours|impasse|route)\b/i.test(
        piece.text.slice(sis[0].length),
      )
    ) {
      address.push({ text: piece.text.slice(sis[0].length), at: piece.at + sis[0].length });
      continue;
    }
    // « ayant son siège Place Péragut »: the seat said another way
    const having = /^ayant son si[èe]ge(?:\s+social)?\s*(?:(?:à|au|:)\s*)?/i.exec(piece.text);
    if (having && piece.text.length > having[0].length) {
      address.push({ text: piece.text.slice(having[0].length), at: piece.at + having[0].length });
      continue;
    }
    // (« établissement public médico-social dont le siège est 12 chemin … »: after a
    // description too)
    const seat =
      findAnchor(piece.text, 'dont le siege', { atStart: true }) ??
      (DESCRIPTIVE.test(piece.text) || /^\p{Ll}/u.test(piece.text)
        ? findAnchor(piece.text, 'dont le siege')
        : undefined);
    if (seat) {
      const v = piece.text
        .slice(seat.end)
        .replace(
          /^\s*(?:social\s*)?(?:est\s*)?(?:(?:situ[ée]|fix[ée]|[ée]tabli)e?\s*)?(?:à|au|:)?\s*/i,
          '',
        );
      if (v) address.push({ text: v, at: piece.at + piece.text.length - v.length });
      continue;
    }
    const street =
      /^(?:place|rue|avenue|av\.|boulevard|bd|all[ée]e|chemin|quai|cours|impasse|route|square|esplanade|parvis|h[ôo]tel de ville)\b/i.test(
        piece.text,
      );
    if (
      DESCRIPTIVE.test(piece.text) ||
      (/^\p{Ll}/u.test(piece.text) && !/\d/.test(piece.text) && !street)
    )
      continue;
    address.push(piece);
  }
  if (address.length)
    out.address = { value: address.map((a) => stripEnd(a.text)).join(', '), at: address[0]!.at };
  return out;
}

const PARTNER_LABELS = [
  'nom du partenaire',
  'partenaire',
  'partenaires',
  'denomination du partenaire',
  'organisme partenaire',
];

/** « X – Référence de la convention : … », « X\tSIRET : … »: the value ends where another labelled field starts. */
export function beforeNextLabel(value: string): string {
  const next =
    /(?:\s+[–—|-]\s+|\t+|\s{3,})(?=[\p{L}'’ °.]{3,40}\s*:)/u.exec(value) ??
    // « Commune de X – Convention n° 2024-017 », « … – Convention réf. 2026/059 »: an
    // identifier's label, no colon
    /(?:\s+[–—|-]\s+|\t+|\s{3,}|\s*[,;(]\s*)(?=(?:(?:convention|contrat|dossier|r[ée]f(?:[ée]rence)?\.?)\s*(?:n\s?[°º*o]|num[ée]ro|no\.?)(?=[\s:\d])|n\s?[°º]\s*(?:de\s+(?:la\s+)?convention\s*)?:?\s*\d|r[ée]f(?:[ée]rence)?\.?\s*:?\s*\d|(?:convention|contrat|dossier)\s+r[ée]f(?:[ée]rence)?\.?\s*:?\s*\d))/iu.exec(
      value,
    ) ??
    // the column gap lost (OCR, spaces collapsed): a form's usual field label still starts one
    NEXT_FORM_LABEL.exec(value);
  return next ? value.slice(0, next.index).trim() : value;
}

/** « … N° de convention : », « … SIRET : », « … Date : »: a field label in the middle of a line. */
const NEXT_FORM_LABEL =
  /\s(?=(?:n\s?[°º]|(?:num[ée]ro|r[ée]f[ée]rence|siret|siren|date|adresse|t[ée]l[ée]phone|t[ée]l|courriel|m[ée]l|e-?mail|code)(?![\p{L}\d]))[\p{L}'’ °.]{0,30}:)/iu;

/** « Partenaire : X » / « Nom du partenaire : X » wherever it stands. */
export function partnerNameLines(ctx: Ctx): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  ctx.lines.forEach((line, i) => {
    const colon = line.indexOf(':');
    if (colon < 0 || colon > 32) return;
    const label = line.slice(0, colon);
    const hit = findAny(label, PARTNER_LABELS, { atStart: true });
    if (!hit || label.slice(hit.end).trim()) return;
    const v = stripEnd(
      beforeNextLabel(line.slice(colon + 1))
        // « CCAS de Flers — Caf de l'Orne »: the other party named after a dash
        .replace(/\s+[–—-]\s+(?:la\s+)?(?:caf|caisse d'allocations familiales)\b.*$/i, '')
        // « CCAS des Abymes Convention n° 971-… »: the column gap lost before the number
        .replace(/\s+(?:Convention|Contrat|Dossier)\s*(?:n\s?[°º]|N°|num[ée]ro)\s*:?\s*\d.*$/u, ''),
    );
    // (« - Partenaire : Sophie LEFEBVRE – Directrice – 03 … »: an escalation level, a person)
    const person =
      (findEmails(v).length > 0 || findPhones(v).length > 0) &&
      looksLikePersonName((v.split(/\s+[–—-]\s+|,/)[0] ?? '').replace(CIVILITY, '').trim());
    if (v && !person && !isPlaceholder(v) && /\p{L}{2}/u.test(v) && v.length <= 150) {
      out.push({
        value: withoutDeterminer(fixAcronyms(v)),
        index: i,
        confidence: 'high',
        corrected: hit.corrected,
        party: 'partner',
      });
    }
  });
  return out;
}

/**
 * A family name in capitals with a look-alike digit (« Bertrand VIAL1ARD, Maire »): read as
 * the one spelling the document writes elsewhere (« VIALLARD » under the signature), « 1 » or
 * « | » an L or an I, « 0 » an O; otherwise left as written.
 */
export function capsNameOcr(
  value: string,
  lines: readonly string[],
): { text: string; corrected: boolean } {
  const known = wordsOf(lines);
  const text = value.replace(
    /(?<![\p{L}\d])[\p{Lu}10|][\p{Lu}10|'-]{2,}(?![\p{L}\d])/gu,
    (word) => {
      const spots = [...word.matchAll(/[10|]/g)];
      const letters = (word.match(/\p{Lu}/gu) ?? []).length;
      if (!spots.length || spots.length > 3 || letters < 3) return word;
      let readings = [''];
      let from = 0;
      for (const m of spots) {
        const between = word.slice(from, m.index);
        readings = readings.flatMap((r) =>
          (m[0] === '0' ? ['O'] : ['L', 'I']).map((o) => r + between + o),
        );
        from = m.index + m[0].length;
      }
      const found = [...new Set(readings.map((r) => r + word.slice(from)))].filter((w) =>
        known.has(foldLoose(w)),
      );
      return found.length === 1 ? found[0]! : word;
    },
  );
  return { text, corrected: text !== value };
}

/**
 * « Qualité : Directeur », « Agissant en qualité de ⇥ Vice-Présidente du CCAS, en vertu de la
 * délibération … »: the signer's title a field gives on a line of its own (the clause of its
 * authority left out); undefined for any other line.
 */
export function qualityField(line: string): string | undefined {
  const m =
    /^(?:(?:agissant\s+)?en\s+(?:sa\s+)?qualit[ée]\s+de|qualit[ée]|fonction|titre)(?:\s+du\s+(?:signataire|repr[ée]sentant))?\s*(?::|\t)\s*(\S.*)$/i.exec(
      line.trim(),
    );
  if (!m) return undefined;
  const value = m[1]!
    .split(
      /,\s*(?:en vertu|agissant|autoris|habilit|d[ûu]ment|par d[ée]l[ée]gation|conform|mandat)/i,
    )[0]!
    .replace(/[\s,;.]+$/, '')
    .trim();
  return value || undefined;
}
