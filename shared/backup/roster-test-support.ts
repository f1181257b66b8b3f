/**
 * What the roster-import tests and the roster score share: an empty register with one CDAP
 * bulletin, the whole profile catalogue and quotas large enough that no habilitation of a real
 * list is refused for the count.
 */
import { CATALOGUE_PROFILES } from '../domain/profiles';
import type { ExistingRegister } from './roster-plan';

export const CDAP_BULLETIN = { id: 'b1', conventionId: 'c1', serviceCode: 'CDAP' };

export function catalogueRegister(max: number): ExistingRegister {
  return {
    agents: [],
    habilitations: [],
    bulletins: [CDAP_BULLETIN],
    profiles: [...CATALOGUE_PROFILES],
    quotas: CATALOGUE_PROFILES.map((p, i) => ({
      id: `q${i}`,
      bulletinId: CDAP_BULLETIN.id,
      profileCode: p.code,
      max,
    })),
  };
}
