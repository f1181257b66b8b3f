import { describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { uniqueDbName } from '../../../test/support/migration-harness';
import { addContact, endContact, removeContact, replaceContact, saveContact } from './contacts';
import { createConvention } from './conventions';
import { verifyJournal } from './journal';

const actor = { name: 'Sandrine COFFI', now: () => new Date('2026-11-23T10:00:00Z') };

async function setup() {
  const db = await openDatabase({ name: uniqueDbName(), appVersion: '0.1.0' });
  const conv = await createConvention(db, actor, {
    partner: { name: 'CCAS de Lieusaint', partnerKind: 'CCAS' },
    caf: { name: 'Caf de Seine-et-Marne' },
    convention: { mode: 'délégué', missions: [] },
  });
  return { db, conv };
}

describe('contacts repository', () => {
  it('replaces a contact: the old one ends the day before and stays in the history', async () => {
    const { db, conv } = await setup();
    const old = await addContact(db, actor, {
      conventionId: conv.id,
      side: 'partner',
      role: 'administrateur',
      name: 'Véronique DJIRE',
      phones: ['01 64 13 55 88'],
      validFrom: '2024-01-08',
    });
    const next = await replaceContact(db, actor, old.id, {
      name: 'Karim BENALI',
      email: 'k.benali@ville-lieusaint.fr',
      phones: [],
      validFrom: '2026-11-23',
    });
    expect(next).toMatchObject({
      side: 'partner',
      role: 'administrateur',
      conventionId: conv.id,
      validFrom: '2026-11-23',
    });
    expect(await db.contacts.get(old.id)).toMatchObject({
      name: 'Véronique DJIRE',
      validTo: '2026-11-22',
    });
    expect(await db.contacts.count()).toBe(2);
    await expect(
      replaceContact(db, actor, next.id, { name: 'X', phones: [], validFrom: '2026-11-23' }),
    ).rejects.toThrow('après le début de validité');
    expect((await verifyJournal(db)).ok).toBe(true);
    db.close();
  });

  it('ends, edits and removes a contact, refusing an end before its start', async () => {
    const { db, conv } = await setup();
    const c = await addContact(db, actor, {
      conventionId: conv.id,
      side: 'caf',
      role: 'dpo',
      email: 'informatique-et-libertes.cafmelun@caf.cnafmail.fr',
      phones: [],
      validFrom: '2024-01-08',
    });
    await expect(endContact(db, actor, c.id, '2023-12-31')).rejects.toThrow('ne peut pas précéder');
    await endContact(db, actor, c.id, '2025-06-30');
    expect((await db.contacts.get(c.id))?.validTo).toBe('2025-06-30');
    await saveContact(db, actor, { ...c, function: 'Référent Informatique et Libertés' });
    expect((await db.contacts.get(c.id))?.function).toBe('Référent Informatique et Libertés');
    expect(await removeContact(db, actor, c.id)).toBe(true);
    expect(await db.contacts.count()).toBe(0);
    const last = await db.journal.orderBy('seq').last();
    expect(last).toMatchObject({ action: 'delete', entity: 'contacts', entityId: c.id });
    db.close();
  });
});
