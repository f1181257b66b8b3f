/**
 * Rules on the contacts annex (Annexe 1 of the contrat de services), partner side.
 *
 * - Exactly one current Administrateur and exactly one current Administrateur suppléant
 *   (missing or several → alert).
 * - Their e-mail must be personal and individual (looks shared → warning).
 * - The annex is the source of truth for who is Administrateur / suppléant; the agents'
 *   portal roles must mirror it (mismatch → warning). A contact matches an agent when it is
 *   linked to it (`agentId`), or has the same name (« Prénom NOM » in any order, case- and
 *   accent-insensitive), or the same e-mail (case-insensitive). Departed and purged agents
 *   are ignored.
 */
import { ARTICLES } from '../articles';
import { looksLikeSharedEmail } from '../email-heuristics';
import { decide, type Decision, type Finding } from '../findings';
import { formatDateFr, type IsoDate } from '../dates';
import { agentName } from '../format';
import type { Agent, Contact, ContactRole } from '../schemas';
import { CONTACT_ROLE_LABELS } from '../schemas';
import { foldText, frenchSpacing, guillemets } from '../text';
import { isContactCurrent } from './active';
import { isAgentDeparted } from './agents';

export const ADMIN_ROLES = [
  'administrateur',
  'administrateur-suppleant',
] as const satisfies readonly ContactRole[];
export type AdminRole = (typeof ADMIN_ROLES)[number];

const PORTAL_ROLE_OF: Record<AdminRole, 'Administrateur' | 'Administrateur suppléant'> = {
  administrateur: 'Administrateur',
  'administrateur-suppleant': 'Administrateur suppléant',
};

/** End of validity before its start → refused (the same day is allowed). */
export function validateContactDates(c: Pick<Contact, 'validFrom' | 'validTo'>): Decision {
  const findings: Finding[] = [];
  if (c.validTo && c.validTo < c.validFrom) {
    findings.push({
      code: 'contact-ends-before-start',
      severity: 'refus',
      article: '',
      message: frenchSpacing(
        `La fin de validité (${formatDateFr(c.validTo)}) ne peut pas précéder son début (${formatDateFr(c.validFrom)}).`,
      ),
    });
  }
  return decide(findings);
}

/** Current partner-side contacts holding `role`, in `validFrom` order. */
export function currentPartnerContacts(
  contacts: readonly Contact[],
  role: ContactRole,
  today: IsoDate,
): Contact[] {
  return contacts
    .filter((c) => c.side === 'partner' && c.role === role && isContactCurrent(c, today))
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
}

function contactLabel(c: Contact): string {
  return c.name?.trim() || c.email || 'sans nom';
}

/** Missing or several current Administrateur / suppléant on the partner side → alert. */
export function administratorCountFindings(
  contacts: readonly Contact[],
  today: IsoDate,
  conventionId?: string,
): Finding[] {
  const findings: Finding[] = [];
  const admins = currentPartnerContacts(contacts, 'administrateur', today);
  const suppleants = currentPartnerContacts(contacts, 'administrateur-suppleant', today);
  for (const role of ADMIN_ROLES) {
    const list = role === 'administrateur' ? admins : suppleants;
    const label = CONTACT_ROLE_LABELS[role];
    if (list.length === 1) continue;
    if (list.length === 0) {
      const hint =
        role === 'administrateur-suppleant' && admins.length === 2
          ? ` L’annexe désigne deux Administrateurs : enregistrez le second (${contactLabel(admins[1]!)}) comme Administrateur suppléant s’il l’est bien.`
          : '';
      findings.push({
        code: role === 'administrateur' ? 'administrator-missing' : 'suppleant-missing',
        severity: 'alerte',
        article: ARTICLES.contactsAnnex,
        ...(conventionId ? { target: { entity: 'convention' as const, id: conventionId } } : {}),
        message: frenchSpacing(
          `Aucun ${label} n’est désigné côté partenaire dans l’annexe 1 des interlocuteurs. Désignez-le et transmettez à la Caf le formulaire de changement d’administrateur de l’annexe 3 (contrat, annexe 1).${hint}`,
        ),
      });
    } else {
      findings.push({
        code: role === 'administrateur' ? 'administrator-several' : 'suppleant-several',
        severity: 'alerte',
        article: ARTICLES.contactsAnnex,
        target: { entity: 'contact', id: list[0]!.id },
        message: frenchSpacing(
          `${list.length} ${label}s sont désignés côté partenaire dans l’annexe 1 (${list.map(contactLabel).join(', ')}), un seul est attendu. Indiquez une date de fin pour ${list.length > 2 ? 'les autres' : 'l’autre'} ou changez ${list.length > 2 ? 'leur' : 'son'} rôle (contrat, annexe 1).`,
        ),
      });
    }
  }
  return findings;
}

