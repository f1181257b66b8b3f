/**
 * Small builders for the domain tests: an entity with sensible defaults, overridden field by
 * field. `lieusaint()` is the CCAS of the Lieusaint sample (fixture-lieusaint.json) as a
 * snapshot, with the fictional agents of the fixture.
 */
import type {
  Agent,
  BilanAnnuel,
  Bulletin,
  Contact,
  Convention,
  Habilitation,
  Incident,
  Quota,
  ReviewCampaign,
  SubcontractorNotice,
} from '../schemas';

let counter = 0;
const nextId = (prefix: string) => `${prefix}-${++counter}`;

export function agent(over: Partial<Agent> = {}): Agent {
  return {
    id: nextId('agent'),
    organisationId: 'org-partner',
    lastName: 'DUPONT',
    firstName: 'Marie',
    qualifiedSocialWorker: false,
    ...over,
  };
}

export function habilitation(over: Partial<Habilitation> = {}): Habilitation {
  return {
    id: nextId('hab'),
    agentId: 'agent-x',
    bulletinId: 'bul-cdap',
    profileCode: 'T13',
    grantedOn: '2024-02-01',
    ...over,
  };
}

export function contact(over: Partial<Contact> = {}): Contact {
  return {
    id: nextId('contact'),
    conventionId: 'conv-1',
    side: 'partner',
    role: 'administrateur',
    phones: [],
    validFrom: '2024-01-08',
    ...over,
  };
}

export function bulletin(over: Partial<Bulletin> = {}): Bulletin {
  return { id: 'bul-cdap', conventionId: 'conv-1', serviceCode: 'CDAP', annexNumber: '2', ...over };
}

export function quota(over: Partial<Quota> = {}): Quota {
  return { id: nextId('quota'), bulletinId: 'bul-cdap', profileCode: 'T13', max: 4, ...over };
}

export function convention(over: Partial<Convention> = {}): Convention {
  return {
    id: 'conv-1',
    partnerId: 'org-partner',
    cafId: 'org-caf',
    number: '2023-267 701 647',
    signedAt: 'Melun',
    signedOn: '2024-01-08',
    effectiveOn: '2024-01-08',
    mode: 'délégué',
    missions: ['Instruction des dossiers FSL'],
    createdAt: '2024-01-08T10:00:00.000Z',
    updatedAt: '2024-01-08T10:00:00.000Z',
    ...over,
  };
}

export function campaign(over: Partial<ReviewCampaign> = {}): ReviewCampaign {
  return {
    id: nextId('campaign'),
    conventionId: 'conv-1',
    year: 2024,
    status: 'closed',
    openedAt: '2024-11-04T09:00:00.000Z',
    openedBy: 'Véronique DJIRE',
    closedAt: '2024-11-20T15:00:00.000Z',
    closedBy: 'Véronique DJIRE',
    checklist: [],
    ...over,
  };
}

export function bilan(over: Partial<BilanAnnuel> = {}): BilanAnnuel {
  return { id: nextId('bilan'), conventionId: 'conv-1', meetingOn: '2024-12-10', ...over };
}

export function incident(over: Partial<Incident> = {}): Incident {
  return {
    id: nextId('incident'),
    conventionId: 'conv-1',
    kind: 'service-request',
    date: '2025-03-01',
    service: 'CDAP',
    object: 'Mot de passe bloqué',
    status: 'open',
    ...over,
  };
}

export function subcontractorNotice(over: Partial<SubcontractorNotice> = {}): SubcontractorNotice {
  return {
    id: nextId('notice'),
    conventionId: 'conv-1',
    provider: 'Infogérance SA',
    notifiedOn: '2025-01-15',
    startOn: '2025-07-15',
    ...over,
  };
}

/** The Lieusaint CCAS with four T13 habilitations granted (quota T13 = 4 reached). */
export function lieusaint() {
  const conv = convention();
  const djire = agent({
    id: 'a-djire',
    lastName: 'DJIRE',
    firstName: 'Véronique',
    function: 'Responsable du CCAS',
    portalRole: 'Administrateur',
    arrivedOn: '2019-09-01',
  });
  const coffi = agent({
    id: 'a-coffi',
    lastName: 'COFFI',
    firstName: 'Sandrine',
    function: 'Adjointe à la responsable du CCAS',
    email: 's.coffi@ville-lieusaint.fr',
    portalRole: 'Administrateur suppléant',
    arrivedOn: '2020-03-02',
  });
  const benali = agent({
    id: 'a-benali',
    lastName: 'BENALI',
    firstName: 'Karim',
    function: 'Agent administratif, instruction FSL',
    email: 'k.benali@ville-lieusaint.fr',
    portalRole: 'Utilisateur',
    arrivedOn: '2021-01-04',
  });
  const marchand = agent({
    id: 'a-marchand',
    lastName: 'MARCHAND',
    firstName: 'Lucie',
    function: "Agent d'accueil social",
    email: 'l.marchand@ville-lieusaint.fr',
    portalRole: 'Utilisateur',
    arrivedOn: '2022-05-16',
  });
  const roussel = agent({
    id: 'a-roussel',
    lastName: 'ROUSSEL',
    firstName: 'Paul',
    function: 'Agent administratif en polyvalence de secteur',
    email: 'p.roussel@ville-lieusaint.fr',
    portalRole: 'Utilisateur',
    arrivedOn: '2023-02-01',
  });
  const agents = [djire, coffi, benali, marchand, roussel];
  const bulletins = [bulletin()];
  const quotas = [quota({ id: 'q-t13', profileCode: 'T13', max: 4 })];
  const habilitations = [coffi, benali, marchand, roussel].map((a, i) =>
    habilitation({
      id: `h-${a.lastName.toLowerCase()}`,
      agentId: a.id,
      grantedOn: `2024-02-0${i + 1}`,
    }),
  );
  const contacts = [
    contact({
      id: 'c-admin',
      role: 'administrateur',
      name: 'Véronique DJIRE',
      phones: ['01 64 13 55 88'],
    }),
    contact({
      id: 'c-suppleant',
      role: 'administrateur-suppleant',
      name: 'Sandrine COFFI',
      email: 's.coffi@ville-lieusaint.fr',
      phones: ['01 64 13 55 76'],
    }),
    contact({
      id: 'c-rssi',
      role: 'responsable-securite',
      name: 'Renald THOMAS',
      email: 'r.thomas@ville-lieusaint.fr',
    }),
    contact({
      id: 'c-dpo',
      role: 'dpo',
      name: 'Renald THOMAS',
      email: 'r.thomas@ville-lieusaint.fr',
    }),
    contact({
      id: 'c-caf-admin',
      side: 'caf',
      role: 'administrateur',
      email: 'CAF77-BP-MONCOMPTE-PARTENAIRES@caf77.caf.fr',
    }),
  ];
  return {
    convention: conv,
    contacts,
    bulletins,
    quotas,
    agents,
    habilitations,
    campaigns: [] as ReviewCampaign[],
    bilans: [] as BilanAnnuel[],
    incidents: [] as Incident[],
    subcontractorNotices: [] as SubcontractorNotice[],
  };
}
