/**
 * An escalation person's cells given one per line under the name (function, phone, e-mail).
 */
import { CIVILITY, findEmails, findPhones, isPageMark, keyOf, stripBullet } from '../text-tools';
import { phonesTolerant } from './anchors';
import { CAF_CUE, PARTNER_CUE } from './contrat-escalation-rows';
import { isHeadingLine } from './paragraphs';
import { personName } from './records';

/** The line is a person's name and nothing else (a civility allowed). */
export function isBareName(line: string, name: string): boolean {
  return keyOf(line.replace(CIVILITY, '')) === keyOf(name);
}

/**
 * The cells under a name given one per line: a function (words, no figure), a phone, an
 * e-mail, each at most once, up to the next name, side cue, blank line or heading. Undefined
 * when a line there is none of these: the row is then not read this way.
 */
export function cellsBelow(
  lines: readonly string[],
  from: number,
  to: number,
): { person: { function?: string; phone?: string; email?: string }; last: number } | undefined {
  const person: { function?: string; phone?: string; email?: string } = {};
  let last = from - 1;
  for (let j = from; j < to && j < from + 4; j++) {
    const raw = stripBullet(lines[j] ?? '');
    if (!raw || isPageMark(raw)) break;
    if (CIVILITY.test(raw) || CAF_CUE.test(raw) || PARTNER_CUE.test(raw) || isHeadingLine(raw))
      break;
    const phones = phonesTolerant(raw, findPhones).phones;
    const emails = findEmails(raw);
    const bare = raw.replace(/^(?:t[ée]l(?:[ée]phone)?\.?|m[ée]l|courriel)\s*:?\s*/i, '');
    if (phones.length === 1 && bare.replace(/[\d\s.+()-]/g, '') === '' && !person.phone)
      person.phone = phones[0]!;
    else if (emails.length === 1 && bare.trim() === emails[0] && !person.email)
      person.email = emails[0]!;
    else if (
      !person.function &&
      !person.phone &&
      !person.email &&
      /^\p{Lu}[\p{L}'’ ,–()-]{2,100}$/u.test(raw) &&
      raw.split(/\s+/).length <= 14 &&
      !personName(raw)
    )
      person.function = raw.replace(/[\s.;,]+$/, '');
    else return undefined;
    last = j;
  }
  return last >= from ? { person, last } : undefined;
}
