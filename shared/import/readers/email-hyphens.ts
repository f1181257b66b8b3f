/**
 * An e-mail whose hyphen a line break swallowed (« direction@lesbruyeres-⏎figeac.org » joined
 * by pdftotext as « lesbruyeresfigeac.org »): when the same document writes the address whole
 * with its hyphen elsewhere, that spelling is the address.
 */
import { findEmails } from '../text-tools';
import type { ConventionExtraction, Extracted } from '../types';

const bare = (email: string) => email.replace(/-/g, '').toLowerCase();

export function repairEmailHyphens(result: ConventionExtraction, lines: readonly string[]): void {
  const hyphenated = new Map<string, string>();
  for (const line of lines)
    for (const e of findEmails(line)) if (e.includes('-')) hyphenated.set(bare(e), e);
  if (!hyphenated.size) return;
  const fix = (email: string | undefined) =>
    email && !email.includes('-') ? hyphenated.get(bare(email)) : undefined;
  const fixValue = (x: Extracted<string> | undefined) => {
    const better = fix(x?.value);
    if (x && better) x.value = better;
  };
  fixValue(result.partner.email);
  fixValue(result.serviceContract.serviceCentreEmail);
  for (const c of [...result.contacts, ...result.serviceContract.escalation]) {
    const better = fix(c.value.email);
    if (better) c.value.email = better;
  }
}
