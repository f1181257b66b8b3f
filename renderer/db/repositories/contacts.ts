import { addDays } from '../../../shared/domain/dates';
import { validateContactDates } from '../../../shared/domain/rules/contacts';
import type { Contact } from '../../../shared/domain/schemas';
import type { AppDatabase } from '../database';
import { newId } from '../ids';
import { writeRegister, type Actor, type EditBase } from '../register-writer';
import { ValidationError } from '../validation';

export type ContactFields = Omit<Contact, 'id'>;

export async function saveContact(
  db: AppDatabase,
  actor: Actor,
  contact: Contact,
  base?: EditBase,
) {
  const dates = validateContactDates(contact);
  if (!dates.ok) throw new ValidationError(dates.findings.map((f) => f.message));
  return writeRegister(db, actor, ['contacts'], (w) =>
    w.put('contacts', contact, undefined, base && { label: 'Cet interlocuteur', ...base }),
  );
}

export function addContact(db: AppDatabase, actor: Actor, fields: ContactFields) {
  return saveContact(db, actor, { ...fields, id: newId() });
}

/**
 * Replaces a contact from `fields.validFrom` on: the old one is ended the day before and
 * stays in the history; nothing is deleted.
 */
export async function replaceContact(
  db: AppDatabase,
  actor: Actor,
  oldId: string,
  fields: Omit<ContactFields, 'conventionId' | 'side' | 'role'>,
  base?: EditBase,
): Promise<Contact> {
  return writeRegister(db, actor, ['contacts'], async (w) => {
    const old = await db.contacts.get(oldId);
    if (!old) throw new ValidationError(['Cet interlocuteur n’existe plus.']);
    if (fields.validFrom <= old.validFrom) {
      throw new ValidationError([
        'Le remplacement doit commencer après le début de validité de l’interlocuteur remplacé.',
      ]);
    }
    await w.put(
      'contacts',
      { ...old, validTo: addDays(fields.validFrom, -1) },
      'Fin de validité',
      base && { label: 'Cet interlocuteur', ...base },
    );
    return w.put(
      'contacts',
      { ...fields, id: newId(), conventionId: old.conventionId, side: old.side, role: old.role },
      'Remplacement d’un interlocuteur',
    );
  });
}

export function endContact(
  db: AppDatabase,
  actor: Actor,
  id: string,
  validTo: string,
  base?: EditBase,
) {
  return writeRegister(db, actor, ['contacts'], async (w) => {
    const old = await db.contacts.get(id);
    if (!old) throw new ValidationError(['Cet interlocuteur n’existe plus.']);
    if (validTo < old.validFrom) {
      throw new ValidationError(['La fin de validité ne peut pas précéder son début.']);
    }
    return w.put(
      'contacts',
      { ...old, validTo },
      'Fin de validité',
      base && { label: 'Cet interlocuteur', ...base },
    );
  });
}

/** Deletes a contact entered by mistake (a person who really left is ended instead). */
export function removeContact(db: AppDatabase, actor: Actor, id: string) {
  return writeRegister(db, actor, ['contacts'], (w) =>
    w.remove('contacts', id, 'Interlocuteur supprimé (saisie erronée)'),
  );
}
