import type { ReactNode } from 'react';
import { RegisterContext } from './register-context';
import { useRegisterQuery } from './use-register';

/**
 * Loads the current register as soon as the shell is shown — while the screen's own code is
 * still downloading — and gives the same snapshot to every screen and the sidebar.
 */
export function RegisterProvider({ children }: { children: ReactNode }) {
  const register = useRegisterQuery();
  return <RegisterContext.Provider value={register}>{children}</RegisterContext.Provider>;
}
