/**
 * Deterministic, seeded register for the benchmark (`npm run bench`): one convention with N
 * agents, habilitations spread over several bulletins, contacts on both sides, five years of
 * closed review campaigns with their items, and the journal a register built in the app
 * would have (one hash-chained entry per agent and per habilitation). Every row has the
 * shape of the entity schemas, so the body goes through the app's real restore path.
 *
 * Pure TypeScript (no DOM, no Node): used by the bench runner in Node and by the unit test.
 */
import {
  EXPORT_TABLES,
  type ExportBody,
  type ExportTables,
} from '../../shared/backup/export-format';
import { agentName, formatBulletinLabel } from '../../shared/domain/format';
import { buildEntry, type JournalHeadRecord } from '../../shared/domain/journal-chain';
import { CATALOGUE_PROFILES } from '../../shared/domain/profiles';
import { CHECKLIST_ITEMS } from '../../shared/domain/review/checklist';
import { seededRandom } from '../../shared/domain/testing/seeded-random';
import type {
  Agent,
  BilanAnnuel,
  Bulletin,
  Contact,
  Convention,
  Habilitation,
  Incident,
  JournalEntry,
  Organisation,
  Quota,
  ReviewCampaign,
  ReviewItem,
  SecuritySession,
  ServiceContract,
} from '../../shared/domain/schemas';

export interface DatasetSize {
  agents: number;
  habilitations: number;
  /** Review items per closed campaign at most (the yearly report prints them). */
  itemsPerCampaign: number;
}

export const DATASET_SIZES = {
  small: { agents: 20, habilitations: 60, itemsPerCampaign: 60 },
  large: { agents: 10_000, habilitations: 50_000, itemsPerCampaign: 2_000 },
} as const satisfies Record<string, DatasetSize>;
export type DatasetSizeName = keyof typeof DATASET_SIZES;

const LAST_NAMES = [
  'MARTIN',
  'BERNARD',
  'THOMAS',
  'PETIT',
  'ROBERT',
  'RICHARD',
  'DURAND',
  'DUBOIS',
  'MOREAU',
  'LAURENT',
  'SIMON',
  'MICHEL',
  'LEFÈVRE',
  'LEROY',
  'ROUX',
  'DAVID',
  'BERTRAND',
  'MOREL',
  'FOURNIER',
  'GIRARD',
  'BONNET',
  'DUPONT',
  'LAMBERT',
  'FONTAINE',
  'ROUSSEAU',
  'VINCENT',
  'MÜLLER',
  'LEFEBVRE',
  'FAURE',
  'ANDRÉ',
  'MERCIER',
  'BLANC',
  'GUÉRIN',
  'BOYER',
  'GARNIER',
  'CHEVALIER',
  'FRANÇOIS',
  'LEGRAND',
  'GAUTHIER',
  'GARCIA',
  'PERRIN',
  'ROBIN',
  'CLÉMENT',
  'MORIN',
  'NICOLAS',
  'HENRY',
  'ROUSSEL',
  'MATHIEU',
  'GAUTIER',
  'MASSON',
  'BENALI',
  'COFFI',
  'DJIRE',
  'NGUYEN',
  'DIALLO',
  'OUEDRAOGO',
  'DA SILVA',
  'PEREIRA',
  'BOUCHARD',
  'LE GALL',
];
const FIRST_NAMES = [
  'Élodie',
  'Karim',
  'Sandrine',
  'Lucie',
  'Paul',
  'Véronique',
  'Hélène',
  'François',
  'Zoé',
  'Chloé',
  'Jérôme',
  'Amélie',
  'Noël',
  'Inès',
  'Gaëlle',
  'Mathéo',
  'Léa',
  'Yasmine',
  'Aurélien',
  'Thérèse',
  'Marie',
  'Jean',
  'Camille',
  'Nicolas',
  'Sophie',
  'Mehdi',
  'Fatou',
  'Loïc',
  'Anaïs',
  'Benoît',
];
const FUNCTIONS = [
  'Agent d’accueil social',
  'Instructeur FSL',
  'Conseillère en économie sociale et familiale',
  'Assistante sociale',
  'Agent administratif, instruction RSA',
  'Responsable de secteur',
  'Travailleur social polyvalent',
  'Chargé d’accueil',
  'Référent logement',
  'Coordinatrice « aides facultatives »',
];
const SERVICES = [
  'Accueil',
  'Action sociale',
  'Logement',
  'Insertion',
  'Seniors',
  'Petite enfance',
  'Maison des solidarités Nord',
  'Maison des solidarités Sud',
  'Direction',
  'Espace France services',
];
const BULLETIN_SEEDS: { serviceCode: string; siteLabel?: string }[] = [
  { serviceCode: 'CDAP' },
  { serviceCode: 'CDAP', siteLabel: 'Antenne Nord' },
  { serviceCode: 'CDAP', siteLabel: 'Antenne Sud' },
  { serviceCode: 'AFAS' },
];
const REASONS = [
  'Départ de l’agent',
  'Changement de fonction',
  'Fin de mission FSL',
  'Profil inutile depuis la réorganisation',
];
const YEARS = [2021, 2022, 2023, 2024, 2025];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const asciiFold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

