/**
 * The drawn part of the bench register: agents, their habilitations over the bulletins, the
 * quotas above the active counts, and the contacts on both sides.
 */
import { agentName } from '../../shared/domain/format';
import { CATALOGUE_PROFILES } from '../../shared/domain/profiles';
import type {
  Agent,
  Bulletin,
  Contact,
  Habilitation,
  Organisation,
  Quota,
} from '../../shared/domain/schemas';
import {
  FIRST_NAMES,
  FUNCTIONS,
  LAST_NAMES,
  REASONS,
  SERVICES,
  asciiFold,
  pad,
  type Draws,
} from './dataset-words';
import type { DatasetSize } from './dataset';

export interface RegisterRows {
  agents: Agent[];
  habilitations: Habilitation[];
  quotas: Quota[];
  contacts: Contact[];
}

export function registerRows(
  draws: Draws,
  size: DatasetSize,
  conventionId: string,
  partner: Organisation,
  bulletins: readonly Bulletin[],
): RegisterRows {
  const { rnd, pick, int, date } = draws;
  const profileCodes = CATALOGUE_PROFILES.map((p) => p.code);
  const qualifiedOnly = new Set(
    CATALOGUE_PROFILES.filter((p) => p.requiresQualifiedSocialWorker).map((p) => p.code),
  );

  const agents: Agent[] = [];
  for (let i = 0; i < size.agents; i++) {
    const lastName = pick(LAST_NAMES);
    const firstName = pick(FIRST_NAMES);
    const arrivedOn = date(2005, 2024);
    const departed = rnd() < 0.08;
    agents.push({
      id: `agent-${pad(i, 6)}`,
      organisationId: partner.id,
      lastName,
      firstName,
      function: pick(FUNCTIONS),
      service: pick(SERVICES),
      email: `${asciiFold(firstName)}.${asciiFold(lastName)}${i}@bench.fr`,
      phoneFixed: `01 64 ${pad(int(10, 99))} ${pad(int(10, 99))} ${pad(int(10, 99))}`,
      qualifiedSocialWorker: rnd() < 0.3,
      arrivedOn,
      ...(departed ? { departedOn: date(2025, 2026) } : {}),
      portalLogin: `${asciiFold(lastName).slice(0, 8)}${i}`,
      portalRole: i === 0 ? 'Administrateur' : i === 1 ? 'Administrateur suppléant' : 'Utilisateur',
    });
  }

  const habilitations: Habilitation[] = [];
  for (let i = 0; i < size.habilitations; i++) {
    // The first habilitations give each agent one; the rest are spread at random.
    const a = i < agents.length ? agents[i]! : pick(agents);
    let code = pick(profileCodes);
    if (qualifiedOnly.has(code) && !a.qualifiedSocialWorker && rnd() < 0.9) code = 'T13';
    const grantedOn = date(2020, 2025);
    const revoked = rnd() < 0.3;
    const revokedOn = revoked ? date(Number(grantedOn.slice(0, 4)), 2025) : undefined;
    habilitations.push({
      id: `hab-${pad(i, 6)}`,
      agentId: a.id,
      bulletinId: pick(bulletins).id,
      profileCode: code,
      grantedOn,
      grantedBy: 'Véronique DJIRE',
      justification: rnd() < 0.5 ? 'Instruction des demandes d’aide' : undefined,
      ...(rnd() < 0.85 ? { appliedInPortalOn: grantedOn } : {}),
      ...(revokedOn && revokedOn >= grantedOn
        ? { revokedOn, revocationReason: pick(REASONS), revocationAppliedInPortalOn: revokedOn }
        : {}),
    });
  }
  for (const h of habilitations) if (h.justification === undefined) delete h.justification;

  // Quotas above the active count of each bulletin and profile, as on a real register.
  const active = new Map<string, number>();
  for (const h of habilitations) {
    if (h.revokedOn) continue;
    const k = `${h.bulletinId}|${h.profileCode}`;
    active.set(k, (active.get(k) ?? 0) + 1);
  }
  const quotas: Quota[] = [];
  for (const b of bulletins) {
    for (const code of profileCodes) {
      const used = active.get(`${b.id}|${code}`) ?? 0;
      if (used === 0 && rnd() < 0.5) continue;
      quotas.push({
        id: `quota-${b.id}-${code}`,
        bulletinId: b.id,
        profileCode: code,
        max: used + int(0, 5),
      });
    }
  }

  const contacts: Contact[] = [];
  const partnerRoles = [
    'administrateur',
    'administrateur-suppleant',
    'responsable-securite',
    'dpo',
  ] as const;
  partnerRoles.forEach((role, i) => {
    const a = agents[i % agents.length]!;
    contacts.push({
      id: `contact-p-${i}`,
      conventionId,
      side: 'partner',
      role,
      name: agentName(a),
      function: a.function,
      email: a.email,
      phones: [a.phoneFixed ?? '01 64 00 00 00'],
      agentId: a.id,
      validFrom: '2020-07-01',
    });
  });
  const cafRoles = [
    'administrateur',
    'responsable-mcp',
    'responsable-securite',
    'responsable-informatique',
    'dpo',
    'guichet-unique',
  ] as const;
  cafRoles.forEach((role, i) => {
    contacts.push({
      id: `contact-c-${i}`,
      conventionId,
      side: 'caf',
      role,
      name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
      email: `contact${i}@caf-bench.fr`,
      phones: ['01 64 00 00 02'],
      validFrom: '2020-07-01',
    });
  });

  return { agents, habilitations, quotas, contacts };
}
