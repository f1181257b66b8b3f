import { formatCount } from '../../../shared/domain/format';
import type { Bulletin } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { newId } from '../ids';
import { writeRegister, type Actor, type EditBase } from '../register-writer';
import { ValidationError } from '../validation';
import { putNewProfile, type NewProfileFields } from './profiles';
import { normaliseProfileCode } from '../../../shared/domain/profiles';

export function saveBulletin(db: AppDatabase, actor: Actor, bulletin: Bulletin, base?: EditBase) {
  return writeRegister(db, actor, ['bulletins'], (w) =>
    w.put('bulletins', bulletin, undefined, base && { label: 'Ce bulletin d’adhésion', ...base }),
  );
}

export function addBulletin(db: AppDatabase, actor: Actor, fields: Omit<Bulletin, 'id'>) {
  return saveBulletin(db, actor, { ...fields, id: newId() });
}

/** A bulletin that carries habilitations cannot be removed: they would lose their quota. */
export function removeBulletin(db: AppDatabase, actor: Actor, id: string) {
  return writeRegister(db, actor, ['bulletins', 'quotas', 'habilitations'], async (w) => {
    const count = await db.habilitations.where('bulletinId').equals(id).count();
    if (count > 0) {
      throw new ValidationError([
        `Ce bulletin porte ${formatCount(count, 'habilitation')} : retirez-les ou rattachez-les à un autre bulletin avant de le supprimer.`,
      ]);
    }
    for (const q of await db.quotas.where('bulletinId').equals(id).toArray()) {
      await w.remove('quotas', q.id);
    }
    return w.remove('bulletins', id);
  });
}

/**
 * Sets the maximum number of habilitations for a profile on a bulletin; `null` removes the
 * quota (the profile can then no longer be granted).
 */
export function setQuota(
  db: AppDatabase,
  actor: Actor,
  bulletinId: string,
  profileCode: string,
  max: number | null,
) {
  const code = normaliseProfileCode(profileCode);
  return writeRegister(db, actor, ['quotas'], async (w) => {
    const existing = await db.quotas
      .where('[bulletinId+profileCode]')
      .equals([bulletinId, code])
      .first();
    if (max === null)
      return existing ? w.remove('quotas', existing.id, `Quota ${code} supprimé`) : false;
    await w.put(
      'quotas',
      { id: existing?.id ?? newId(), bulletinId, profileCode: code, max },
      `Quota ${code} = ${max}`,
    );
    return true;
  });
}

/**
 * Adds a profile the catalogue lacks and sets its quota on a bulletin, in one transaction:
 * either both are saved or neither.
 */
export function addProfileWithQuota(
  db: AppDatabase,
  actor: Actor,
  bulletinId: string,
  profile: NewProfileFields,
  max: number,
) {
  return writeRegister(db, actor, ['profiles', 'quotas', 'bulletins'], async (w) => {
    const bulletin = await db.bulletins.get(bulletinId);
    if (!bulletin) throw new ValidationError(['Ce bulletin n’existe plus.']);
    const created = await putNewProfile(db, w, profile);
    await w.put(
      'quotas',
      { id: newId(), bulletinId, profileCode: created.code, max },
      `Quota ${created.code} = ${max}`,
    );
    return created;
  });
}
