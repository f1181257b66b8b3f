/**
 * No lost update: an edit carries the version of the row it started from, and the write is
 * refused when the stored row is no longer that one (changed or deleted in another window or
 * tab, or by a restore). The version is the digest of the row's canonical JSON — the same
 * digest the journal keeps of what it wrote — so every table has one without a new field,
 * and older backups need nothing.
 */
import { computePayloadDigest } from './journal-chain';
import { frenchSpacing } from './text';

export function rowVersion(row: unknown): string {
  return computePayloadDigest(row);
}

export type StaleKind = 'changed' | 'deleted';

/** « Modifié dans une autre fenêtre — rechargez… », for an entity named in French. */
export function staleEditMessage(kind: StaleKind, what = 'Cet élément'): string {
  return frenchSpacing(
    kind === 'changed'
      ? `Modifié dans une autre fenêtre — rechargez : ${what.charAt(0).toLocaleLowerCase('fr')}${what.slice(1)} a changé ailleurs depuis que vous avez ouvert ce formulaire. Rien n’a été enregistré ; rechargez le formulaire avec les valeurs de l’autre fenêtre, puis refaites vos changements.`
      : `${what} n’existe plus : il y a eu une suppression dans une autre fenêtre, ou une sauvegarde a été restaurée. Rien n’a été enregistré.`,
  );
}
