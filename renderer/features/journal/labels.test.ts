import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../shared/domain/schemas';
import { changedFieldLabels, entityLabel, ENTITY_LABELS, journalCsvTable } from './labels';

const hash = 'a'.repeat(64);
const entry = (over: Partial<JournalEntry>): JournalEntry => ({
  seq: 4,
  at: '2026-11-23T10:00:00.000Z',
  actor: 'Sandrine COFFI',
  action: 'update',
  entity: 'agents',
  entityId: '0d6f7a52-1c1e-4a5e-9a43-5b7c7a1e2f10',
  payload: {
    before: { id: 'x', lastName: 'BENALI', service: 'Accueil' },
    after: { id: 'x', lastName: 'BENALI', service: 'RSA', departedOn: '2026-12-31' },
  },
  payloadDigest: hash,
  prevHash: hash,
  hash: 'b'.repeat(64),
  ...over,
});

describe('journal labels', () => {
  it('names the changed fields in French, never by their code name', () => {
    expect(changedFieldLabels(entry({}))).toEqual(['Date de départ', 'Service']);
    const convention = entry({
      entity: 'conventions',
      payload: {
        before: { signedOn: '2026-01-01' },
        after: { signedOn: '2026-01-02', termination: {} },
      },
    });
    expect(changedFieldLabels(convention)).toEqual(['Date de signature', 'Résiliation']);
  });

  it('names every journaled table, the portal ones and the « Tout effacer » entry included', () => {
    expect(entityLabel('subcontractorNotices')).toBe('Prestataire');
    expect(entityLabel('portalDifferences')).toBe('Écart avec le portail');
    expect(entityLabel('registre')).toBe('Registre');
    expect(ENTITY_LABELS.securitySessions).toBe('Session d’information sécurité');
    expect(Object.keys(ENTITY_LABELS)).toHaveLength(20);
  });

  it('puts identifiers and hashes at the end of the CSV', () => {
    const { header, rows } = journalCsvTable([entry({})]);
    expect(header).toEqual([
      'N°',
      'Date',
      'Auteur',
      'Action',
      'Élément',
      'Résumé',
      'Champs modifiés',
      'Identifiant',
      'Empreinte',
    ]);
    expect(rows[0]).toEqual([
      4,
      '23/11/2026 11:00',
      'Sandrine COFFI',
      'Modification',
      'Agent',
      '',
      'Date de départ, Service',
      '0d6f7a52-1c1e-4a5e-9a43-5b7c7a1e2f10',
      'b'.repeat(64),
    ]);
  });
});
