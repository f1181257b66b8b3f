import { createContext } from 'react';
import type { RegisterSnapshot } from '../../db/repositories/register-snapshot';

export const NO_PROVIDER = Symbol('no register provider');

/** The current register, shared by every screen of the shell (one live query, not one each). */
export const RegisterContext = createContext<
  RegisterSnapshot | null | undefined | typeof NO_PROVIDER
>(NO_PROVIDER);
