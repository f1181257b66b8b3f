import { describe, expect, it } from 'vitest';
import { rowVersion } from '../../../shared/domain/edit-version';
import { frenchTypographyIssues } from '../../../shared/domain/text';
import { seededDb, seedActor } from '../../../test/support/seed-register';
import { StaleEditError } from '../validation';
import {
  markAppliedInPortal,
  removeAgent,
  revokeHabilitation,
  saveAgent,
  updateHabilitation,
} from './roster';
import { addContact, endContact, replaceContact, saveContact } from './contacts';
import { saveServiceContract, updateConvention, updateOrganisation } from './conventions';
import { saveBulletin } from './bulletins';

async function refusal(p: Promise<unknown>): Promise<StaleEditError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StaleEditError);
  return error as StaleEditError;
}

describe('no lost update: an edit carries the version it started from', () => {
  it('refuses the second of two edits of the same agent, with the other window’s values, and loses nothing', async () => {
    const { db, agents } = await seededDb();
    const agent = agents[3]!;
    // Two windows open « Modifier l’agent » on the same row.
    const base = { version: rowVersion(await db.agents.get(agent.id)) };
    await saveAgent(db, seedActor, { ...agent, service: 'Accueil' }, base);
    const entries = await db.journal.count();
    const error = await refusal(
      saveAgent(db, seedActor, { ...agent, function: 'Secrétaire' }, base),
    );
    expect(error.kind).toBe('changed');
    expect(error.messages[0]).toMatch(/^Modifié dans une autre fenêtre — rechargez/);
    expect(frenchTypographyIssues(error.messages[0]!)).toEqual([]);
    expect(error.current).toMatchObject({ service: 'Accueil' });
    expect(await db.agents.get(agent.id)).toMatchObject({
      service: 'Accueil',
      function: agent.function,
    });
    expect(await db.journal.count()).toBe(entries);
    // Reloaded with the other window's values, the edit goes through.
    const reloaded = { version: rowVersion(error.current) };
    await saveAgent(
      db,
      seedActor,
      { ...(error.current as typeof agent), function: 'Secrétaire' },
      reloaded,
    );
    expect(await db.agents.get(agent.id)).toMatchObject({
      service: 'Accueil',
      function: 'Secrétaire',
    });
  });

  it('never turns an edit into a creation when the row went meanwhile (deleted, or a restore)', async () => {
    const { db, agents } = await seededDb();
    const agent = agents[4]!; // no habilitation: may be deleted
    const base = { version: rowVersion(agent) };
    await removeAgent(db, seedActor, agent.id);
    const error = await refusal(saveAgent(db, seedActor, { ...agent, service: 'Accueil' }, base));
    expect(error.kind).toBe('deleted');
    expect(error.messages[0]).toContain('Cet agent n’existe plus');
    expect(await db.agents.get(agent.id)).toBeUndefined();
  });

  it('covers the other rows edited through forms: habilitations, contacts, the convention', async () => {
    const { db, grants, conv } = await seededDb();
    const h = grants[0]!;
    const hBase = { version: rowVersion(await db.habilitations.get(h.id)) };
    await updateHabilitation(db, seedActor, { ...h, justification: 'Autre' }, hBase);
    expect(
      (await refusal(updateHabilitation(db, seedActor, { ...h, grantedBy: 'X' }, hBase)))
        .messages[0],
    ).toContain('cette habilitation');

    const contact = (await db.contacts.toArray())[0];
    if (contact) {
      const cBase = { version: rowVersion(contact) };
      await saveContact(db, seedActor, { ...contact, function: 'Directrice' }, cBase);
      await refusal(saveContact(db, seedActor, { ...contact, function: 'Adjointe' }, cBase));
    }

    const stored = (await db.conventions.get(conv.id))!;
    const convBase = { version: rowVersion(stored) };
    await updateConvention(db, seedActor, { ...stored, label: 'Convention 2024' }, convBase);
    await refusal(updateConvention(db, seedActor, { ...stored, label: 'Autre libellé' }, convBase));
    expect((await db.conventions.get(conv.id))?.label).toBe('Convention 2024');
  });

  it('covers every edit dialog: revoke and « appliqué dans le portail », end and replace a contact, bulletin, parties, service contract', async () => {
    const { db, grants, conv } = await seededDb();
    const version = async (
      table: 'habilitations' | 'contacts' | 'bulletins' | 'organisations' | 'serviceContracts',
      id: string,
    ) => ({ version: rowVersion(await db.table(table).get(id)) });
    const unchanged = async (write: () => Promise<unknown>, table: string, id: string) => {
      const before = await db.table(table).get(id);
      const entries = await db.journal.count();
      const error = await refusal(write());
      expect(error.messages[0]).toMatch(/^Modifié dans une autre fenêtre — rechargez/);
      expect(await db.table(table).get(id)).toEqual(before);
      expect(await db.journal.count()).toBe(entries);
    };

    // Two windows revoke the same habilitation: the second date and reason do not replace the first.
    const h = grants[0]!;
    const hBase = await version('habilitations', h.id);
    await revokeHabilitation(db, seedActor, h.id, '2026-11-20', 'Départ', hBase);
    await unchanged(
      () => revokeHabilitation(db, seedActor, h.id, '2026-11-22', 'Autre motif', hBase),
      'habilitations',
      h.id,
    );
    expect(await db.habilitations.get(h.id)).toMatchObject({
      revokedOn: '2026-11-20',
      revocationReason: 'Départ',
    });
    const g = grants[1]!;
    const gBase = await version('habilitations', g.id);
    await markAppliedInPortal(db, seedActor, g.id, '2026-11-21', 'grant', gBase);
    await unchanged(
      () => markAppliedInPortal(db, seedActor, g.id, '2026-11-22', 'grant', gBase),
      'habilitations',
      g.id,
    );

    const contact = await addContact(db, seedActor, {
      conventionId: conv.id,
      side: 'partner',
      role: 'administrateur',
      name: 'Véronique DJIRE',
      phones: [],
      validFrom: '2024-01-08',
    });
    const cBase = await version('contacts', contact.id);
    await endContact(db, seedActor, contact.id, '2026-10-31', cBase);
    await unchanged(
      () => endContact(db, seedActor, contact.id, '2026-11-30', cBase),
      'contacts',
      contact.id,
    );
    const count = await db.contacts.count();
    await unchanged(
      () =>
        replaceContact(
          db,
          seedActor,
          contact.id,
          { name: 'Karim BENALI', phones: [], validFrom: '2026-11-01' },
          cBase,
        ),
      'contacts',
      contact.id,
    );
    expect(await db.contacts.count()).toBe(count);

    const bulletin = (await db.bulletins.toArray())[0]!;
    const bBase = await version('bulletins', bulletin.id);
    await saveBulletin(db, seedActor, { ...bulletin, siteLabel: 'Accueil' }, bBase);
    await unchanged(
      () => saveBulletin(db, seedActor, { ...bulletin, siteLabel: 'Autre site' }, bBase),
      'bulletins',
      bulletin.id,
    );

    const partner = (await db.organisations.get(conv.partnerId))!;
    const pBase = await version('organisations', partner.id);
    await updateOrganisation(db, seedActor, { ...partner, address: '1 rue A' }, pBase);
    await unchanged(
      () => updateOrganisation(db, seedActor, { ...partner, address: '2 rue B' }, pBase),
      'organisations',
      partner.id,
    );

    const contract = (await db.serviceContracts.where('conventionId').equals(conv.id).first())!;
    const scBase = await version('serviceContracts', contract.id);
    await saveServiceContract(db, seedActor, { ...contract, handlingTime: '48 heures' }, scBase);
    await unchanged(
      () => saveServiceContract(db, seedActor, { ...contract, handlingTime: '72 heures' }, scBase),
      'serviceContracts',
      contract.id,
    );
    // A form opened when the convention had no contract never adds a second one.
    const second = await refusal(
      saveServiceContract(db, seedActor, { id: 'autre', conventionId: conv.id, escalation: [] }),
    );
    expect(second.messages[0]).toMatch(
      /^Modifié dans une autre fenêtre — rechargez\s: ce contrat de services a changé ailleurs/,
    );
    expect(await db.serviceContracts.count()).toBe(1);
  });

  it('writes without a base as before (creations, imports)', async () => {
    const { db, agents } = await seededDb();
    await saveAgent(db, seedActor, { ...agents[0]!, service: 'A' });
    await saveAgent(db, seedActor, { ...agents[0]!, service: 'B' });
    expect((await db.agents.get(agents[0]!.id))?.service).toBe('B');
  });
});
