import { useState } from 'react';
import { rowVersion } from '../../../shared/domain/edit-version';
import { canonicalJson } from '../../../shared/domain/journal-chain';
import type { EditBase } from '../../db/register-writer';

export type EditStatus = 'same' | 'changed' | 'deleted';

/**
 * What an edit form started from, followed live: `current` is the stored row as a live query
 * sees it (changes made in another window or tab, or by a restore, arrive here). The form
 * keeps the row it opened with (`base`); `status` says whether the stored row moved on or
 * went; `reload` takes the stored row as the new start (and `formKey` remounts the form with
 * it); `editBase` is what the save sends so that a stale write is refused.
 */
export function useEditBase<T>(current: T | undefined, editing: boolean) {
  const [base, setBase] = useState<T | undefined>(current);
  const [formKey, setFormKey] = useState(0);
  let status: EditStatus = 'same';
  if (editing) {
    if (current === undefined) status = 'deleted';
    else if (base !== undefined && canonicalJson(current) !== canonicalJson(base)) status = 'changed';
  }
  const reload = () => {
    if (current === undefined) return;
    setBase(current);
    setFormKey((k) => k + 1);
  };
  const editBase: EditBase | undefined = editing && base !== undefined ? { version: rowVersion(base) } : undefined;
  return { base, status, reload, editBase, formKey };
}
