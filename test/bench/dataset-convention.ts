/**
 * The fixed part of the bench register: the Caf and the partner, the convention, its service
 * contract and its bulletins (nothing drawn at random).
 */
import type {
  Bulletin,
  Convention,
  Organisation,
  ServiceContract,
} from '../../shared/domain/schemas';
import { BULLETIN_SEEDS } from './dataset-words';

export interface ConventionRows {
  caf: Organisation;
  partner: Organisation;
  convention: Convention;
  serviceContract: ServiceContract;
  bulletins: Bulletin[];
}

export function conventionRows(conventionId: string): ConventionRows {
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
  return { caf, partner, convention, serviceContract, bulletins };
}