/** The current Administrateur / suppléant whose e-mail looks like a shared mailbox → warning. */
export function sharedEmailFindings(contacts: readonly Contact[], today: IsoDate): Finding[] {
  const findings: Finding[] = [];
  for (const role of ADMIN_ROLES) {
    for (const c of currentPartnerContacts(contacts, role, today)) {
      const v = looksLikeSharedEmail(c.email);
      if (!v.shared) continue;
      findings.push({
        code: 'administrator-shared-email',
        severity: 'attention',
        article: ARTICLES.administratorForm,
        target: { entity: 'contact', id: c.id },
        message: frenchSpacing(
          `L’adresse mél de l’${CONTACT_ROLE_LABELS[role]} ${contactLabel(c)} (${c.email}) ressemble à une boîte partagée. La Caf demande une adresse mél personnelle et individuelle : indiquez la sienne (contrat, annexe 3).`,
        ),
      });
    }
  }
  return findings;
}

const nameKey = (s: string | undefined) =>
  foldText(s).replace(/['-]/g, ' ').split(' ').filter(Boolean).sort().join(' ');

/** Is this contact the same person as this agent? (link, name in any order, or e-mail) */
export function contactMatchesAgent(c: Contact, a: Agent): boolean {
  if (c.agentId) return c.agentId === a.id;
  const cn = nameKey(c.name);
  if (cn && cn === nameKey(`${a.firstName ?? ''} ${a.lastName}`)) return true;
  return Boolean(
    c.email && a.email && c.email.trim().toLowerCase() === a.email.trim().toLowerCase(),
  );
}

/**
 * The annex and the agents' portal roles disagree → warning, for each role:
 * - a current annex Administrateur (suppléant) matches no agent having that portal role;
 * - an agent has that portal role but is not the current annex Administrateur (suppléant).
 */
export function administratorMismatchFindings(
  contacts: readonly Contact[],
  agents: readonly Agent[],
  today: IsoDate,
): Finding[] {
  const present = agents.filter((a) => !a.purgedAt && !isAgentDeparted(a, today));
  const findings: Finding[] = [];
  for (const role of ADMIN_ROLES) {
    const portalRole = PORTAL_ROLE_OF[role];
    const label = CONTACT_ROLE_LABELS[role];
    const annex = currentPartnerContacts(contacts, role, today);
    const withRole = present.filter((a) => a.portalRole === portalRole);
    for (const c of annex) {
      if (withRole.some((a) => contactMatchesAgent(c, a))) continue;
      const same = present.find((a) => contactMatchesAgent(c, a));
      findings.push({
        code: 'administrator-role-mismatch',
        severity: 'attention',
        article: ARTICLES.contactsAnnex,
        target: same ? { entity: 'agent', id: same.id } : { entity: 'contact', id: c.id },
        message: frenchSpacing(
          same
            ? `${agentName(same)} est ${label} dans l’annexe 1 des interlocuteurs, mais son rôle dans le portail est ${same.portalRole ? guillemets(same.portalRole) : 'vide'}. Mettez à jour son rôle pour qu’il corresponde à l’annexe (contrat, annexe 1).`
            : `${contactLabel(c)}, ${label} dans l’annexe 1 des interlocuteurs, ne correspond à aucun agent ayant ce rôle dans le portail. Ajoutez l’agent avec le rôle ${guillemets(portalRole)} ou reliez le contact à sa fiche (contrat, annexe 1).`,
        ),
      });
    }
    for (const a of withRole) {
      if (annex.some((c) => contactMatchesAgent(c, a))) continue;
      findings.push({
        code: 'administrator-role-mismatch',
        severity: 'attention',
        article: ARTICLES.contactsAnnex,
        target: { entity: 'agent', id: a.id },
        message: frenchSpacing(
          `${agentName(a)} a le rôle ${guillemets(portalRole)} dans le portail, mais n’est pas ${label} dans l’annexe 1 des interlocuteurs. Mettez l’annexe à jour (formulaire de changement d’administrateur) ou corrigez son rôle (contrat, annexe 1).`,
        ),
      });
    }
  }
  return findings;
}

/** Every contacts-annex finding: counts, shared e-mails, mismatches with the agents. */
export function contactFindings(
  contacts: readonly Contact[],
  agents: readonly Agent[],
  today: IsoDate,
  conventionId?: string,
): Finding[] {
  return [
    ...administratorCountFindings(contacts, today, conventionId),
    ...sharedEmailFindings(contacts, today),
    ...administratorMismatchFindings(contacts, agents, today),
  ];
}
