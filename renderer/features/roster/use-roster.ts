import { useDeferredValue, useMemo } from 'react';
import {
  buildRosterIndex,
  buildRosterRows,
  filterRoster,
  type RosterCriteria,
} from '../../../shared/domain/roster-filter';
import type { RegisterSnapshot } from '../../db/repositories/register-snapshot';

/**
 * The roster index is rebuilt only when the register changes; each keystroke only runs the
 * in-memory filter. The search text is deferred so typing never waits for the table.
 */
export function useRoster(register: RegisterSnapshot | null | undefined, criteria: RosterCriteria, today: string) {
  const index = useMemo(
    () =>
      register
        ? buildRosterIndex(
            buildRosterRows({
              agents: register.agents,
              habilitations: register.habilitations,
              bulletins: register.bulletins,
              quotas: register.quotas,
              profiles: register.profiles,
              today,
            }),
          )
        : null,
    [register, today],
  );
  const text = useDeferredValue(criteria.text);
  const { status, bulletinId, profileCode, anomaliesOnly, sort } = criteria;
  const rows = useMemo(
    () => (index ? filterRoster(index, { text, status, bulletinId, profileCode, anomaliesOnly, sort }) : []),
    [index, text, status, bulletinId, profileCode, anomaliesOnly, sort],
  );
  return { rows, total: index?.rows.length ?? 0, appliedText: text ?? '' };
}
