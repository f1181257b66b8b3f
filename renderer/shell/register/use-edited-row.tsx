import { useMemo, useState, type ReactNode } from 'react';
import { rowVersion } from '../../../shared/domain/edit-version';
import { canonicalJson } from '../../../shared/domain/journal-chain';
import type { EditBase } from '../../db/register-writer';
import { StaleEditNotice } from '../../ui/StaleEditNotice';

/** Whether the row an edit form started from is still the stored one. */
export type EditStatus = 'same' | 'changed' | 'deleted';

export interface EditedRow<T> {
  /** The row the form started from: the stored one when it opened, or after « Recharger ». */
  base: T | undefined;
  /** Whether the stored row moved on (`changed`) or went (`deleted`) since then. */
  status: EditStatus;
  /** A key for the form: it changes when the form is reloaded, so the form remounts with `base`. */
  formKey: number;
  /** What the save sends to the repository, so that a stale write is refused. */
  editBase: EditBase | undefined;
  /** Takes the stored row as the new start. */
  reload: () => void;
  /** « Modifié dans une autre fenêtre — rechargez » / « … n'existe plus », or nothing. */
  notice: ReactNode;
  /** False once the row went: the form must not save (never an edit turned into a creation). */
  canSave: boolean;
}

/**
 * One call per edit dialog for « no lost update ». `current` is the stored row as a live query
 * sees it now (changes made in another window or tab, or by a restore, arrive there); the
 * form keeps the row it opened with. The dialog renders `notice`, keys its form with
 * `formKey`, builds the saved row from `base` and passes `editBase` to the repository, whose
 * write transaction refuses a stale version.
 *
 * A row absent when the form opened (the service contract of an old register) is a creation:
 * nothing is stale until the row appears elsewhere, which is then « changed ».
 */
export function useEditedRow<T>(
  current: T | undefined,
  {
    what,
    onClose,
    onReload,
  }: {
    what: string;
    onClose: () => void;
    /** Also run on « Recharger » (e.g. to clear the refusal the stale save showed). */
    onReload?: () => void;
  },
): EditedRow<T> {
  const [base, setBase] = useState<T | undefined>(current);
  const [formKey, setFormKey] = useState(0);
  const baseJson = useMemo(() => (base === undefined ? undefined : canonicalJson(base)), [base]);
  const currentJson = useMemo(
    () => (current === undefined ? undefined : canonicalJson(current)),
    [current],
  );
  const editBase = useMemo(
    () => (base === undefined ? undefined : { version: rowVersion(base) }),
    [base],
  );
  let status: EditStatus = 'same';
  if (base !== undefined && current === undefined) status = 'deleted';
  else if (currentJson !== undefined && currentJson !== baseJson) status = 'changed';
  const reload = () => {
    if (current === undefined) return;
    setBase(current);
    setFormKey((k) => k + 1);
    onReload?.();
  };
  return {
    base,
    status,
    formKey,
    editBase,
    reload,
    notice: <StaleEditNotice status={status} what={what} onReload={reload} onClose={onClose} />,
    canSave: status !== 'deleted',
  };
}

/**
 * `useEditedRow` for a dialog written inline in a page's JSX: mount it when the dialog opens
 * (keyed by the row), and render the dialog from what it passes.
 */
export function EditedRowScope<T>({
  current,
  what,
  onClose,
  onReload,
  children,
}: {
  current: T | undefined;
  what: string;
  onClose: () => void;
  onReload?: () => void;
  children: (edit: EditedRow<T>) => ReactNode;
}) {
  const edit = useEditedRow(current, { what, onClose, ...(onReload ? { onReload } : {}) });
  return <>{children(edit)}</>;
}
