/**
 * The Administrateur and suppléant of annex 1 are agents of the register: on import each is
 * linked to the agent with the same name (« Prénom NOM » in any order, accents and case
 * folded) or the same e-mail, or a new agent is proposed (created only when the user leaves
 * « créer » ticked). Their portal role then mirrors the annex (no alert to fix by hand).
 */
import { isAgentDeparted } from '../domain/rules/agents';
import type { Agent } from '../domain/schemas';
import { foldText } from '../domain/text';

export type AdminContactRole = 'administrateur' | 'administrateur-suppleant';

export const PORTAL_ROLE_OF_ADMIN: Record<
  AdminContactRole,
  'Administrateur' | 'Administrateur suppléant'
> = {
  administrateur: 'Administrateur',
  'administrateur-suppleant': 'Administrateur suppléant',
};

export interface PersonRef {
  name?: string | undefined;
  email?: string | undefined;
}

const CIVILITY = /^(m|mr|mme|mlle|monsieur|madame|mademoiselle)\.?$/i;

const nameKey = (s: string | undefined) =>
  foldText(s)
    .replace(/['’.-]/g, ' ')
    .split(' ')
    .filter((w) => w && !CIVILITY.test(w))
    .sort()
    .join(' ');

const emailKey = (s: string | undefined) => (s ?? '').trim().toLowerCase();

/** Same person: same folded name (any word order, civility ignored) or same e-mail. */
export function personMatchesAgent(
  p: PersonRef,
  a: Pick<Agent, 'firstName' | 'lastName' | 'email'>,
): boolean {
  const n = nameKey(p.name);
  if (n && n === nameKey(`${a.firstName ?? ''} ${a.lastName}`)) return true;
  return Boolean(emailKey(p.email) && emailKey(p.email) === emailKey(a.email));
}

/**
 * « Véronique DJIRE » → { firstName: 'Véronique', lastName: 'DJIRE' }: the words in capitals
 * are the NOM (compound names kept: « Jean-Pierre LE GALL-MARTIN »); without capitals, the
 * last word. Civilities are dropped.
 */
export function splitPersonName(full: string): { firstName?: string; lastName: string } {
  const words = full
    .trim()
    .split(/\s+/)
    .filter((w) => w && !CIVILITY.test(w));
  if (words.length === 0) return { lastName: '' };
  const isUpper = (w: string) =>
    /\p{L}/u.test(w) && w === w.toUpperCase() && w.replace(/[^\p{L}]/gu, '').length > 1;
  const upper = words.filter(isUpper);
  if (upper.length > 0 && upper.length < words.length) {
    const first = words.filter((w) => !isUpper(w)).join(' ');
    return { firstName: first || undefined, lastName: upper.join(' ') };
  }
  if (words.length === 1) return { lastName: words[0]! };
  return { firstName: words.slice(0, -1).join(' '), lastName: words[words.length - 1]! };
}

/** Mobile numbers (06, 07, +33 6/7) go to « téléphone mobile », others to « fixe ». */
export function splitPhonesByKind(phones: readonly string[]): {
  phoneFixed?: string;
  phoneMobile?: string;
} {
  const out: { phoneFixed?: string; phoneMobile?: string } = {};
  for (const p of phones) {
    const digits = p.replace(/\D/g, '').replace(/^33/, '0');
    if (/^0[67]/.test(digits)) out.phoneMobile ??= p.trim();
    else out.phoneFixed ??= p.trim();
  }
  return out;
}

export type AdminAgentPlan =
  | { kind: 'link'; role: AdminContactRole; contactName: string; agent: Agent }
  | {
      kind: 'create';
      role: AdminContactRole;
      contactName: string;
      firstName?: string;
      lastName: string;
    }
  | { kind: 'none'; role: AdminContactRole; contactName: string; why: string };

/**
 * For each annex-1 Administrateur / suppléant (partner side, in the draft's order): the agent
 * it is the same person as, or the agent to create. Departed and purged agents are not
 * matched (a departed namesake is not the current administrator).
 */
export function planAdministratorAgents(
  contacts: readonly {
    side: string;
    role: string;
    name?: string | undefined;
    email?: string | undefined;
    include?: boolean;
  }[],
  agents: readonly Agent[],
  today: string,
): AdminAgentPlan[] {
  const present = agents.filter((a) => !a.purgedAt && !isAgentDeparted(a, today));
  const plans: AdminAgentPlan[] = [];
  for (const c of contacts) {
    if (
      c.side !== 'partner' ||
      (c.role !== 'administrateur' && c.role !== 'administrateur-suppleant')
    )
      continue;
    if (c.include === false) continue;
    const role = c.role;
    const contactName = (c.name ?? '').trim() || (c.email ?? '').trim();
    const agent = present.find((a) => personMatchesAgent(c, a));
    if (agent) {
      plans.push({ kind: 'link', role, contactName, agent });
      continue;
    }
    const name = (c.name ?? '').trim();
    if (!name) {
      plans.push({
        kind: 'none',
        role,
        contactName,
        why: 'Sans nom dans l’annexe : la fiche agent ne peut pas être créée.',
      });
      continue;
    }
    plans.push({ kind: 'create', role, contactName, ...splitPersonName(name) });
  }
  return plans;
}
