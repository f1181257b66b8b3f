import Dexie from 'dexie';
import { useEffect, useState, type ReactNode } from 'react';
import { useDb } from '../services';
import { loadRosterPreview } from '../../db/repositories/roster-preview';
import { forgetStoredFirstPage, isFirstPageCurrent } from '../../db/roster-first-page-store';
import { startFirstPage } from '../first-screen/start-page';
import { RegisterContext, RosterPreviewContext, type RosterFirstScreen } from './register-context';
import { todayIso, useRegisterQuery } from './use-register';

/** Runs `work` when the main thread is idle (at most 2 s later). */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}

/** Runs `work` once the next frame is painted. */
function afterPaint(work: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(work, 0));
  else setTimeout(work, 0);
}

/**
 * Loads the current register as soon as the shell is shown — while the screen's own code is
 * still downloading — and gives the same snapshot to every screen and the sidebar.
 *
 * With `rosterPreview` (the app opens on the roster), the roster's first page is read first,
 * then the whole register: a department with 50,000 habilitations sees its first rows in a
 * fraction of the time the register takes to read.
 */
export function RegisterProvider({
  children,
  rosterPreview = false,
}: {
  children: ReactNode;
  rosterPreview?: boolean;
}) {
  const db = useDb();
  // The first page start-up showed (kept by the last run) is shown again at once; it stays
  // only if the register is still in the state it was built from.
  const [preview, setPreview] = useState<RosterFirstScreen | null | undefined>(() => {
    const page = rosterPreview ? startFirstPage() : null;
    return page ? { kind: 'projection', page } : undefined;
  });
  const [previewSettled, setPreviewSettled] = useState(!rosterPreview);
  useEffect(() => {
    if (!rosterPreview) return;
    let current = true;
    const settle = (value: RosterFirstScreen | null | undefined) => {
      if (!current) return;
      setPreview(value);
      // The whole register is read once the first rows are painted: its reads would hold the
      // main thread before they are.
      afterPaint(() => current && setPreviewSettled(true));
    };
    const kept = startFirstPage();
    // Otherwise the first agents are read from the register. A failed preview only costs the
    // preview: the register read that follows reports errors.
    (kept ? isFirstPageCurrent(db, kept).catch(() => false) : Promise.resolve(false))
      .then(async (valid): Promise<RosterFirstScreen | null> => {
        if (valid && kept) return { kind: 'projection', page: kept };
        const read = await loadRosterPreview(db);
        return read ? { kind: 'preview', preview: read } : null;
      })
      .then(settle, () => settle(undefined));
    return () => {
      current = false;
    };
  }, [db, rosterPreview]);
  const register = useRegisterQuery(previewSettled);
  // The first page kept for the next start-up: dropped as soon as the register changes (in
  // this window or another), written again from each read of the register when idle (the
  // builder and the roster's rules load then).
  useEffect(() => {
    const prefix = `idb://${db.name}/`;
    const onChange = (parts: Record<string, unknown>) => {
      if (
        Object.keys(parts).some(
          (k) =>
            k.startsWith(prefix) &&
            !k.startsWith(`${prefix}meta/`) &&
            !k.startsWith(`${prefix}settings/`),
        )
      )
        forgetStoredFirstPage(db.name);
    };
    Dexie.on('storagemutated', onChange);
    return () => Dexie.on('storagemutated').unsubscribe(onChange);
  }, [db]);
  useEffect(() => {
    if (register === undefined) return;
    return whenIdle(() => {
      void import('../../db/repositories/roster-first-page')
        .then((m) => m.saveRosterFirstPage(db, register, todayIso()))
        .catch(() => undefined);
    });
  }, [db, register]);
  return (
    <RegisterContext.Provider value={register}>
      <RosterPreviewContext.Provider value={register === undefined ? preview : undefined}>
        {children}
      </RosterPreviewContext.Provider>
    </RegisterContext.Provider>
  );
}
