import { createContext } from 'react';
import type { RegisterSnapshot } from '../../db/repositories/register-snapshot';
import type { RosterPreview } from '../../db/repositories/roster-preview';
import type { RosterFirstPage } from '../../../shared/domain/roster-first-page-stamp';

/**
 * The roster's first page while the register is read: the projection kept from the last read
 * (its rows already built) or, without one valid now, the first agents read from the register.
 */
export type RosterFirstScreen =
  { kind: 'projection'; page: RosterFirstPage } | { kind: 'preview'; preview: RosterPreview };

export const NO_PROVIDER = Symbol('no register provider');

/** The current register, shared by every screen of the shell (one live query, not one each). */
export const RegisterContext = createContext<
  RegisterSnapshot | null | undefined | typeof NO_PROVIDER
>(NO_PROVIDER);

/**
 * The roster's first page, while the whole register is still being read (large offices, when
 * the app opens on the roster); `undefined` otherwise.
 */
export const RosterPreviewContext = createContext<RosterFirstScreen | null | undefined>(undefined);
