import { CATALOGUE_PROFILES } from '../../../shared/domain/profiles';
import { EXPORT_TABLES } from '../../../shared/backup/export-format';
import type { AppDatabase } from '../database';
import { JOURNAL_HEAD_KEY, RegisterWriter, type Actor } from '../register-writer';

/**
 * Erases the whole register in one transaction (« Tout effacer »), keeping only who uses
 * this workstation and the shipped profile catalogue. The journal starts again with one
 * entry recording the erasure. Call only after a safety backup.
 */
export async function wipeAllData(db: AppDatabase, actor: Actor): Promise<void> {
  await db.transaction('rw', [...EXPORT_TABLES, 'meta'], async () => {
    const userName = await db.settings.get('userName');
    for (const t of EXPORT_TABLES) await db.table(t).clear();
    await db.meta.delete(JOURNAL_HEAD_KEY);
    if (userName) await db.settings.put(userName);
    await db.profiles.bulkAdd(CATALOGUE_PROFILES.map((p) => ({ ...p })));
    await new RegisterWriter(db, actor).append(
      'delete',
      'registre',
      'tout',
      null,
      null,
      'Registre entièrement effacé (une sauvegarde a été prise juste avant)',
    );
  });
}
