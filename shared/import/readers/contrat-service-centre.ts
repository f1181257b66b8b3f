/**
 * The service centre of the contrat de services: its e-mail, opening hours and handling time.
 * Opening hours must name days or hours, or they are not opening hours.
 */
import { findEmails, stripBullet } from '../text-tools';
import type { Candidate, Ctx } from './context';
import { isHeadingLine, KEY_VALUE, lineOf } from './paragraphs';

export const MAIL_CUE =
  /messagerie|courriel|m[ée]l\b|e-mail|adresse [ée]lectronique|adresse (?:e-?)?mail\b|adresse suivante|[àa] l['’]adresse|centre de services.*\bcontact\b|^(?:le\s+)?(?:centre de services|guichet unique)\b[^:@\t]{0,40}(?::|\t)\s*[^\s@]+@/i;

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
  const cueAtEnd = /(?:adresse|courriel|messagerie|m[ée]l|e-mail)\s*:?\s*$/i;
  // (« … par courriel à l'adresse » then « x@caf.fr. Toute demande … »: the cue ends the line)
  if (goesOn && (cueAtEnd.test(before) || (!before.trim() && cueAtEnd.test(cue))))
    return { email, index: j };
  return undefined;
}

const DAYS = /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/i;

const HOURS_LABEL =
  /^(?:horaires?|heures|plages? horaires?|jours et (?:heures|horaires)|ouverture|jours d['’]ouverture)(?:\s+d['’]ouverture)?(?:\s+(?:du|de l['’]|au)\s*[^:\t]{0,40})?[ ]*(?::\s*|\t[\t ]*(?::\s*)?)(.+)$/i;
/**
 * A handling time as written: « 48 h ouvrées », « 72 heures ouvrables », « 5 jours
 * calendaires », « 2 jours francs », « J+3 ouvrés ».
 */
/** A count written in digits, in words, or both (« 2 », « deux », « deux (2) », « 2 (deux) »). */
const COUNT_WORD =
  'un|une|deux|trois|quatre|cinq|six|sept|huit|dix|douze|quinze|vingt|trente|vingt-quatre|quarante-huit|soixante-douze';
const COUNT = `(?:\\d+(?:\\s*\\((?:${COUNT_WORD})\\))?|(?:${COUNT_WORD})(?:\\s*\\(\\d+\\))?)`;
const DURATION = `(${COUNT}\\s*(?:h\\b|heures?)(?:\\s+ouvr(?:[ée]es|ables))?|${COUNT}\\s*jours?(?:\\s+(?:ouvr[ée]s|ouvrables|calendaires|francs))?|j\\s*\\+\\s*\\d+(?:\\s+(?:ouvr[ée]s|ouvrables|calendaires))?)`;
const HANDLING_LABEL = new RegExp(
  `^d[ée]lais?\\s+(?:de\\s+)?(?:traitement|r[ée]ponse|prise en charge)[^:]{0,50}:\\s*(?:de\\s+|sous\\s+)?${DURATION}`,
  'i',
);
/** « s'engage à prendre en charge la demande dans les 2 jours ouvrés », « traitées sous J+3 ». */
const HANDLING_SENTENCE = new RegExp(
  `(?:trait[ée]e?s?|traiter|prises? en (?:charge|compte)|prendre en (?:charge|compte)|prend en (?:charge|compte)|r[ée]ponse|r[ée]pond)[^.]{0,80}?(?:dans un d[ée]lai (?:maximum |maximal )?de|sous|dans les)\\s+${DURATION}`,
  'i',
);

/** « Le délai de traitement des demandes est de 3 jours ouvrés », « … est fixé à 48 h ». */
const HANDLING_IS = new RegExp(
  `\\bd[ée]lais?\\s+(?:de\\s+|du\\s+)?(?:traitement|r[ée]ponse|prise en charge)[^.]{0,50}?\\s(?:est|sera)\\s+(?:de|fix[ée] [àa]|limit[ée] [àa])\\s+(?:maximum\\s+)?${DURATION}`,
  'i',
);

/** « 48h » → « 48 h », « j+3 » → « J+3 ». */
const handlingValue = (v: string) => v.replace(/^(\d+)\s*h\b/, '$1 h').replace(/^j\s*\+\s*/i, 'J+');

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
const OPEN_LEAD = /^(?:(?:il|elle)\s+est\s+)?(?:ouvert|joignable|accessible)e?s?\s+(?=\S)/i;

export function hoursPhrase(value: string): string {
  const clauses = value.split(/(?=[,;]\s|\s[–—-]\s|\s\()/);
  let out = '';
  for (const c of clauses) {
    const text = c.replace(/^[,;]\s*|^\s[–—-]\s/, '');
    if (out && (!HOURS_CLAUSE.test(text) || CONTACT_CLAUSE.test(text))) break;
    // « joignable par messagerie à l'adresse …, du lundi au vendredi … »: the way to reach
    // it first, then the hours
    if (!out && CONTACT_CLAUSE.test(text) && !HOURS_CLAUSE.test(text)) continue;
    // (« par courriel à l'adresse x@… du lundi au vendredi de … »: the way to reach it, then
    // the hours in the same clause)
    const days = !out && CONTACT_CLAUSE.test(text) ? DAYS_START.exec(text) : null;
    const reach = days ? text.slice(0, days.index) : '';
    if (days && days.index > 0 && CONTACT_CLAUSE.test(reach) && !HOURS_CLAUSE.test(reach)) {
      out = hoursPhrase(text.slice(days.index));
      break;
    }
    if (!out && CONTACT_CLAUSE.test(text)) {
      // « du lundi au vendredi de 9h à 12h par téléphone au … »: cut inside the clause
      const cut = text.search(
        // (« … 16h30 à l'adresse : x@… »: the address after a colon)
        /\s(?:(?:par|au|à l['’]adresse|sur)\s+(?:t[ée]l|messagerie|courriel|mail|e-mail|le\s+\d|\d)|à l['’]adresse\s*:)/i,
      );
      out = cut > 0 ? text.slice(0, cut) : text;
      break;
    }
    // (« …@caf50.caf.fr ; il est ouvert du lundi … »: the clause's lead is no part of the hours)
    out += out ? c : text.replace(OPEN_LEAD, '');
  }
  return out.replace(/[\s,;.:–—-]+$/, '').trim();
}

const lowerDays = (v: string) =>
  v.replace(/\b(Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b/g, (d) => d.toLowerCase());
/** « Du lundi … », « Le vendredi … » opening a cell: the start of a phrase that goes on. */
const lowerStart = (v: string) => v.replace(/^(?:Du|Le|Les|Tous)\b/, (w) => w.toLowerCase());
const isHours = (v: string) => (DAYS.test(v) || /\d{1,2}\s*h/.test(v)) && v.length <= 160;

/**
 * « Horaires ⇥ du lundi au vendredi … »: a row of a two-column table (label cell, value cell)
 * read as the labelled line « Horaires : du lundi au vendredi … ».
 */
export function cellAsLabel(text: string): string {
  const m = /^([^\t:]{2,60}?)\s*\t+\s*:?\s*([^\t]+)$/.exec(text);
  return m ? `${m[1]} : ${m[2]}` : text;
}

/**
 * The lines that go on with an opening-hours value laid out under it (« Horaires : du lundi au
 * vendredi de 8h30 à 12h » then « et de 13h30 à 17h » in the value's column, or the value
 * alone under « Horaires d'ouverture : »): each one days or hours, no label of its own, no
 * way to reach the centre, up to a blank line.
 */
export function hoursGoingOn(lines: readonly string[], after: number, to: number): string[] {
  const out: string[] = [];
  for (let k = after + 1; k < to && out.length < 3; k++) {
    const l = (lines[k] ?? '').trim();
    if (!l || l.includes('\t') || l.length > 90) break;
    if (KEY_VALUE.test(l) || isHeadingLine(l) || CONTACT_CLAUSE.test(l)) break;
    if (!HOURS_CLAUSE.test(l) || !/^(?:\p{Ll}|\d|[–-]\s)/u.test(l)) break;
    out.push(l.replace(/^[–-]\s+/, ''));
  }
  return out;
}

/** The service centre named as the subject of a paragraph. */
const CENTRE_NAMED = /centre de services|guichet unique/i;

/** An hour range: « de 9h à 12h », « 8h30 – 12h00 », « 9 h-17 h ». */
const HOUR_RANGE = /\d{1,2}\s*h(?:eures?)?\s*\d{0,2}\s*(?:à|[–-]|au|jusqu['’][àa])\s*\d{1,2}\s*h/i;
/** Where days or hours start in a sentence: « du lundi », « le vendredi », « de 8h30 ». */
const DAYS_START =
  /\b(?:(?:du|le|les|tous les)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi)\b|\b(?:les\s+)?jours\s+ouvr(?:[ée]s|ables)\b|\bde\s+\d{1,2}\s*h/i;

/**
 * « Le centre de services reçoit les demandes … du lundi au vendredi de 7h30 à 13h30, par
 * courriel … », « … répond aux partenaires du lundi au jeudi de 7h30 à 15h30 et le vendredi
 * … », « … s'adresse au centre de services de la Caf, ouvert de 8h30 à 12h00 … du lundi au
 * vendredi »: the days and hours of a sentence that names the centre, after it; an hour range
 * at least, or nothing.
 */
export function hoursInSentence(text: string): { value: string; at: number } | undefined {
  // the sentences about the centre: the one naming it, and those after it that speak of it
  // (« … à l'adresse x@…. Il est ouvert du lundi … », « Ses horaires sont : … »)
  let about = false;
  for (const m of text.matchAll(/(?:[^.]|\.(?!\s|$))+/g)) {
    const sentence = m[0];
    const centre = CENTRE_NAMED.exec(sentence);
    about = !!centre || (about && CENTRE_GOES_ON.test(sentence));
    if (!about) continue;
    const from = centre?.index ?? 0;
    const after = sentence.slice(from);
    const start = DAYS_START.exec(after);
    if (!start) continue;
    const value = lowerDays(hoursPhrase(after.slice(start.index)));
    if (isHours(value) && HOUR_RANGE.test(value))
      return { value, at: m.index + from + start.index };
  }
  return undefined;
}

/** A sentence that goes on about the centre named before it: « Il est ouvert … », « Ses horaires … ». */
const CENTRE_GOES_ON =
  /^\s*(?:(?:il|elle|celui-ci|celle-ci)\s+(?:est|sera|reste)\b|(?:ses|les)\s+horaires\b|horaires\b|ouvert)/i;

/** « Jours ⇥ Du lundi au vendredi », « Jours d'ouverture : du lundi au vendredi »: the days alone. */
const DAYS_ROW = /^jours(?:\s+d['’]ouverture)?\s*(?:\t+|:)\s*:?\s*([^\t]+)$/i;

/**
 * The days of a table whose « Horaires » row holds the hours only (« Jours ⇥ Du lundi au
 * vendredi » just above or below « Horaires ⇥ 8h00 – 12h00 »).
 */
function daysNear(lines: readonly string[], first: number, last: number): string | undefined {
  for (let k = Math.max(0, first - 2); k <= last + 2 && k < lines.length; k++) {
    if (k >= first && k <= last) continue;
    const m = DAYS_ROW.exec((lines[k] ?? '').trim());
    if (m && DAYS.test(m[1]!) && !/\d/.test(m[1]!)) return m[1]!.trim();
  }
  return undefined;
}

/** A header row naming the days and the hours: « Jours ⇥ Horaires », « Jours ⇥ Horaires d'ouverture ⇥ Adresse ». */
const isHoursHeader = (line: string) => {
  const cells = line.split('\t').map((c) => c.trim());
  return (
    cells.length >= 2 &&
    cells.length <= 4 &&
    cells.every((c) => c.length <= 40 && !/\d|@/.test(c)) &&
    cells.some((c) => /^jours?\b/i.test(c)) &&
    cells.some((c) => /^(?:horaires?|heures|plages? horaires?)\b/i.test(c))
  );
};

/**
 * A table of the centre's hours under a header « Jours ⇥ Horaires »: each row's days and hours
 * (« Du lundi au jeudi ⇥ 8h30 – 12h00 et 13h00 – 16h30 », « Le vendredi ⇥ … »), rows joined
 * by « ; »; a row whose cells a PDF joined with spaces is cut before its e-mail or phone.
 */
export function hoursTable(
  lines: readonly string[],
  from: number,
  to: number,
  hours: Candidate<string>[],
) {
  for (let i = from; i < to; i++) {
    if (!isHoursHeader(lines[i] ?? '')) continue;
    const rows: string[] = [];
    let k = i + 1;
    while (k < to && !(lines[k] ?? '').trim()) k++;
    const first = k;
    for (; k < to && rows.length < 4; k++) {
      const line = (lines[k] ?? '').trim();
      if (!line || isHeadingLine(line) || !DAYS.test(line)) break;
      const cells = line.split('\t').map((c) => {
        const contact = c.search(/[\w.+-]+@|(?:\d{2}[\s.]?){4}\d{2}/);
        return (contact >= 0 ? c.slice(0, contact) : c).trim();
      });
      const kept = cells.filter((c) => c && HOURS_CLAUSE.test(c) && !CONTACT_CLAUSE.test(c));
      if (!kept.length) break;
      rows.push(lowerStart(kept.join(' ')));
    }
    const value = lowerDays(rows.join(' ; ').replace(/[\s,;.]+$/, ''));
    if (rows.length && HOUR_RANGE.test(value) && value.length <= 200)
      hours.push({ value, index: first, confidence: 'high' });
  }
}

/** An e-mail's dots hidden (« x@caf59.caf.fr » stops no « [^.] »), its length kept. */
const maskEmails = (text: string) => {
  let out = text;
  for (const e of findEmails(text)) out = out.split(e).join(e.replace(/\./g, '\u2024'));
  return out;
};

const ESCALATION_TRIGGER =
  /escalade|(?:absence|faute|d[ée]faut) de (?:r[ée]ponse|retour)|\bsans (?:r[ée]ponse|retour)|\b(?:aucune|aucun|pas de) (?:r[ée]ponse|retour)|\bn.a pas (?:re[çc]u|obtenu) de r[ée]ponse|en cas d.urgence/i;

export function serviceCentre(
  ctx: Ctx,
  from: number,
  to: number,
  hours: Candidate<string>[],
  handling: Candidate<string>[],
  /** Outside a contrat de services: only paragraphs about the centre are read. */
  strict = false,
) {
  // the last paragraph named the centre (« Il est ouvert du lundi … » goes on about it)
  let centreBefore = false;
  const list = ctx.paragraphs.list;
  for (const [pk, p] of list.entries()) {
    const first = p.lines[0]!;
    if (first < from || first >= to) continue;
    // « 3.1 Le centre de services est ouvert du lundi au vendredi de 9h à 12h et de » taken
    // for a heading: its sentence goes on in the next paragraph
    const next = list[pk + 1];
    const cut =
      p.lines.length === 1 &&
      isHeadingLine(p.text) &&
      p.text.split(/\s+/).length >= 8 &&
      !/[.:;!?]$/.test(p.text) &&
      next &&
      next.lines[0] === first + 1 &&
      /^[\p{Ll}\d]/u.test(next.text);
    const text = maskEmails(cut ? `${p.text} ${next.text}` : p.text);
    if (strict && !centreBefore && !CENTRE_NAMED.test(text)) continue;
    const open =
      /(?:centre de services|guichet unique|service|assistance|hotline)[^.]*?\best\s+(?:ouvert|joignable|accessible)e?s?\s+(.+?)(?:\.(?:\s|$)|$)/i.exec(
        text,
      ) ??
      // « Centre de services Caf : x@caf.fr — ouvert du lundi au vendredi … »
      /^(?:le\s+)?(?:centre de services|guichet unique)\b[^.]*?(?:\s[–—-]\s*|[,;]\s*|\(\s*)(?:il est\s+)?(?:ouvert|joignable|accessible)e?s?\s+(.+?)(?:\.(?:\s|$)|\)|$)/i.exec(
        text,
      ) ??
      // « Le centre de services … » then « Il est ouvert du lundi au jeudi … »
      (centreBefore
        ? /^(?:il|elle)\s+est\s+(?:ouvert|joignable|accessible)e?s?\s+(.+?)(?:\.(?:\s|$)|$)/i.exec(
            text,
          )
        : null);
    centreBefore = CENTRE_NAMED.test(text) || (centreBefore && !isHeadingLine(text));
    const opened = open?.[1] ? lowerDays(hoursPhrase(open[1])) : undefined;
    if (open && opened && isHours(opened))
      hours.push({ value: opened, index: lineOf(p, open.index), confidence: 'high' });
    else {
      // (« … est joignable par courriel à l'adresse x@…. Il est ouvert du lundi … »: the
      // phrase opened on a way to reach it; the hours are in a sentence of their own)
      const inSentence = hoursInSentence(text);
      if (inSentence)
        hours.push({
          value: inSentence.value,
          index: lineOf(p, inSentence.at),
          confidence: 'medium',
        });
    }
    // « Horaires d'ouverture : du lundi au vendredi de 9h à 12h, par téléphone au … »
    // (« Horaires ⇥ du lundi … »: a table row; the afternoon may be on the next line)
    const row = cellAsLabel(p.text);
    const last = p.lines[p.lines.length - 1]!;
    const bare = /^(?:horaires?|heures|plages? horaires?)\b[^:]{0,40}:\s*$/i.test(row);
    const said = HOURS_LABEL.exec(row)?.[1] ?? (bare ? '' : undefined);
    if (said !== undefined) {
      const joined = [said, ...hoursGoingOn(ctx.lines, last, to)].filter(Boolean).join(' ');
      let value = lowerDays(hoursPhrase(joined));
      // the days in a row of their own (« Jours ⇥ Du lundi au vendredi »)
      const days = DAYS.test(value) ? undefined : daysNear(ctx.lines, first, last);
      if (days && value) value = `${lowerStart(lowerDays(days))} ${value}`;
      if (isHours(value)) hours.push({ value, index: p.lines[0]!, confidence: 'high' });
    }
    // « Délai de traitement des demandes : 72 heures ouvrées »
    // (« -⇥délai de prise en charge : 2 jours ouvrés. »: an item of a list)
    const delay = HANDLING_LABEL.exec(stripBullet(cellAsLabel(p.text)));
    if (delay?.[1])
      handling.push({
        value: handlingValue(delay[1]),
        index: p.lines[0]!,
        confidence: 'high',
      });
    // (the delay after which one escalates is no handling time: « sans réponse sous 10 jours »,
    // « si aucune réponse n'est obtenue dans un délai de … », « en cas d'urgence »)
    if (!ESCALATION_TRIGGER.test(p.text)) {
      const h =
        // (« s'engage à prendre en charge la demande dans les 2 jours ouvrés »)
        HANDLING_SENTENCE.exec(p.text) ?? HANDLING_IS.exec(p.text);
      if (h?.[1])
        handling.push({
          value: handlingValue(h[1]),
          index: lineOf(p, h.index),
          confidence: 'medium',
        });
    }
  }
  if (!strict) hoursTable(ctx.lines, from, to, hours);
}
