import { useEffect, useState, type ReactNode } from 'react';
import { useDb } from '../services';
import { loadRosterPreview, type RosterPreview } from '../../db/repositories/roster-preview';
import { RegisterContext, RosterPreviewContext } from './register-context';
import { useRegisterQuery } from './use-register';

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
  const [preview, setPreview] = useState<RosterPreview | null | undefined>(undefined);
  const [previewSettled, setPreviewSettled] = useState(!rosterPreview);
  useEffect(() => {
    if (!rosterPreview) return;
    let current = true;
    const settle = (value: RosterPreview | null | undefined) => {
      if (!current) return;
      setPreview(value);
      setPreviewSettled(true);
    };
    // A failed preview only costs the preview: the register read that follows reports errors.
    loadRosterPreview(db).then(settle, () => settle(undefined));
    return () => {
      current = false;
    };
  }, [db, rosterPreview]);
  const register = useRegisterQuery(previewSettled);
  return (
    <RegisterContext.Provider value={register}>
      <RosterPreviewContext.Provider value={register === undefined ? preview : undefined}>
        {children}
      </RosterPreviewContext.Provider>
    </RegisterContext.Provider>
  );
}
