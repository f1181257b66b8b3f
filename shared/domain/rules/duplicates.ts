/**
 * The duplicate-agent rule, the one used by the roster import and by the agent dialog: two
 * records are the same person when their NOM + prénom fold to the same words (accents, case,
 * hyphens, apostrophes, order of the words: « MARTIN-DUPONT Anne-Sophie » = « Anne Sophie
 * Martin Dupont »), or when they have the same e-mail (case ignored). A duplicate is never
 * refused: the user is told who it is and chooses (fusionner / créer quand même).
 */
import { agentName } from '../format';
import type { Agent } from '../schemas';
import { foldText, frenchSpacing, guillemets } from '../text';

export type DuplicateReason = 'name' | 'email';

export interface PersonFields {
  lastName: string;
  firstName?: string | undefined;
  email?: string | undefined;
}

/** The folded words of NOM + prénom, sorted: '' when there is no name. */
export function personNameKey(p: Pick<PersonFields, 'lastName' | 'firstName'>): string {
  const words = foldText(`${p.lastName} ${p.firstName ?? ''}`)
    .replace(/[-‐‑–—'.,_/]+/g, ' ')
    .split(' ')
    .filter(Boolean);
  return words.sort().join(' ');
}

/** The e-mail as compared: trimmed, lower case; '' when absent. */
export function personEmailKey(p: Pick<PersonFields, 'email'>): string {
  return (p.email ?? '').trim().toLowerCase();
}

export interface DuplicateMatch<T> {
  agent: T;
  reasons: DuplicateReason[];
}

type Candidate = PersonFields & { id?: string };

/**
 * An index of people by name key and e-mail key, so that a list of 20,000 rows is checked
 * against 10,000 agents without comparing every pair. `find` is the rule.
 */
export class DuplicateIndex<T extends Candidate & { purgedAt?: string | undefined }> {
  private readonly byName = new Map<string, T[]>();
  private readonly byEmail = new Map<string, T[]>();

  constructor(people: readonly T[] = []) {
    for (const p of people) this.add(p);
  }

  add(person: T): void {
    if (person.purgedAt) return;
    const push = (map: Map<string, T[]>, key: string) => {
      if (!key) return;
      const list = map.get(key);
      if (list) list.push(person);
      else map.set(key, [person]);
    };
    push(this.byName, personNameKey(person));
    push(this.byEmail, personEmailKey(person));
  }

  /** Everyone the candidate duplicates (itself excluded by id), with why; in insertion order. */
  find(candidate: Candidate): DuplicateMatch<T>[] {
    const found = new Map<T, DuplicateReason[]>();
    const note = (list: readonly T[] | undefined, reason: DuplicateReason) => {
      for (const p of list ?? []) {
        if (candidate.id !== undefined && p.id === candidate.id) continue;
        const reasons = found.get(p) ?? [];
        reasons.push(reason);
        found.set(p, reasons);
      }
    };
    const nameKey = personNameKey(candidate);
    if (nameKey) note(this.byName.get(nameKey), 'name');
    const emailKey = personEmailKey(candidate);
    if (emailKey) note(this.byEmail.get(emailKey), 'email');
    return [...found].map(([agent, reasons]) => ({ agent, reasons }));
  }
}

/** The duplicate rule for one candidate against a list (the agent dialog). */
export function findDuplicateAgents<T extends Candidate & { purgedAt?: string | undefined }>(
  candidate: Candidate,
  agents: readonly T[],
): DuplicateMatch<T>[] {
  return new DuplicateIndex(agents).find(candidate);
}

const REASON_WORDS: Record<DuplicateReason, string> = {
  name: 'même nom et prénom',
  email: 'même adresse mél',
};

/** « Karim BENALI (Travailleur social) — même nom et prénom, même adresse mél ». */
export function describeDuplicate(
  match: DuplicateMatch<Pick<Agent, 'lastName' | 'firstName' | 'function' | 'email'>>,
): string {
  const who = agentName(match.agent);
  const fn = match.agent.function ? ` (${match.agent.function})` : '';
  return frenchSpacing(
    `${guillemets(who)}${fn} — ${match.reasons.map((r) => REASON_WORDS[r]).join(', ')}`,
  );
}
