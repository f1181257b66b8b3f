/**
 * The service centre of the contrat de services: its e-mail, opening hours and handling time.
 * Opening hours must name days or hours, or they are not opening hours.
 */
import { findEmails, stripBullet } from '../text-tools';
import type { Candidate, Ctx } from './context';
import { lineOf } from './paragraphs';

export const MAIL_CUE =
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

export function serviceCentre(
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
    // (« -⇥délai de prise en charge : 2 jours ouvrés. »: an item of a list)
    const delay = HANDLING_LABEL.exec(stripBullet(p.text));
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
