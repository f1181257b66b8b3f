import type {
  Agent,
  Avenant,
  BilanAnnuel,
  Bulletin,
  Contact,
  Convention,
  Habilitation,
  Incident,
  IssuedDocument,
  Organisation,
  Profile,
  Quota,
  ReviewCampaign,
  SecuritySession,
  ServiceContract,
  SubcontractorNotice,
} from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';

export interface RegisterSnapshot {
  convention: Convention;
  partner: Organisation;
  caf: Organisation;
  serviceContract: ServiceContract | undefined;
  avenants: Avenant[];
  contacts: Contact[];
  bulletins: Bulletin[];
  quotas: Quota[];
  agents: Agent[];
  habilitations: Habilitation[];
  campaigns: ReviewCampaign[];
  bilans: BilanAnnuel[];
  incidents: Incident[];
  subcontractorNotices: SubcontractorNotice[];
  securitySessions: SecuritySession[];
  documents: IssuedDocument[];
  profiles: Profile[];
}

/** Everything of one convention, read in one transaction so that it is consistent. */
export async function loadRegister(
  db: AppDatabase,
  conventionId: string,
): Promise<RegisterSnapshot | undefined> {
  return db.transaction(
    'r',
    [
      db.conventions,
      db.organisations,
      db.serviceContracts,
      db.avenants,
      db.contacts,
      db.bulletins,
      db.quotas,
      db.agents,
      db.habilitations,
      db.reviewCampaigns,
      db.bilans,
      db.incidents,
      db.subcontractorNotices,
      db.securitySessions,
      db.documents,
      db.profiles,
    ],
    async () => {
      const convention = await db.conventions.get(conventionId);
      if (!convention) return undefined;
      const [partner, caf] = await Promise.all([
        db.organisations.get(convention.partnerId),
        db.organisations.get(convention.cafId),
      ]);
      if (!partner || !caf) return undefined;
      const byConvention = { conventionId } as const;
      const bulletins = await db.bulletins.where(byConvention).toArray();
      const bulletinIds = bulletins.map((b) => b.id);
      const [
        serviceContract,
        avenants,
        contacts,
        quotas,
        agents,
        habilitations,
        campaigns,
        bilans,
        incidents,
        subcontractorNotices,
        securitySessions,
        documents,
        profiles,
      ] = await Promise.all([
        db.serviceContracts.where(byConvention).first(),
        db.avenants.where(byConvention).sortBy('date'),
        db.contacts.where(byConvention).toArray(),
        db.quotas.where('bulletinId').anyOf(bulletinIds).toArray(),
        db.agents.where('organisationId').equals(partner.id).toArray(),
        db.habilitations.where('bulletinId').anyOf(bulletinIds).toArray(),
        db.reviewCampaigns.where(byConvention).toArray(),
        db.bilans.where(byConvention).sortBy('meetingOn'),
        db.incidents.where(byConvention).sortBy('date'),
        db.subcontractorNotices.where(byConvention).toArray(),
        db.securitySessions.where(byConvention).sortBy('date'),
        db.documents.where(byConvention).toArray(),
        db.profiles.toArray(),
      ]);
      return {
        convention,
        partner,
        caf,
        serviceContract,
        avenants,
        contacts,
        bulletins,
        quotas,
        agents,
        habilitations,
        campaigns,
        bilans,
        incidents,
        subcontractorNotices,
        securitySessions,
        documents,
        profiles,
      };
    },
  );
}
