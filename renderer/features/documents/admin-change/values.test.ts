import { describe, expect, it } from 'vitest';
import { checkAdminChange } from '../../../../shared/documents/admin-change';
import type { RegisterSnapshot } from '../../../db/repositories/register-snapshot';
import {
  initialAnnexValues,
  pendingAdminChanges,
  toAnnexSnapshot,
  withPendingChanges,
} from '../deliberation/annex-snapshot';
import type { IssuedDocument } from '../../../../shared/domain/schemas';
import { initialValues, replacedFromRegister, toSnapshot, valuesFromAgent } from './values';

const register = {
  convention: {
    id: 'c1',
    number: '2023-267 701 647',
    mode: 'délégué',
    missions: ['Instruction des dossiers FSL'],
  },
  partner: {
    id: 'p1',
    name: 'CCAS de Lieusaint',
    partnerKind: 'CCAS',
    representative: { name: 'Michel BISSON', title: 'Président' },
  },
  caf: {
    id: 'k1',
    name: 'Caf de Seine-et-Marne',
    address: '21-23 avenue du Général Leclerc, 77000 Melun',
  },
  contacts: [
    {
      id: 'x1',
      conventionId: 'c1',
      side: 'partner',
      role: 'administrateur',
      name: 'Véronique DJIRE',
      phones: [],
      validFrom: '2024-01-08',
    },
    {
      id: 'x2',
      conventionId: 'c1',
      side: 'partner',
      role: 'administrateur-suppleant',
      name: 'Sandrine COFFI',
      email: 's.coffi@ville-lieusaint.fr',
      phones: [],
      validFrom: '2024-01-08',
    },
  ],
  agents: [
    {
      id: 'a1',
      organisationId: 'p1',
      lastName: 'DJIRE',
      firstName: 'Véronique',
      function: 'Responsable du CCAS',
      qualifiedSocialWorker: false,
    },
    {
      id: 'a2',
      organisationId: 'p1',
      lastName: 'MARCHAND',
      firstName: 'Lucie',
      function: 'Agent d’accueil social',
      email: 'l.marchand@ville-lieusaint.fr',
      qualifiedSocialWorker: false,
    },
  ],
  bulletins: [{ id: 'b1', conventionId: 'c1', serviceCode: 'CDAP', annexNumber: '2' }],
  quotas: [{ id: 'q1', bulletinId: 'b1', profileCode: 'T13', max: 4 }],
  profiles: [
    { code: 'T13', label: 'Accueil', requiresQualifiedSocialWorker: false, custom: false },
  ],
  documents: [],
} as unknown as RegisterSnapshot;

