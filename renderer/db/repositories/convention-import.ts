/**
 * Saves a reviewed import (see shared/import) in ONE journalised transaction: partner, CAF,
 * convention, contrat de services, contacts of both sides, bulletins and their quotas.
 * Either everything is written or nothing is. With `targetConventionId`, the current
 * convention is updated instead: imported values replace the ones they give, contacts and
 * bulletins are added when they are not already there, nothing is deleted.
 */
import { isValidIsoDate } from '../../../shared/domain/dates';
import type { Contact } from '../../../shared/domain/schemas';
import { validateSiret } from '../../../shared/domain/siret';
import {
  planAdministratorAgents,
  PORTAL_ROLE_OF_ADMIN,
  splitPhonesByKind,
} from '../../../shared/import/admin-agents';
import { splitMissions, splitPhones, type ImportDraft } from '../../../shared/import/draft';
import type { AppDatabase } from '../database';
import { newId } from '../ids';
import { writeRegister, type Actor } from '../register-writer';
import { ValidationError } from '../validation';
import { normaliseProfileCode } from './profiles';
import { setCurrentConventionId } from './settings';

export interface ImportOptions {
  /** Today (yyyy-mm-dd): the start of validity of contacts when the documents give no date. */
  today: string;
  /** Update this convention instead of creating a new one. */
  targetConventionId?: string | undefined;
}

export interface ImportResult {
  conventionId: string;
  created: boolean;
  contactsAdded: number;
  bulletinsAdded: number;
  quotasSet: number;
  /** Annex-1 Administrateur / suppléant linked to an existing agent, or created as agents. */
  administratorsLinked: number;
  administratorsCreated: number;
}

const opt = (s: string | undefined) => {
  const t = (s ?? '').trim();
  return t === '' ? undefined : t;
};
const optDate = (s: string | undefined) => {
  const t = opt(s);
  return t && isValidIsoDate(t) ? t : undefined;
};
const clean = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined)) as T;
const key = (s: string | undefined) =>
  (s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9@]+/g, ' ')
    .trim();

const isAdminRole = (role: string) =>
  role === 'administrateur' || role === 'administrateur-suppleant';

/** The French problems that prevent saving, before anything is written. */
export function checkDraft(draft: ImportDraft): string[] {
  const problems: string[] = [];
  if (!opt(draft.partner.name)) problems.push('Indiquez le nom du partenaire.');
  if (!opt(draft.caf.name)) problems.push('Indiquez le nom de la Caf.');
  const siret = opt(draft.partner.siret);
  if (siret) {
    const check = validateSiret(siret);
    if (!check.ok) problems.push(check.message);
  }
  for (const b of draft.bulletins.filter((x) => x.include)) {
    if (!opt(b.serviceCode))
      problems.push('Chaque bulletin d’adhésion doit indiquer son service (par exemple CDAP).');
    for (const q of b.quotas) {
      if (!opt(q.profileCode))
        problems.push(`Bulletin ${b.serviceCode} : indiquez le code de chaque profil.`);
      if (opt(q.max) && !/^\d{1,6}$/.test(q.max.trim())) {
        problems.push(
          `Bulletin ${b.serviceCode}, profil ${q.profileCode} : le quota doit être un nombre entier.`,
        );
      }
    }
  }
  return problems;
}

function organisationFields(draft: ImportDraft) {
  const p = draft.partner;
  const siret = opt(p.siret);
  const partner = clean({
    name: p.name.trim(),
    partnerKind: p.partnerKind || undefined,
    siret: siret ? siret.replace(/\D/g, '') : undefined,
    address: opt(p.address),
    representative:
      opt(p.representativeName) || opt(p.representativeTitle)
        ? clean({ name: opt(p.representativeName), title: opt(p.representativeTitle) })
        : undefined,
    email: opt(p.email),
    phone: opt(p.phone),
  });
  const c = draft.caf;
  const caf = clean({
    name: c.name.trim(),
    address: opt(c.address),
    representative:
      opt(c.directorName) || opt(c.directorTitle)
        ? clean({ name: opt(c.directorName), title: opt(c.directorTitle) })
        : undefined,
  });
  return { partner, caf };
}

function conventionFields(draft: ImportDraft) {
  const c = draft.convention;
  const d = draft.deliberation;
  const deliberation = clean({
    body: opt(d.body),
    date: optDate(d.date),
    number: opt(d.number),
    prefectureActId: opt(d.prefectureActId),
  });
  return clean({
    number: opt(c.number),
    signedAt: opt(c.signedAt),
    signedOn: optDate(c.signedOn),
    effectiveOn: optDate(c.effectiveOn),
    mode: c.mode,
    missions: splitMissions(c.missions),
    deliberation: Object.keys(deliberation).length ? deliberation : undefined,
  });
}

