/**
 * Disk-full / quota errors come in several shapes: a DOMException `QuotaExceededError`, Dexie's
 * `QuotaExceededError`, or Dexie's `AbortError` whose `inner` is one (a transaction aborted by
 * the quota). Whatever the shape, the transaction was rolled back: nothing was written.
 */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

export const QUOTA_MESSAGE =
  'Le disque ou l’espace de stockage est plein : rien n’a été enregistré. Libérez de la place puis réessayez.';
