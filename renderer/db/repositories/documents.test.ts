import { describe, expect, it } from 'vitest';
import type { AdminChangeSnapshot } from '../../../shared/documents/admin-change';
import { openDatabase } from '../open-database';
import { uniqueDbName } from '../../../test/support/migration-harness';
import { addContact } from './contacts';
import { createConvention } from './conventions';
import {
  applyAdministratorChange,
  isAdminChangeApplied,
  listAllDocuments,
  markSentToCaf,
  recordIssuedDocument,
} from './documents';
import { verifyJournal } from './journal';
import { addAgent } from './roster';

const actor = { name: 'Sandrine COFFI', now: () => new Date('2026-11-23T10:00:00Z') };

async function setup() {
  const db = await openDatabase({ name: uniqueDbName(), appVersion: '0.1.0' });
  const conv = await createConvention(db, actor, {
    partner: {
      name: 'CCAS de Lieusaint',
      partnerKind: 'CCAS',
      representative: { name: 'Michel BISSON', title: 'Président' },
    },
    caf: { name: 'Caf de Seine-et-Marne' },
    convention: { mode: 'délégué', missions: [], number: '2023-267 701 647' },
  });
  const sandrine = await addAgent(db, actor, {
    organisationId: conv.partnerId,
    lastName: 'COFFI',
    firstName: 'Sandrine',
    email: 's.coffi@ville-lieusaint.fr',
    qualifiedSocialWorker: false,
    portalRole: 'Administrateur suppléant',
  });
  const lucie = await addAgent(db, actor, {
    organisationId: conv.partnerId,
    lastName: 'MARCHAND',
    firstName: 'Lucie',
    email: 'l.marchand@ville-lieusaint.fr',
    qualifiedSocialWorker: false,
    portalRole: 'Utilisateur',
  });
  const old = await addContact(db, actor, {
    conventionId: conv.id,
    side: 'partner',
    role: 'administrateur-suppleant',
    name: 'Sandrine COFFI',
    email: 's.coffi@ville-lieusaint.fr',
    phones: ['01 64 13 55 76'],
    validFrom: '2024-01-08',
  });
  return { db, conv, sandrine, lucie, old };
}

function snapshot(
  conv: { id: string; partnerId: string },
  extra: Partial<AdminChangeSnapshot> = {},
): AdminChangeSnapshot {
  return {
    meta: {
      conventionId: conv.id,
      partnerId: conv.partnerId,
      partnerName: 'CCAS de Lieusaint',
      generatedAt: '2026-11-23T10:00:00.000Z',
    },
    role: 'administrateur-suppleant',
    effectiveOn: '2026-11-23',
    caf: { name: 'Caf de Seine-et-Marne' },
    newAdmin: {
      name: 'Lucie MARCHAND',
      firstName: 'Lucie',
      lastName: 'MARCHAND',
      phoneFixed: '01 64 13 55 77',
      email: 'l.marchand@ville-lieusaint.fr',
    },
    replaces: true,
    replaced: { name: 'Sandrine COFFI', email: 's.coffi@ville-lieusaint.fr' },
    partnerSignatory: {},
    adminSignatory: {},
    ...extra,
  };
}

const record = (
  db: Awaited<ReturnType<typeof setup>>['db'],
  conventionId: string,
  s: AdminChangeSnapshot,
) =>
  recordIssuedDocument(db, actor, {
    conventionId,
    kind: 'changement-administrateur',
    format: 'pdf',
    fileName: 'changement-administrateur.pdf',
    createdAt: s.meta.generatedAt,
    createdBy: actor.name,
    sha256: 'a'.repeat(64),
    snapshot: s,
  });

describe('documents repository', () => {
  it('records a document with its snapshot and lists it with its convention', async () => {
    const { db, conv } = await setup();
    const doc = await record(db, conv.id, snapshot(conv));
    const rows = await listAllDocuments(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.conventionLabel).toBe('n° 2023-267 701 647 — CCAS de Lieusaint');
    expect(rows[0]!.document.snapshot).toMatchObject({ newAdmin: { name: 'Lucie MARCHAND' } });
    await expect(markSentToCaf(db, actor, doc.id, '2026-11-01')).rejects.toThrow(
      'ne peut pas précéder',
    );
    await markSentToCaf(db, actor, doc.id, '2026-11-24');
    expect((await db.documents.get(doc.id))?.sentToCafOn).toBe('2026-11-24');
    db.close();
  });

  it('applies a change in one transaction: old contact ended, new contact, portal roles swapped', async () => {
    const { db, conv, sandrine, lucie, old } = await setup();
    const s = snapshot(conv);
    const doc = await record(db, conv.id, s);
    await expect(applyAdministratorChange(db, actor, doc.id)).rejects.toThrow(
      'date à laquelle le formulaire a été envoyé',
    );
    await markSentToCaf(db, actor, doc.id, '2026-11-23');
    const { contact } = await applyAdministratorChange(db, actor, doc.id);
    expect(await db.contacts.get(old.id)).toMatchObject({
      validTo: '2026-11-22',
      name: 'Sandrine COFFI',
    });
    expect(contact).toMatchObject({
      name: 'Lucie MARCHAND',
      role: 'administrateur-suppleant',
      validFrom: '2026-11-23',
      agentId: lucie.id,
      phones: ['01 64 13 55 77'],
    });
    expect((await db.agents.get(lucie.id))?.portalRole).toBe('Administrateur suppléant');
    expect((await db.agents.get(sandrine.id))?.portalRole).toBe('Utilisateur');
    expect(isAdminChangeApplied(s, await db.contacts.toArray())).toBe(true);
    await expect(applyAdministratorChange(db, actor, doc.id)).rejects.toThrow('déjà été appliqué');
    const journal = await db.journal.toArray();
    expect(journal.filter((e) => e.entity === 'contacts').length).toBeGreaterThanOrEqual(3);
    expect((await verifyJournal(db)).ok).toBe(true);
    db.close();
  });

  it('adds a new person to the roster with the portal role when she is not in it', async () => {
    const { db, conv, sandrine } = await setup();
    const s = snapshot(conv, {
      newAdmin: {
        name: 'Nadia HAMIDI',
        firstName: 'Nadia',
        lastName: 'HAMIDI',
        phoneMobile: '06 12 34 56 78',
        email: 'n.hamidi@ville-lieusaint.fr',
        function: 'Travailleuse sociale',
      },
    });
    const doc = await record(db, conv.id, s);
    await markSentToCaf(db, actor, doc.id, '2026-11-23');
    const { agent } = await applyAdministratorChange(db, actor, doc.id);
    expect(agent).toMatchObject({
      lastName: 'HAMIDI',
      firstName: 'Nadia',
      portalRole: 'Administrateur suppléant',
      phoneMobile: '06 12 34 56 78',
    });
    expect((await db.agents.get(sandrine.id))?.portalRole).toBe('Utilisateur');
    db.close();
  });

  it('refuses a change taking effect before the replaced contact started, and changes nothing', async () => {
    const { db, conv, old } = await setup();
    const doc = await record(db, conv.id, snapshot(conv, { effectiveOn: '2024-01-08' }));
    await markSentToCaf(db, actor, doc.id, '2026-11-23');
    await expect(applyAdministratorChange(db, actor, doc.id)).rejects.toThrow(
      'prendre effet après le 08/01/2024',
    );
    expect((await db.contacts.get(old.id))?.validTo).toBeUndefined();
    expect(await db.contacts.count()).toBe(1);
    db.close();
  });
});
