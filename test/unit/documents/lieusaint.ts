/** Document snapshots built from the Lieusaint fixture (test/fixtures/fixture-lieusaint.json). */
import fixture from '../../fixtures/fixture-lieusaint.json' with { type: 'json' };
import type { AdminChangeSnapshot } from '../../../shared/documents/admin-change';
import type { DeliberationAnnexSnapshot } from '../../../shared/documents/deliberation-annex';
import type { DocumentMeta } from '../../../shared/documents/meta';

export const META: DocumentMeta = {
  conventionId: 'conv-lieusaint',
  partnerId: 'org-lieusaint',
  partnerName: fixture.partner.name,
  conventionNumber: fixture.convention.number,
  generatedAt: '2024-03-04T09:30:00.000Z',
  generatedBy: 'Sandrine COFFI',
};

const lucie = fixture.agents.find((a) => a.lastName === 'MARCHAND')!;
const sandrine = fixture.contacts.partner.find((c) => c.name === 'Sandrine COFFI')!;

/** Lucie MARCHAND becomes Administrateur suppléant in place of Sandrine COFFI. */
export function lieusaintAdminChange(
  overrides: Partial<AdminChangeSnapshot> = {},
): AdminChangeSnapshot {
  return {
    meta: META,
    role: 'administrateur-suppleant',
    effectiveOn: '2024-03-04',
    caf: { name: fixture.caf.name, address: fixture.caf.address },
    newAdmin: {
      name: 'Lucie MARCHAND',
      firstName: lucie.firstName,
      lastName: lucie.lastName,
      function: lucie.function,
      phoneFixed: '0164135577',
      phoneMobile: '',
      email: lucie.email,
    },
    replaces: true,
    replaced: { name: sandrine.name, email: sandrine.email },
    partnerSignatory: {
      function: fixture.partner.representative.title,
      name: fixture.partner.representative.name,
    },
    adminSignatory: { function: lucie.function, name: 'Lucie MARCHAND' },
    ...overrides,
  };
}

export function lieusaintAnnex(): DeliberationAnnexSnapshot {
  return {
    meta: META,
    body: fixture.convention.deliberation.body,
    partner: {
      name: fixture.partner.name,
      kind: fixture.partner.kind,
      siret: fixture.partner.siret,
      address: fixture.partner.address,
      representative: {
        name: fixture.partner.representative.name,
        function: fixture.partner.representative.title,
      },
    },
    caf: {
      name: fixture.caf.name,
      address: fixture.caf.address,
      representative: { name: fixture.caf.director.name, function: fixture.caf.director.title },
    },
    convention: {
      number: fixture.convention.number,
      mode: fixture.convention.mode,
      signedOn: fixture.convention.signedOn,
      effectiveOn: fixture.convention.effectiveOn,
    },
    bulletins: [
      {
        label: 'Cdap',
        serviceLabel: fixture.bulletins[0]!.label,
        annexNumber: fixture.bulletins[0]!.annex,
        quotas: [
          {
            profileCode: 'T13',
            profileLabel: 'Accès aux données de l’allocataire – accueil',
            max: 4,
          },
        ],
      },
    ],
    missions: fixture.convention.missions,
    administrator: { name: 'Véronique DJIRE', function: 'Responsable du CCAS' },
    suppleant: { name: 'Sandrine COFFI', function: 'Adjointe à la responsable du CCAS' },
  };
}
