/**
 * The service centre of the contrat de services: its e-mail, opening hours and handling time.
 * Opening hours must name days or hours, or they are not opening hours.
 */
import { findEmails, stripBullet } from '../text-tools';
import type { Candidate, Ctx } from './context';
import { isHeadingLine, KEY_VALUE, lineOf } from './paragraphs';

export const MAIL_CUE =
  /messagerie|courriel|m[ée]l\b|e-mail|adresse [ée]lectronique|adresse suivante|[àa] l['’]adresse|centre de services.*\bcontact\b|^(?:le\s+)?(?:centre de services|guichet unique)\b[^:@]{0,40}:\s*[^\s@]+@/i;

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
/**
 * A handling time as written: « 48 h ouvrées », « 72 heures ouvrables », « 5 jours
 * calendaires », « 2 jours francs », « J+3 ouvrés ».
 */
const DURATION =
  /(\d+\s*(?:h\b|heures?)(?:\s+ouvr(?:[ée]es|ables))?|\d+\s*jours?(?:\s+(?:ouvr[ée]s|ouvrables|calendaires|francs))?|j\s*\+\s*\d+(?:\s+(?:ouvr[ée]s|ouvrables|calendaires))?)/
    .source;
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
export function hoursPhrase(value: string): string {
  const clauses = value.split(/(?=[,;]\s|\s[–—-]\s|\s\()/);
  let out = '';
  for (const c of clauses) {
    const text = c.replace(/^[,;]\s*|^\s[–—-]\s/, '');
    if (out && (!HOURS_CLAUSE.test(text) || CONTACT_CLAUSE.test(text))) break;
    // « joignable par messagerie à l'adresse …, du lundi au vendredi … »: the way to reach
    // it first, then the hours
    if (!out && CONTACT_CLAUSE.test(text) && !HOURS_CLAUSE.test(text)) continue;
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

const lowerDays = (v: string) =>
  v.replace(/\b(Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b/g, (d) => d.toLowerCase());
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

/** An e-mail's dots hidden (« x@caf59.caf.fr » stops no « [^.] »), its length kept. */
const maskEmails = (text: string) => {
  let out = text;
  for (const e of findEmails(text)) out = out.split(e).join(e.replace(/\./g, '\u2024'));
  return out;
};

export function serviceCentre(
  ctx: Ctx,
  from: number,
  to: number,
  hours: Candidate<string>[],
  handling: Candidate<string>[],
) {
  // the last paragraph named the centre (« Il est ouvert du lundi … » goes on about it)
  let centreBefore = false;
  for (const p of ctx.paragraphs.list) {
    const first = p.lines[0]!;
    if (first < from || first >= to) continue;
    const text = maskEmails(p.text);
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
    if (open?.[1]) {
      const value = lowerDays(hoursPhrase(open[1]));
      if (isHours(value)) hours.push({ value, index: lineOf(p, open.index), confidence: 'high' });
    }
    // « Horaires d'ouverture : du lundi au vendredi de 9h à 12h, par téléphone au … »
    // (« Horaires ⇥ du lundi … »: a table row; the afternoon may be on the next line)
    const row = cellAsLabel(p.text);
    const last = p.lines[p.lines.length - 1]!;
    const bare = /^(?:horaires?|heures|plages? horaires?)\b[^:]{0,40}:\s*$/i.test(row);
    const said = HOURS_LABEL.exec(row)?.[1] ?? (bare ? '' : undefined);
    if (said !== undefined) {
      const joined = [said, ...hoursGoingOn(ctx.lines, last, to)].filter(Boolean).join(' ');
      const value = lowerDays(hoursPhrase(joined));
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
    if (!/escalade|(?:absence|sans|faute|d[ée]faut) de r[ée]ponse|sans r[ée]ponse/i.test(p.text)) {
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
}