export interface BenchDataset {
  body: ExportBody;
  conventionId: string;
  /** The campaign whose report the bench prints (the last one, closed). */
  lastCampaignId: string;
  size: DatasetSize;
}

/** The whole register as the body of a full export (what a restore reads). */
export function generateDataset(size: DatasetSize, seed = 42): BenchDataset {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const date = (fromYear: number, toYear: number) =>
    `${int(fromYear, toYear)}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
  const instant = (day: string, hour = 9) => `${day}T${pad(hour)}:${pad(int(0, 59))}:00.000Z`;

  const conventionId = 'conv-bench';
  const caf: Organisation = {
    id: 'org-caf',
    role: 'caf',
    name: 'Caisse d’Allocations familiales du Bench',
    address: '2 rue de la Caf, 77000 Melun',
    representative: { name: 'Claire DIRECTRICE', title: 'Directrice' },
    email: 'partenaires@caf-bench.fr',
  };
  const partner: Organisation = {
    id: 'org-partner',
    role: 'partner',
    name: 'Département du Bench — Direction des solidarités',
    partnerKind: 'autre',
    siret: '22770001000019',
    address: '12 avenue des Solidarités, 77000 Melun',
    representative: { name: 'Michel PRÉSIDENT', title: 'Président du conseil départemental' },
    email: 'solidarites@bench.fr',
    phone: '01 64 00 00 00',
  };
  const convention: Convention = {
    id: conventionId,
    partnerId: partner.id,
    cafId: caf.id,
    label: 'Convention MCP',
    number: '2020-221 000 001',
    signedAt: 'Melun',
    signedOn: '2020-06-15',
    effectiveOn: '2020-07-01',
    mode: 'délégué',
    missions: ['Instruction des dossiers FSL', 'Aides facultatives', 'Accompagnement social'],
    deliberation: { body: 'Conseil départemental', date: '2020-05-28', number: 'D-2020-114' },
    createdAt: '2020-06-15T10:00:00.000Z',
    updatedAt: '2020-06-15T10:00:00.000Z',
  };
  const serviceContract: ServiceContract = {
    id: 'sc-bench',
    conventionId,
    signedOn: '2020-06-15',
    serviceCentreEmail: 'centre-services@caf-bench.fr',
    serviceCentreHours: 'du lundi au vendredi, 9 h – 17 h',
    handlingTime: '48 heures ouvrées',
    escalation: [
      {
        side: 'caf',
        name: 'Centre de services',
        phone: '01 64 00 00 01',
        email: 'centre-services@caf-bench.fr',
      },
      { side: 'caf', name: 'Claire DIRECTRICE', function: 'Directrice' },
    ],
  };
  const bulletins: Bulletin[] = BULLETIN_SEEDS.map((b, i) => ({
    id: `bul-${i + 1}`,
    conventionId,
    serviceCode: b.serviceCode,
    ...(b.siteLabel ? { siteLabel: b.siteLabel } : {}),
    annexNumber: String(i + 2),
    date: '2020-06-15',
  }));
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

  const agentById = new Map(agents.map((a) => [a.id, a]));
  const bulletinById = new Map(bulletins.map((b) => [b.id, b]));
  const campaigns: ReviewCampaign[] = [];
  const items: ReviewItem[] = [];
  for (const year of YEARS) {
    const campaignId = `camp-${year}`;
    const openedOn = `${year}-11-${pad(int(2, 9))}`;
    const closedOn = `${year}-12-${pad(int(1, 15))}`;
    campaigns.push({
      id: campaignId,
      conventionId,
      year,
      status: 'closed',
      openedAt: instant(openedOn),
      openedBy: 'Véronique DJIRE',
      closedAt: instant(closedOn, 15),
      closedBy: 'Véronique DJIRE',
      checklist: CHECKLIST_ITEMS.map((c, k) => ({
        key: c.key,
        answer: k % 5 === 4 ? 'sans-objet' : 'oui',
        ...(k === 2 ? { comment: `Information des agents le 15/10/${year}` } : {}),
      })),
    });
    const activeThen = habilitations.filter(
      (h) => h.grantedOn <= openedOn && (!h.revokedOn || h.revokedOn > openedOn),
    );
    const chosen = activeThen.slice(0, size.itemsPerCampaign);
    chosen.forEach((h, k) => {
      const a = agentById.get(h.agentId)!;
      const b = bulletinById.get(h.bulletinId)!;
      const roll = rnd();
      const decision = roll < 0.82 ? 'maintenir' : roll < 0.9 ? 'modifier' : 'supprimer';
      items.push({
        id: `item-${year}-${pad(k, 6)}`,
        campaignId,
        habilitationId: h.id,
        snapshot: {
          agentId: a.id,
          agentName: agentName(a),
          ...(a.function ? { agentFunction: a.function } : {}),
          ...(a.service ? { agentService: a.service } : {}),
          bulletinId: b.id,
          bulletinLabel: formatBulletinLabel(b),
          profileCode: h.profileCode,
          grantedOn: h.grantedOn,
        },
        answers: {
          stillInOrganisation: decision !== 'supprimer',
          sameFunction: decision !== 'modifier',
          profileStillNeeded: decision === 'maintenir',
          personalAccount: true,
        },
        decision,
        ...(decision === 'modifier' ? { newProfileCode: 'T2' } : {}),
        ...(decision === 'maintenir' ? {} : { reason: pick(REASONS), appliedInPortalOn: closedOn }),
        decidedBy: 'Véronique DJIRE',
        decidedAt: instant(closedOn, 11),
        addedAfterOpening: false,
      });
    });
  }

  const bilans: BilanAnnuel[] = YEARS.map((year) => ({
    id: `bilan-${year}`,
    conventionId,
    meetingOn: `${year}-12-${pad(int(10, 20))}`,
    reportWrittenBy: 'caf',
    reportValidatedOn: `${year + 1}-01-${pad(int(10, 25))}`,
  }));
  const incidents: Incident[] = Array.from({ length: 12 }, (_, i) => ({
    id: `incident-${i}`,
    conventionId,
    kind: i % 4 === 0 ? 'security' : 'service-request',
    date: date(2021, 2025),
    service: 'CDAP',
    object: i % 4 === 0 ? 'Poste laissé déverrouillé' : 'Mot de passe bloqué',
    status: 'closed',
    answeredOn: date(2025, 2025),
  }));
  const securitySessions: SecuritySession[] = YEARS.map((year) => ({
    id: `session-${year}`,
    conventionId,
    date: `${year}-10-15`,
    attendeeAgentIds: agents.slice(0, Math.min(40, agents.length)).map((a) => a.id),
    notes: 'Rappel des règles de confidentialité « Mon Compte Partenaire »',
  }));

  // The journal of a register built in the app: one entry per agent and per habilitation.
  const journal: JournalEntry[] = [];
  let head: JournalHeadRecord | null = null;
  const journalise = (entity: string, row: { id: string }, at: string, summary: string) => {
    const entry = buildEntry(head, {
      at,
      actor: 'Véronique DJIRE',
      action: 'create',
      entity,
      entityId: row.id,
      summary,
      payload: { before: null, after: row },
    });
    journal.push(entry);
    head = { seq: entry.seq, hash: entry.hash };
  };
  for (const a of agents)
    journalise('agents', a, '2025-01-06T08:00:00.000Z', `Agent ${agentName(a)}`);
  for (const h of habilitations)
    journalise('habilitations', h, '2025-01-06T08:30:00.000Z', `Habilitation ${h.profileCode}`);

  const tables = Object.fromEntries(EXPORT_TABLES.map((t) => [t, []])) as unknown as ExportTables;
  Object.assign(tables, {
    settings: [
      { key: 'userName', value: 'Véronique DJIRE' },
      { key: 'currentConventionId', value: conventionId },
    ],
    profiles: CATALOGUE_PROFILES.map((p) => ({ ...p })),
    organisations: [caf, partner],
    conventions: [convention],
    avenants: [
      { id: 'avenant-1', conventionId, date: '2023-03-01', object: 'Ajout du service Afas' },
    ],
    serviceContracts: [serviceContract],
    contacts,
    bulletins,
    quotas,
    agents,
    habilitations,
    reviewCampaigns: campaigns,
    reviewItems: items,
    incidents,
    bilans,
    securitySessions,
    journal,
  });
  return {
    body: { journalHead: head, tables },
    conventionId,
    lastCampaignId: `camp-${YEARS.at(-1)}`,
    size,
  };
}

/** Row count of a body, all tables. */
export function totalRows(body: ExportBody): number {
  return EXPORT_TABLES.reduce((n, t) => n + body.tables[t].length, 0);
}
