import { describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { uniqueDbName } from '../../../test/support/migration-harness';
import { ValidationError } from '../validation';
import { verifyJournal } from './journal';
import {
  addProfile,
  catalogueLabel,
  isCatalogueCode,
  listProfiles,
  normaliseProfileCode,
  renameProfile,
} from './profiles';

const actor = { name: 'Sandrine COFFI', now: () => new Date('2026-11-23T10:00:00Z') };
const open = () => openDatabase({ name: uniqueDbName(), appVersion: '0.1.0' });

describe('profiles repository', () => {
  it('lists the shipped catalogue sorted T1, T2 … T13', async () => {
    const db = await open();
    const codes = (await listProfiles(db)).map((p) => p.code);
    expect(codes.length).toBeGreaterThan(10);
    expect(codes.indexOf('T2')).toBeLessThan(codes.indexOf('T13'));
    expect(codes.indexOf('T1')).toBe(0);
    db.close();
  });

  it('adds a custom profile with a normalised code, journalised', async () => {
    const db = await open();
    const added = await addProfile(db, actor, {
      code: ' t99 ',
      label: 'Profil local',
      requiresQualifiedSocialWorker: true,
    });
    expect(added).toMatchObject({
      code: 'T99',
      label: 'Profil local',
      custom: true,
      requiresQualifiedSocialWorker: true,
    });
    expect(await db.profiles.get('T99')).toEqual(added);
    const last = await db.journal.orderBy('seq').last();
    expect(last).toMatchObject({
      action: 'create',
      entity: 'profiles',
      entityId: 'T99',
      actor: 'Sandrine COFFI',
    });
    expect((await verifyJournal(db)).ok).toBe(true);
    db.close();
  });

  it('refuses a code already in the catalogue and empty fields', async () => {
    const db = await open();
    await expect(addProfile(db, actor, { code: 't13', label: 'Doublon' })).rejects.toThrow(
      'Le profil T13 existe déjà',
    );
    const empty = await addProfile(db, actor, { code: ' ', label: ' ' }).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(ValidationError);
    expect((empty as ValidationError).messages).toHaveLength(2);
    db.close();
  });

  it('renames a profile: the code stays, the label changes, it is marked as changed by the user', async () => {
    const db = await open();
    const before = (await db.profiles.get('T13'))!;
    expect(before.custom).toBe(false);
    const renamed = await renameProfile(db, actor, 't13', '  Consultation restreinte  ');
    expect(renamed).toMatchObject({ code: 'T13', label: 'Consultation restreinte', custom: true });
    expect(renamed.requiresQualifiedSocialWorker).toBe(before.requiresQualifiedSocialWorker);
    expect(await db.profiles.count()).toBe((await listProfiles(db)).length);
    await expect(renameProfile(db, actor, 'T13', '')).rejects.toThrow(
      'Indiquez le libellé du profil.',
    );
    await expect(renameProfile(db, actor, 'ZZ', 'X')).rejects.toThrow('n’existe plus');
    db.close();
  });

  it('knows which codes come from the catalogue', () => {
    expect(normaliseProfileCode(' t 13 ')).toBe('T13');
    expect(isCatalogueCode('t13')).toBe(true);
    expect(isCatalogueCode('T99')).toBe(false);
    expect(catalogueLabel('T13')).toBeTruthy();
  });
});
