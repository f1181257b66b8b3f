/**
 * Whose e-mails and phones these are, in a record naming several persons under one role
 * (a merged « Administrateurs » cell over a row per person).
 */
import type { ContactRecord } from './records';

export interface PersonDetails {
  emails: string[];
  phones: string[];
}

/**
 * Each named person's details, in the order of `r.names`, when the source lines tell them
 * apart: every person on a line of their own, and either every detail on a person's line (a
 * row per person) or each person followed by details of their own before the next (cells one
 * per line). Undefined otherwise (details in a column of their own after the names, lines not
 * known): the caller then may not guess.
 */
export function detailsByLine(r: ContactRecord): PersonDetails[] | undefined {
  const lines = r.detailLines;
  if (!lines || r.names.length < 2) return undefined;
  const starts = r.names.map((n) => n.index);
  if (new Set(starts).size !== starts.length) return undefined;
  const sorted = [...starts].sort((a, b) => a - b);
  const owner = (line: number) => {
    let k = -1;
    for (const [i, s] of sorted.entries()) if (s <= line) k = i;
    return k < 0 ? undefined : sorted[k];
  };
  const out = new Map(starts.map((s) => [s, { emails: [] as string[], phones: [] as string[] }]));
  const details = [
    ...r.emails.map((v) => ({ v, email: true })),
    ...r.phones.map((v) => ({ v, email: false })),
  ];
  let allOnNameLines = true;
  for (const d of details) {
    const line = lines.get(d.v);
    if (line === undefined) return undefined;
    const start = owner(line);
    if (start === undefined) return undefined;
    if (start !== line) allOnNameLines = false;
    const person = out.get(start)!;
    (d.email ? person.emails : person.phones).push(d.v);
  }
  // (names first, then their details after the last name: a column layout, not rows)
  if (!allOnNameLines && [...out.values()].some((p) => !p.emails.length && !p.phones.length))
    return undefined;
  return starts.map((s) => out.get(s)!);
}
