import { describe, expect, it } from 'vitest';
import { rowVersion } from '../../../shared/domain/edit-version';
import { frenchTypographyIssues } from '../../../shared/domain/text';
import { seededDb, seedActor } from '../../../test/unit/seed-register';
import { StaleEditError } from '../validation';
import { removeAgent, saveAgent, updateHabilitation } from './roster';
import { saveContact } from './contacts';
import { updateConvention } from './conventions';

async function refusal(p: Promise<unknown>): Promise<StaleEditError> {
  const error = await p.then(() => undefined, (e: unknown) => e);
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
    const error = await refusal(saveAgent(db, seedActor, { ...agent, function: 'Secrétaire' }, base));
    expect(error.kind).toBe('changed');
    expect(error.messages[0]).toMatch(/^Modifié dans une autre fenêtre — rechargez/);
    expect(frenchTypographyIssues(error.messages[0]!)).toEqual([]);
    expect(error.current).toMatchObject({ service: 'Accueil' });
    expect(await db.agents.get(agent.id)).toMatchObject({ service: 'Accueil', function: agent.function });
    expect(await db.journal.count()).toBe(entries);
    // Reloaded with the other window's values, the edit goes through.
    const reloaded = { version: rowVersion(error.current) };
    await saveAgent(db, seedActor, { ...(error.current as typeof agent), function: 'Secrétaire' }, reloaded);
    expect(await db.agents.get(agent.id)).toMatchObject({ service: 'Accueil', function: 'Secrétaire' });
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
    expect((await refusal(updateHabilitation(db, seedActor, { ...h, grantedBy: 'X' }, hBase))).messages[0]).toContain('cette habilitation');

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

  it('writes without a base as before (creations, imports)', async () => {
    const { db, agents } = await seededDb();
    await saveAgent(db, seedActor, { ...agents[0]!, service: 'A' });
    await saveAgent(db, seedActor, { ...agents[0]!, service: 'B' });
    expect((await db.agents.get(agents[0]!.id))?.service).toBe('B');
  });
});