describe('administrator-change wizard values', () => {
  it('pre-fills the replaced person from the current holder of the role, and the partner signatory', () => {
    const v = initialValues(register, '2026-11-23', 'administrateur-suppleant');
    expect(v).toMatchObject({
      replaces: true,
      replacedName: 'Sandrine COFFI',
      replacedEmail: 's.coffi@ville-lieusaint.fr',
      replacedContactId: 'x2',
    });
    expect(v).toMatchObject({
      partnerSignatoryFunction: 'Président',
      partnerSignatoryName: 'Michel BISSON',
    });
    expect(replacedFromRegister(register, 'administrateur', '2026-11-23').replacedName).toBe(
      'Véronique DJIRE',
    );
  });

  it('takes the person from a roster agent and builds a snapshot that the form accepts, except for the phone', () => {
    const v = {
      ...initialValues(register, '2026-11-23', 'administrateur-suppleant'),
      ...valuesFromAgent(register.agents[1]!),
    };
    const s = toSnapshot(v, register, '2026-11-23T10:00:00.000Z', 'Sandrine COFFI');
    expect(s.newAdmin).toMatchObject({
      name: 'Lucie MARCHAND',
      agentId: 'a2',
      email: 'l.marchand@ville-lieusaint.fr',
    });
    expect(s.meta).toMatchObject({
      partnerName: 'CCAS de Lieusaint',
      conventionNumber: '2023-267 701 647',
    });
    expect(checkAdminChange(s).refusals).toHaveLength(1);
    const ok = toSnapshot(
      { ...v, phoneMobile: '06 12 34 56 78' },
      register,
      '2026-11-23T10:00:00.000Z',
      'Sandrine COFFI',
    );
    expect(checkAdminChange(ok).refusals).toEqual([]);
  });

  it('fills the deliberation annex from the register: designated people with their agent function, quotas', () => {
    const v = initialAnnexValues(register, '2026-11-23');
    expect(v).toMatchObject({
      body: 'Conseil d’administration du CCAS',
      administratorName: 'Véronique DJIRE',
      administratorFunction: 'Responsable du CCAS',
      suppleantName: 'Sandrine COFFI',
    });
    const s = toAnnexSnapshot(v, register, '2026-11-23T10:00:00.000Z', 'Sandrine COFFI');
    expect(s.bulletins).toEqual([
      {
        label: 'Cdap',
        annexNumber: '2',
        serviceLabel: undefined,
        quotas: [{ profileCode: 'T13', profileLabel: 'Accueil', max: 4 }],
      },
    ]);
  });

  it('pre-fills what the register knows: the replaced administrator’s e-mail from her agent, the chosen person’s phone and e-mail from annex 1', () => {
    const withAgentEmail = {
      ...register,
      agents: [
        { ...register.agents[0]!, email: 'v.djire@ville-lieusaint.fr' },
        ...register.agents.slice(1),
      ],
    };
    // The annex gives Véronique DJIRE no e-mail; her agent record does.
    expect(replacedFromRegister(withAgentEmail, 'administrateur', '2026-11-23').replacedEmail).toBe(
      'v.djire@ville-lieusaint.fr',
    );
    // Sandrine COFFI's agent record has no phone nor e-mail; annex 1 has them.
    const coffi = {
      id: 'a3',
      organisationId: 'p1',
      lastName: 'COFFI',
      firstName: 'Sandrine',
      qualifiedSocialWorker: false,
    } as RegisterSnapshot['agents'][number];
    const contacts = [{ ...register.contacts[1]!, phones: ['01 64 13 55 76', '06 11 22 33 44'] }];
    expect(valuesFromAgent(coffi, contacts)).toMatchObject({
      email: 's.coffi@ville-lieusaint.fr',
      phoneFixed: '01 64 13 55 76',
      phoneMobile: '06 11 22 33 44',
    });
    // A mobile number in the agent's only phone field is filed as a mobile.
    expect(valuesFromAgent({ ...coffi, phoneFixed: '06 12 34 56 78' }, [])).toMatchObject({
      phoneFixed: '',
      phoneMobile: '06 12 34 56 78',
    });
    // The agent's own values win over the annex.
    expect(
      valuesFromAgent({ ...coffi, email: 'sandrine.coffi@ville-lieusaint.fr' }, contacts).email,
    ).toBe('sandrine.coffi@ville-lieusaint.fr');
  });

  it('the deliberation annex proposes the administrator of a change exported but not yet applied', () => {
    const v = {
      ...initialValues(register, '2026-11-23', 'administrateur'),
      ...valuesFromAgent(register.agents[1]!),
      phoneMobile: '06 12 34 56 78',
    };
    const snapshot = toSnapshot(v, register, '2026-11-23T10:00:00.000Z', 'Sandrine COFFI');
    const doc = {
      id: 'd1',
      conventionId: 'c1',
      kind: 'changement-administrateur',
      format: 'pdf',
      fileName: 'f.pdf',
      createdAt: '2026-11-23T10:00:00.000Z',
      createdBy: 'x',
      sha256: '0'.repeat(64),
      snapshot,
    } as IssuedDocument;
    const pending = pendingAdminChanges([doc], register.contacts);
    expect(pending).toEqual([
      {
        role: 'administrateur',
        name: 'Lucie MARCHAND',
        function: 'Agent d’accueil social',
        exportedOn: '2026-11-23T10:00:00.000Z',
      },
    ]);
    const annex = withPendingChanges(initialAnnexValues(register, '2026-11-23'), pending);
    expect(annex).toMatchObject({
      administratorName: 'Lucie MARCHAND',
      administratorFunction: 'Agent d’accueil social',
      suppleantName: 'Sandrine COFFI',
    });
    // Once applied (the new person holds the role from the change date), nothing is pending.
    const applied = [
      ...register.contacts,
      {
        id: 'x3',
        conventionId: 'c1',
        side: 'partner',
        role: 'administrateur',
        name: 'Lucie MARCHAND',
        phones: [],
        validFrom: snapshot.effectiveOn,
      },
    ] as RegisterSnapshot['contacts'];
    expect(pendingAdminChanges([doc], applied)).toEqual([]);
  });
});
