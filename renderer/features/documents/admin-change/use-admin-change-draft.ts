import { useEffect, useState } from 'react';
import {
  deleteDraft,
  loadDraft,
  saveDraft,
  type StoredDraft,
} from '../../../db/repositories/drafts';
import { useDb } from '../../../shell/services';
import { adminChangeValuesSchema, isWorthADraft, type AdminChangeValues } from './values';

const DRAFT_KIND = 'changement-administrateur';

/**
 * The form kept as a draft while it is filled (until exported or abandoned), and a draft left
 * from an earlier visit: `pending` is undefined while reading, null once none or decided.
 */
export function useAdminChangeDraft({
  conventionId,
  values,
  initial,
  step,
  exported,
}: {
  conventionId: string;
  values: AdminChangeValues;
  /** The values the form opened with: a draft is only kept once they changed. */
  initial: AdminChangeValues;
  step: number;
  /** Once exported, nothing more is kept. */
  exported: boolean;
}) {
  const db = useDb();
  const [pending, setPending] = useState<StoredDraft<AdminChangeValues> | null | undefined>(
    undefined,
  );
  useEffect(() => {
    let live = true;
    void loadDraft(db, DRAFT_KIND, conventionId, adminChangeValuesSchema).then((d) => {
      if (live) setPending(d ?? null);
    });
    return () => {
      live = false;
    };
  }, [db, conventionId]);
  useEffect(() => {
    if (pending !== null || exported || !isWorthADraft(values, initial)) return;
    const timer = setTimeout(() => {
      void saveDraft(db, DRAFT_KIND, conventionId, {
        savedAt: new Date().toISOString(),
        step,
        values,
      });
    }, 400);
    return () => clearTimeout(timer);
  }, [db, conventionId, values, step, pending, exported, initial]);
  return {
    pending,
    /** The earlier draft was taken up or thrown away. */
    decided: () => setPending(null),
    remove: () => deleteDraft(db, DRAFT_KIND, conventionId),
  };
}
