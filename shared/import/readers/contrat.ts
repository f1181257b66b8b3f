/**
 * The contrat de services: its signature date, the service centre (opening hours, e-mail,
 * handling time), the escalation contacts in order, and the management mode the parties
 * chose. Sentences are matched on the paragraph view (a sentence broken anywhere still
 * reads); opening hours must name days or hours, or they are not opening hours.
 */
import type { Side } from '../../domain/schemas/vocabulary';
import {
  CIVILITY,
  NAME_RE,
  findEmails,
  findPhones,
  fold,
  keyOf,
  looksLikePersonName,
  stripBullet,
} from '../text-tools';
import { personName } from './records';
import type { ContactValue, ConventionExtraction, EscalationValue, Extracted } from '../types';
import { findAnchor, phonesTolerant } from './anchors';
import { at, type Candidate, type Ctx, resolve, uniqueBy } from './context';
import { isHeadingLine, lineOf, type Paragraph, softLine } from './paragraphs';
import type { Block } from './segmentation';
import { signaturesIn } from './signature';

type Mode = 'délégué' | 'centralisé';

export function managementMode(ctx: Ctx): Candidate<Mode>[] {
  const out: Candidate<Mode>[] = [];
  const word = (w: string): Mode => (/^d/i.test(w) ? 'délégué' : 'centralisé');
  // the paragraph view, and runs of lines up to a blank line (an OCR'd sentence whose lines
  // the paragraph view kept apart: « Les parties optent, pour l'accès … à « Mon » / « Compte
  // Partenaire », pour le mode délégué … »)
  const seen = new Set<string>();
  for (const p of [...ctx.paragraphs.list, ...linesUpToBlank(ctx.lines)]) {
    const t = fold(p.text);
    if (!/deleg|central/.test(t)) continue;
    const m =
      /\b(?:optent?|opte|choisi(?:ssent|t)?|retenu|retiennent|retient|conviennent)\b.{0,160}?\bmode\s+(?:de gestion\s+)?(?:des habilitations\s+)?(deleguee?|centralisee?)/.exec(
        t,
      ) ??
      /\b(?:sont|seront)\s+(?:gerees?|administrees?)\s+(?:en|selon le)\s+mode\s+(deleguee?|centralisee?)/.exec(
        t,
      ) ??
      /\bmode\s+(?:de gestion\s+)?(?:des (?:habilitations|acces)\s+)?(?:retenu|choisi)\s*:?\s*(?:le mode\s+)?(deleguee?|centralisee?)/.exec(
        t,
      ) ??
      /(?:☒|☑|✔|✓|\[x\]|\(x\)|\bx\s)\s*(?:mode\s+|gestion\s+)?(deleguee?|centralisee?)/.exec(t) ??
      // « les parties retiennent la gestion centralisée des habilitations »
      /\b(?:optent?|opte|choisi(?:ssent|t)?|retenu|retiennent|retient|conviennent)\b[^.]{0,80}?\b(?:la|une)\s+gestion\s+(deleguee?|centralisee?)/.exec(
        t,
      ) ??
      /\bgestion\s+(deleguee?|centralisee?)\s+(?:des (?:habilitations|acces)\s+)?(?:est|a ete)\s+(?:retenue|choisie)/.exec(
        t,
      ) ??
      statedInBrackets(t);
    if (!m?.[1]) continue;
    const index = lineOf(p, m.index);
    const key = `${index}|${word(m[1])}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ value: word(m[1]), index, confidence: 'high' });
  }
  return out;
}

/**
 * « … sont attribuées par la Caf elle-même (gestion centralisée des habilitations) », « la
 * gestion des habilitations est confiée au partenaire (mode délégué) »: the mode named in
 * brackets after a sentence stating how the rights are managed; not in a sentence of
 * possibilities or defaults (« peuvent », « soit … soit », « par défaut », « dans le cas »).
 */
function statedInBrackets(t: string): RegExpExecArray | null {
  const m =
    /\(\s*(?:en\s+)?(?:mode|gestion)\s+(?:de gestion\s+)?(deleguee?|centralisee?)\b[^()]{0,40}\)/.exec(
      t,
    );
  if (!m || /deleg[^)]*central|central[^)]*deleg/.test(m[0])) return null;
  const start = Math.max(t.lastIndexOf('. ', m.index), t.lastIndexOf(': ', m.index), -1) + 1;
  const stop = t.indexOf('. ', m.index);
  const sentence = t.slice(start, stop < 0 ? t.length : stop);
  if (
    !/\b(?:habilitations?|droits d'acces|acces|utilisateurs?|agents?)\b/.test(
      sentence.slice(0, m.index - start),
    )
  )
    return null;
  if (
    /\b(?:peut|peuvent|pourra|pourront|pourrait|soit|si|lorsque|lorsqu'|defaut|cas|choix|toutefois|eventuellement|option)\b/.test(
      sentence,
    )
  )
    return null;
  return m;
}

/** Runs of non-empty lines joined by a space, as paragraphs (for sentences the paragraph view split). */
function linesUpToBlank(lines: readonly string[]): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph | undefined;
  lines.forEach((line, i) => {
    if (!line) {
      cur = undefined;
      return;
    }
    if (!cur) {
      cur = { text: '', lines: [], offsets: [] };
      out.push(cur);
    } else cur.text += ' ';
    cur.offsets.push(cur.text.length);
    cur.lines.push(i);
    cur.text += line;
  });
  return out.filter((p) => p.lines.length > 1);
}

const MAIL_CUE =
  /messagerie|courriel|m[ée]l\b|e-mail|adresse [ée]lectronique|adresse suivante|[àa] l['’]adresse|centre de services.*\bcontact\b/i;

/**
 * A label whose value is on a following line: « Adresse électronique du centre de
 * services : » then the address alone (a blank line between them, a remark in brackets
 * after it), or a sentence wrapped before « à l'adresse x@y ». After a colon the value line
 * holds the e-mail and nothing else but a bracketed remark; with no colon it may also go on
 * with the sentence in lower case, the e-mail just after « adresse », « courriel », « mél ».
 */
export function valueOnNextLine(
  lines: readonly string[],
  i: number,
  end: number,
): { email: string; index: number } | undefined {
  const cue = (lines[i] ?? '').trim();
  if (/[.!?]$/.test(cue)) return undefined;
  let j = i + 1;
  if (!lines[j]?.trim() && /:$/.test(cue)) j++;
  if (j >= end) return undefined;
  const next = (lines[j] ?? '').trim();
  const email = findEmails(next)[0];
  if (!email) return undefined;
  const rest = next
    .replace(email, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s.;,:]/g, '');
  if (rest === '') return { email, index: j };
  // the sentence goes on: « … peut être saisi par courriel » / « à l'adresse x@y. »
  const before = next.slice(0, next.indexOf(email));
  const goesOn = !/:$/.test(cue) && /^\p{Ll}/u.test(next) && before.length <= 60;
  if (goesOn && /(?:adresse|courriel|messagerie|m[ée]l|e-mail)\s*:?\s*$/i.test(before))
    return { email, index: j };
  return undefined;
}

const DAYS = /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/i;

const HOURS_LABEL =
  /^(?:horaires?|heures|plages? horaires?|jours et heures)(?:\s+d['’]ouverture)?(?:\s+(?:du|de l['’]|au)\s*[^:]{0,40})?\s*:\s*(.+)$/i;
const HANDLING_LABEL =
  /^d[ée]lais?\s+(?:de\s+)?(?:traitement|r[ée]ponse|prise en charge)[^:]{0,50}:\s*(?:de\s+|sous\s+)?(\d+\s*(?:h\b|heures?(?:\s+ouvr[ée]es)?|jours?(?:\s+ouvr[ée]s|\s+calendaires)?))/i;

/** A clause of an opening-hours phrase: days, hours, holidays; not a way to reach the centre. */
const HOURS_CLAUSE =
  /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|jours?|f[ée]ri[ée]s|sauf|hors|ferm[ée]e?s?|matin|apr[èe]s-midi|midi)\b|\d{1,2}\s*h/i;
const CONTACT_CLAUSE =
  /t[ée]l[ée]phone|messagerie|courriel|m[ée]l\b|e-mail|adresse|@|\bpar\s+(?:t[ée]l|mail|[ée]crit)|(?:\d{2}[\s.]?){4}\d{2}/i;

/**
 * The opening hours at the start of a value, without what follows them on the line
 * (« du lundi au vendredi de 8h30 à 16h30, par messagerie à l'adresse … » → the days and
 * hours): clauses are kept while they speak of days and hours.
 */
export function hoursPhrase(value: string): string {
  const clauses = value.split(/(?=[,;]\s|\s[–—-]\s|\s\()/);
  let out = '';
  for (const c of clauses) {
    const text = c.replace(/^[,;]\s*|^\s[–—-]\s/, '');
    if (out && (!HOURS_CLAUSE.test(text) || CONTACT_CLAUSE.test(text))) break;
    if (!out && CONTACT_CLAUSE.test(text)) {
      // « du lundi au vendredi de 9h à 12h par téléphone au … »: cut inside the clause
      const cut = text.search(
        /\s(?:par|au|à l['’]adresse|sur)\s+(?:t[ée]l|messagerie|courriel|mail|e-mail|le\s+\d|\d)/i,
      );
      out = cut > 0 ? text.slice(0, cut) : text;
      break;
    }
    out += out ? c : text;
  }
  return out.replace(/[\s,;.:–—-]+$/, '').trim();
}

function serviceCentre(
  ctx: Ctx,
  from: number,
  to: number,
  hours: Candidate<string>[],
  handling: Candidate<string>[],
) {
  for (const p of ctx.paragraphs.list) {
    const first = p.lines[0]!;
    if (first < from || first >= to) continue;
    const open =
      /(?:centre de services|guichet unique|service|assistance|hotline)[^.]*?\best\s+(?:ouvert|joignable|accessible)e?s?\s+(.+?)(?:\.(?:\s|$)|$)/i.exec(
        p.text,
      );
    if (open?.[1]) {
      const value = hoursPhrase(open[1]).replace(
        /\b(Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b/g,
        (d) => d.toLowerCase(),
      );
      const real = DAYS.test(value) || /\d{1,2}\s*h/.test(value);
      if (real && value.length <= 160)
        hours.push({ value, index: lineOf(p, open.index), confidence: 'high' });
    }
    // « Horaires d'ouverture : du lundi au vendredi de 9h à 12h, par téléphone au … »
    const labelled = HOURS_LABEL.exec(p.text);
    if (labelled?.[1]) {
      const value = hoursPhrase(labelled[1]).replace(
        /\b(Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b/g,
        (d) => d.toLowerCase(),
      );
      if ((DAYS.test(value) || /\d{1,2}\s*h/.test(value)) && value.length <= 160)
        hours.push({ value, index: p.lines[0]!, confidence: 'high' });
    }
    // « Délai de traitement des demandes : 72 heures ouvrées »
    const delay = HANDLING_LABEL.exec(p.text);
    if (delay?.[1])
      handling.push({
        value: delay[1].replace(/\s*h\b/, ' h'),
        index: p.lines[0]!,
        confidence: 'high',
      });
    if (!/escalade|(?:absence|sans|faute|d[ée]faut) de r[ée]ponse|sans r[ée]ponse/i.test(p.text)) {
      const h =
        /(?:trait[ée]e?s?|prises? en (?:charge|compte)|r[ée]ponse|r[ée]pond)[^.]{0,80}?(?:dans un d[ée]lai (?:maximum |maximal )?de|sous|dans les)\s+(\d+\s*(?:h\b|heures|jours(?: ouvr[ée]s)?))/i.exec(
          p.text,
        );
      if (h?.[1])
        handling.push({
          value: h[1].replace(/\s*h\b/, ' h'),
          index: lineOf(p, h.index),
          confidence: 'medium',
        });
    }
  }
}

export function serviceContract(
  ctx: Ctx,
  blocks: Block[],
  contacts: Extracted<ContactValue>[],
): ConventionExtraction['serviceContract'] {
  const contrats = blocks.filter((b) => b.kind === 'contrat');
  const dates: Candidate<string>[] = [];
  const emails: Candidate<string>[] = [];
  const hours: Candidate<string>[] = [];
  const handling: Candidate<string>[] = [];
  const escalation: Extracted<EscalationValue>[] = [];
  for (const block of contrats) {
    for (const s of signaturesIn(ctx, block.start, block.end)) if (s.date) dates.push(s.date);
    serviceCentre(ctx, block.start, block.end, hours, handling);
    let afterCentre = false;
    for (let i = block.start; i < block.end; i++) {
      const line = ctx.lines[i] ?? '';
      if (/centre de services|guichet unique/i.test(line)) afterCentre = true;
      if (afterCentre && emails.length === 0 && MAIL_CUE.test(line)) {
        const e = findEmails(line)[0];
        if (e) emails.push({ value: e, index: i, confidence: 'high' });
        else {
          const next = valueOnNextLine(ctx.lines, i, block.end);
          if (next) emails.push({ value: next.email, index: next.index, confidence: 'high' });
        }
      }
      if (
        (isHeadingLine(line) || ESCALATION_LEAD.test(line)) &&
        (findAnchor(line, "procedure d'escalade") || /\bescalade\b/i.test(line))
      )
        escalation.push(...escalationList(ctx, i + 1, block.end, contacts));
    }
  }
  const guichet = contacts.find(
    (c) => c.value.side === 'caf' && c.value.role === 'guichet-unique' && c.value.email,
  );
  if (emails.length === 0 && guichet?.value.email) {
    emails.push({
      value: guichet.value.email,
      index: guichet.sourceLine - 1,
      confidence: 'medium',
    });
  }
  const r: ConventionExtraction['serviceContract'] = {
    escalation: uniqueBy(escalation, (e) => `${e.value.side}|${keyOf(e.value.name)}`),
  };
  const signedOn = resolve(ctx, 'serviceContract.signedOn', 'Date du contrat de services', dates);
  const email = resolve(
    ctx,
    'serviceContract.serviceCentreEmail',
    'E-mail du centre de services',
    emails,
  );
  const hoursValue = resolve(
    ctx,
    'serviceContract.serviceCentreHours',
    'Horaires du centre de services',
    hours,
  );
  const handlingTime = resolve(
    ctx,
    'serviceContract.handlingTime',
    'Délai de traitement',
    handling,
  );
  if (signedOn) r.signedOn = signedOn;
  if (email) r.serviceCentreEmail = email;
  if (hoursValue) r.serviceCentreHours = hoursValue;
  if (handlingTime) r.handlingTime = handlingTime;
  return r;
}

/** « Escalade en cas de difficulté persistante : », « Procédure d'escalade », « Niveaux d'escalade : » leading a list. */
const ESCALATION_LEAD =
  /^(?:(?:la\s+)?proc[ée]dure\s+d['’]|niveaux?\s+d['’]|contacts?\s+d['’])?escalade\b[^.]{0,80}$/i;

const CAF_CUE = /\b(?:pour la caf|c[ôo]t[ée] caf|chez la caf|de la caf\s*:)/i;
const PARTNER_CUE =
  /\b(?:pour|c[ôo]t[ée]|chez)\s+(?:(?:le|la|l')\s*)?(?:partenaire|commune|ville|mairie|ccas|cias|epci|communaut[ée]|structure|collectivit[ée])/i;
const CIVILITY_AT = /(?=(?:^|\s)(?:Monsieur|Madame|Mademoiselle|Mme|Mlle|M\.|M)\s+\p{Lu})/u;

interface Person {
  index: number;
  side?: Side;
  name: string;
  function?: string;
  phone?: string;
  email?: string;
}

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

/** Splits a paragraph at each « Pour la Caf » / « Pour le partenaire » cue, with the side each part is about. */
function sideParts(
  text: string,
  current: Side | undefined,
): { text: string; side: Side | undefined }[] {
  const cues = [...text.matchAll(new RegExp(`${CAF_CUE.source}|${PARTNER_CUE.source}`, 'gi'))];
  if (cues.length === 0) return [{ text, side: current }];
  const out: { text: string; side: Side | undefined }[] = [];
  let side = current;
  let from = 0;
  for (const c of cues) {
    out.push({ text: text.slice(from, c.index), side });
    side = CAF_CUE.test(c[0]) ? 'caf' : 'partner';
    from = c.index;
  }
  out.push({ text: text.slice(from), side });
  return out.filter((p) => p.text.trim());
}

/** « Caf », « CAF de la Sarthe », « CCAS », « Commune », « Partenaire » alone in a cell: the side it names. */
export function structureSide(cell: string): Side | undefined {
  const f = fold(cell).trim();
  if (/^(?:la\s+)?(?:caf|caisse d'allocations familiales)\b/.test(f) && f.split(/\s+/).length <= 6)
    return 'caf';
  if (
    /^(?:le\s+|la\s+)?(?:partenaire|ccas|cias|commune|ville|mairie|epci|communaute de communes|metropole)\b/.test(
      f,
    ) &&
    f.split(/\s+/).length <= 6
  )
    return 'partner';
  return undefined;
}

type Column = 'level' | 'side' | 'function' | 'name' | 'phone' | 'email' | 'other';

/** What a header cell announces (« Niveau », « Structure », « Fonction », « Nom », « Téléphone », « Mél »). */
function columnOf(cell: string): Column | undefined {
  const f = fold(cell)
    .replace(/[^a-z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!f) return undefined;
  if (/^(?:niveau|ordre|rang|etape|priorite|no|n)(?: d(?:e l)? ?escalade)?$/.test(f))
    return 'level';
  if (/^(?:structure|partie|organisme|cote|entite|institution)$/.test(f)) return 'side';
  if (/^(?:fonction|qualite|poste|titre|role|service)s?$/.test(f)) return 'function';
  if (
    /^(?:nom|nom prenom|prenom nom|nom et prenom|prenom et nom|interlocuteur|contact|personne|identite)s?$/.test(
      f,
    )
  )
    return 'name';
  if (
    /^(?:telephone|tel|tel fixe|tel portable|portable|numero|coordonnees telephoniques)s?$/.test(f)
  )
    return 'phone';
  if (
    /^(?:mel|mail|e mail|email|courriel|adresse (?:mel|mail|e mail|electronique|courriel))s?$/.test(
      f,
    )
  )
    return 'email';
  return undefined;
}

/** A header row: at least two cells that name columns, one of them the name. */
export function escalationHeader(line: string): Column[] | undefined {
  const cells = line.split('\t').map((c) => c.trim());
  const cols = cells.map((c) => columnOf(c));
  if (cols.filter(Boolean).length < 2 || !cols.includes('name')) return undefined;
  return cols.map((c) => c ?? 'other');
}

/** A level or order cell (« 1 », « Niveau 2 », « N2 », « 1er »): never a function. */
const LEVEL_CELL = /^(?:(?:niveau|ordre|rang|n°?|étape)\s*)?\d{1,2}(?:er|e|ème|°)?(?:\s*niveau)?$/i;

/** A table row « 1 | Julie FAVRE | Administratrice locale | 04 … », its columns named by `header` when known. */
function personInRow(line: string, header?: Column[]): Omit<Person, 'index'> | undefined {
  const raw = line.split('\t').map((c) => c.trim());
  if (header && raw.length === header.length) {
    const cell = (k: Column) => raw.filter((_, j) => header[j] === k).filter(Boolean);
    const name = cell('name')
      .map((c) => personName(c))
      .find(Boolean);
    if (name) {
      const phone =
        [...cell('phone'), ...cell('other')].flatMap(findPhones)[0] ?? raw.flatMap(findPhones)[0];
      const email = raw.flatMap(findEmails)[0];
      const side = cell('side').map(structureSide).find(Boolean);
      const fn = cell('function').find(
        (c) => /\p{L}{3}/u.test(c) && !findPhones(c).length && !findEmails(c).length,
      );
      return {
        name,
        ...(side ? { side } : {}),
        ...(fn ? { function: fn } : {}),
        ...(phone ? { phone } : {}),
        ...(email ? { email } : {}),
      };
    }
  }
  const cells = raw.filter(Boolean);
  const nameCell = cells.find((c) => personName(c));
  if (!nameCell) return undefined;
  const name = personName(nameCell)!;
  const phone = cells.flatMap(findPhones)[0];
  const email = cells.flatMap(findEmails)[0];
  // a « Structure » cell (« Caf », « CCAS », « Commune ») says the side; it is no function
  const sideCell = cells.find((c) => c !== nameCell && structureSide(c));
  const side = sideCell ? structureSide(sideCell) : undefined;
  const fn = cells.find(
    (c) =>
      c !== nameCell &&
      c !== sideCell &&
      !LEVEL_CELL.test(c) &&
      /\p{L}{3}/u.test(c) &&
      !findPhones(c).length &&
      !findEmails(c).length,
  );
  return {
    name,
    ...(side ? { side } : {}),
    ...(fn ? { function: fn } : {}),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
  };
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
  const m =
    /^(?:niveau\s*\d{1,2}|n\s?\d{1,2}|\d{1,2}\s*(?:er|e|ème)?\s*niveau)\s*[:–—-]\s*(.+)$/i.exec(
      text.trim(),
    );
  if (!m) return undefined;
  const pieces = m[1]!
    .split(/\s+[–—-]\s+|\s*[,;]\s+|\s*\(\s*|\s*\)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const name = pieces[0] ? personName(pieces[0]) : undefined;
  if (!name || !looksLikePersonName(name) || name.split(/\s+/).length < 2) return undefined;
  const fn = pieces
    .slice(1)
    .find((p) => /\p{L}{3}/u.test(p) && !findPhones(p).length && !findEmails(p).length);
  const phone = phonesTolerant(m[1]!, findPhones).phones[0];
  const email = findEmails(m[1]!)[0];
  return {
    name,
    ...(fn && fn.length <= 80 ? { function: fn } : {}),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
  };
}

/** The side a person's function names (« Administrateur local Caf », « Directrice du CCAS »), if one only. */
export function functionSide(fn: string | undefined): Side | undefined {
  if (!fn) return undefined;
  const f = fold(fn);
  const caf = /\bcaf\b|caisse d'allocations/.test(f);
  const partner =
    /\b(?:partenaire|ccas|cias|commune|ville|mairie|maire|communaute|metropole|epci|centre hospitalier|hopital|departement|conseil departemental|association)\b/.test(
      f,
    );
  if (caf === partner) return undefined;
  return caf ? 'caf' : 'partner';
}

function escalationList(
  ctx: Ctx,
  from: number,
  to: number,
  contacts: Extracted<ContactValue>[],
): Extracted<EscalationValue>[] {
  const persons: Person[] = [];
  let side: Side | undefined;
  let header: Column[] | undefined;
  for (let i = from; i < to; i++) {
    if (!ctx.lines[i]) continue;
    const soft = softLine(ctx.lines, ctx.paragraphs, i);
    const line = soft.text;
    if (isHeadingLine(line) || /^fait\s+[àa](?=\s)/i.test(line)) break;
    if (line.includes('\t')) {
      if (CAF_CUE.test(line)) side = 'caf';
      if (PARTNER_CUE.test(line)) side = 'partner';
      const named = escalationHeader(line);
      if (named) {
        header = named;
        continue;
      }
      const p = personInRow(line, header);
      if (p)
        persons.push({ ...p, index: i, ...((p.side ?? side) ? { side: p.side ?? side } : {}) });
    } else {
      // « Pour la Caf, … M. X …, puis Mme Y …. Pour le partenaire, … Mme Z … »: each person
      // takes the side of the cue before it, within the sentence
      for (const part of sideParts(stripBullet(line), side)) {
        side = part.side;
        const first = part.text.search(CIVILITY_AT);
        const found = personsInText(part.text);
        // « Niveau 1 : Julien LABORDE – Administrateur local – 05 … » (no civility)
        if (!found.length) {
          const level = levelLine(part.text);
          if (level) found.push(level);
        }
        const shared =
          first > 0 ? leadFunction(part.text.slice(0, first), found.length) : undefined;
        for (const p of found)
          persons.push({
            ...(shared ? { function: shared } : {}),
            ...p,
            index: i,
            ...(side ? { side } : {}),
          });
      }
    }
    i = soft.last;
  }
  // no « Pour la Caf / le partenaire »: the side of a person the contacts annex names; the
  // others follow when every known one is on the same side
  const known = (name: string) =>
    contacts.find((c) => c.value.name && keyOf(c.value.name) === keyOf(name))?.value.side;
  const sides = new Set(
    persons
      .filter((p) => !p.side)
      .map((p) => known(p.name) ?? functionSide(p.function))
      .filter(Boolean),
  );
  const common = sides.size === 1 ? [...sides][0] : undefined;
  const out: Extracted<EscalationValue>[] = [];
  for (const p of persons) {
    const s = p.side ?? known(p.name) ?? functionSide(p.function) ?? common;
    if (!s) continue;
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
        inferred ? 'Côté déduit de l’annexe des interlocuteurs.' : undefined,
      ),
    );
  }
  return out;
}