export async function importConvention(
  db: AppDatabase,
  actor: Actor,
  draft: ImportDraft,
  options: ImportOptions,
): Promise<ImportResult> {
  const problems = checkDraft(draft);
  if (problems.length) throw new ValidationError(problems);
  const now = actor.now().toISOString();
  const orgs = organisationFields(draft);
  const fields = conventionFields(draft);
  const sc = draft.serviceContract;
  const validFrom = optDate(sc.signedOn) ?? optDate(draft.convention.signedOn) ?? options.today;

  const result = await writeRegister(
    db,
    actor,
    [
      'organisations',
      'conventions',
      'serviceContracts',
      'contacts',
      'bulletins',
      'quotas',
      'profiles',
      'agents',
    ],
    async (w) => {
      const existing = options.targetConventionId
        ? await db.conventions.get(options.targetConventionId)
        : undefined;
      if (options.targetConventionId && !existing)
        throw new ValidationError(['Cette convention n’existe plus.']);

      // Organisations: imported values replace the ones they give.
      const oldPartner = existing ? await db.organisations.get(existing.partnerId) : undefined;
      const oldCaf = existing ? await db.organisations.get(existing.cafId) : undefined;
      const partner = await w.put(
        'organisations',
        { ...(oldPartner ?? {}), ...orgs.partner, id: oldPartner?.id ?? newId(), role: 'partner' },
        'Partenaire importé de la convention',
      );
      const caf = await w.put(
        'organisations',
        { ...(oldCaf ?? {}), ...orgs.caf, id: oldCaf?.id ?? newId(), role: 'caf' },
        'Caf importée de la convention',
      );
      const convention = await w.put(
        'conventions',
        {
          ...(existing ?? {}),
          ...fields,
          missions: fields.missions.length ? fields.missions : (existing?.missions ?? []),
          id: existing?.id ?? newId(),
          partnerId: partner.id,
          cafId: caf.id,
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        },
        `Convention ${fields.number ?? ''} importée`.replace(/\s+/g, ' '),
      );

      const oldContract = await db.serviceContracts
        .where('conventionId')
        .equals(convention.id)
        .first();
      const escalation = sc.escalation
        .filter((e) => opt(e.name))
        .map((e) =>
          clean({
            side: e.side,
            name: e.name.trim(),
            function: opt(e.function),
            phone: opt(e.phone),
            email: opt(e.email),
          }),
        );
      await w.put(
        'serviceContracts',
        clean({
          ...(oldContract ?? {}),
          id: oldContract?.id ?? newId(),
          conventionId: convention.id,
          signedOn: optDate(sc.signedOn) ?? oldContract?.signedOn,
          serviceCentreEmail: opt(sc.serviceCentreEmail) ?? oldContract?.serviceCentreEmail,
          serviceCentreHours: opt(sc.serviceCentreHours) ?? oldContract?.serviceCentreHours,
          handlingTime: opt(sc.handlingTime) ?? oldContract?.handlingTime,
          escalation: escalation.length ? escalation : (oldContract?.escalation ?? []),
        }),
        'Contrat de services importé',
      );

      // Contacts: added unless the same person already holds the role.
      const oldContacts = await db.contacts.where('conventionId').equals(convention.id).toArray();
      let contactsAdded = 0;
      /** The annex's current Administrateur / suppléant rows (new or already there). */
      const adminContacts: Contact[] = [];
      for (const c of draft.contacts.filter((x) => x.include)) {
        const name = opt(c.name);
        const email = opt(c.email);
        const phones = splitPhones(c.phones).slice(0, 5);
        if (!name && !email && phones.length === 0) continue;
        const same = oldContacts.some(
          (o) =>
            !o.validTo &&
            o.side === c.side &&
            o.role === c.role &&
            ((name && key(o.name) === key(name)) ||
              (!name && email && key(o.email) === key(email))),
        );
        if (same) {
          const existingRow = oldContacts.find(
            (o) =>
              !o.validTo &&
              o.side === c.side &&
              o.role === c.role &&
              ((name && key(o.name) === key(name)) ||
                (!name && email && key(o.email) === key(email))),
          );
          if (existingRow && c.side === 'partner' && isAdminRole(c.role))
            adminContacts.push(existingRow);
          continue;
        }
        const row = await w.put(
          'contacts',
          clean({
            id: newId(),
            conventionId: convention.id,
            side: c.side,
            role: c.role,
            name,
            email,
            phones,
            validFrom,
          }),
          'Interlocuteur importé',
        );
        if (c.side === 'partner' && isAdminRole(c.role)) adminContacts.push(row);
        contactsAdded++;
      }

      // The annex's Administrateur and suppléant are agents with that portal role.
      const agents = await db.agents.where('organisationId').equals(partner.id).toArray();
      const plans = planAdministratorAgents(adminContacts, agents, options.today);
      let administratorsLinked = 0;
      let administratorsCreated = 0;
      for (const [i, plan] of plans.entries()) {
        const contact = adminContacts[i]!;
        const portalRole = PORTAL_ROLE_OF_ADMIN[plan.role];
        let agentId: string | undefined;
        if (plan.kind === 'link') {
          agentId = plan.agent.id;
          if (plan.agent.portalRole !== portalRole) {
            const updated = await w.put(
              'agents',
              { ...plan.agent, portalRole },
              `${plan.contactName} : rôle « ${portalRole} » dans le portail (annexe 1 importée)`,
            );
            const k = agents.findIndex((a) => a.id === updated.id);
            if (k >= 0) agents[k] = updated;
          }
          administratorsLinked++;
        } else if (plan.kind === 'create' && draft.createAdministratorAgents) {
          const created = await w.put(
            'agents',
            clean({
              id: newId(),
              organisationId: partner.id,
              lastName: plan.lastName,
              firstName: plan.firstName,
              email: contact.email,
              ...splitPhonesByKind(contact.phones),
              qualifiedSocialWorker: false,
              portalRole,
            }),
            `Agent ${plan.contactName} créé (${portalRole} de l’annexe 1 importée)`,
          );
          agents.push(created);
          agentId = created.id;
          administratorsCreated++;
        }
        if (agentId && contact.agentId !== agentId) {
          await w.put(
            'contacts',
            { ...contact, agentId },
            `${plan.contactName} relié(e) à sa fiche agent`,
          );
        }
      }

      // Bulletins: one per service and site; quotas set for the profiles the bulletin gives.
      const oldBulletins = await db.bulletins.where('conventionId').equals(convention.id).toArray();
      let bulletinsAdded = 0;
      let quotasSet = 0;
      for (const b of draft.bulletins.filter((x) => x.include)) {
        const serviceCode = b.serviceCode.trim().toUpperCase();
        const siteLabel = opt(b.siteLabel);
        const match = oldBulletins.find(
          (o) => o.serviceCode.toUpperCase() === serviceCode && key(o.siteLabel) === key(siteLabel),
        );
        const bulletin = await w.put(
          'bulletins',
          clean({
            ...(match ?? {}),
            id: match?.id ?? newId(),
            conventionId: convention.id,
            serviceCode,
            serviceLabel: opt(b.serviceLabel) ?? match?.serviceLabel,
            siteLabel,
            annexNumber: opt(b.annexNumber) ?? match?.annexNumber,
            date: optDate(b.date) ?? match?.date,
          }),
          `Bulletin ${serviceCode} importé`,
        );
        if (!match) bulletinsAdded++;
        for (const q of b.quotas) {
          const max = opt(q.max);
          if (max === undefined) continue;
          const profileCode = normaliseProfileCode(q.profileCode);
          if (!(await db.profiles.get(profileCode))) {
            await w.put(
              'profiles',
              {
                code: profileCode,
                label: `Profil ${profileCode}`,
                requiresQualifiedSocialWorker: false,
                custom: true,
              },
              `Profil ${profileCode} ajouté (import)`,
            );
          }
          const old = await db.quotas
            .where('[bulletinId+profileCode]')
            .equals([bulletin.id, profileCode])
            .first();
          await w.put(
            'quotas',
            { id: old?.id ?? newId(), bulletinId: bulletin.id, profileCode, max: Number(max) },
            `Quota ${profileCode} = ${max}`,
          );
          quotasSet++;
        }
      }
      return {
        conventionId: convention.id,
        created: !existing,
        contactsAdded,
        bulletinsAdded,
        quotasSet,
        administratorsLinked,
        administratorsCreated,
      };
    },
  );
  await setCurrentConventionId(db, result.conventionId);
  return result;
}

/** Is there anything in the register (a convention) that a backup should protect? */
export async function registerIsEmpty(db: AppDatabase): Promise<boolean> {
  return (await db.conventions.count()) === 0;
}
