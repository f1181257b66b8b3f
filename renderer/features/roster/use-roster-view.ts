import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { useSearchParams } from 'react-router';
import { agentsWithOpenDifferences } from '../../../shared/domain/portal/alerts';
import { compareProfileCodes } from '../../../shared/domain/profiles';
import type { RosterSortKey, RosterStatus } from '../../../shared/domain/roster-filter';
import { isHabilitationActive } from '../../../shared/domain/rules/active';
import { quotaUsage } from '../../../shared/domain/rules/quota';
import type { RegisterSnapshot } from '../../db/repositories/register-snapshot';
import { useDb } from '../../shell/services';
import { markRowsRendered } from './perf-marks';
import type { RosterToolbarValues } from './RosterToolbar';
import { useRoster } from './use-roster';

/**
 * The roster's view state: its filters (some opened from the dashboard's links), its sort, the
 * rows they select, the agents with an open difference with the portal and the profiles
 * offered.
 */
export function useRosterView(register: RegisterSnapshot | null | undefined, today: string) {
  const db = useDb();
  const [text, setText] = useState('');
  // « ?statut=a-regulariser »: the dashboard's alert opens the roster on the requests to regularise.
  const [params] = useSearchParams();
  const [status, setStatus] = useState<RosterStatus | 'all'>(
    params.get('statut') === 'a-regulariser' ? 'pending' : 'all',
  );
  const [bulletinId, setBulletinId] = useState('');
  const [profileCode, setProfileCode] = useState('');
  const [anomaliesOnly, setAnomaliesOnly] = useState(false);
  // « ?ecarts=portail » (dashboard): the agents concerned by an open difference with the portal.
  const [portalOnly, setPortalOnly] = useState(params.get('ecarts') === 'portail');
  const conventionId = register?.convention.id;
  const portalDifferences = useLiveQuery(
    async () =>
      conventionId ? db.portalDifferences.where('conventionId').equals(conventionId).toArray() : [],
    [db, conventionId],
  );
  const portalAgents = useMemo(
    () => agentsWithOpenDifferences(portalDifferences ?? []),
    [portalDifferences],
  );
  const [sort, setSort] = useState<{ key: RosterSortKey; direction: 'asc' | 'desc' }>({
    key: 'name',
    direction: 'asc',
  });

  const {
    rows: allRows,
    total,
    appliedText,
  } = useRoster(
    register,
    {
      text,
      status,
      bulletinId: bulletinId || undefined,
      profileCode: profileCode || undefined,
      anomaliesOnly,
      sort,
    },
    today,
  );
  const rows = useMemo(
    () => (portalOnly ? allRows.filter((r) => portalAgents.has(r.agentId)) : allRows),
    [allRows, portalOnly, portalAgents],
  );

  useEffect(() => markRowsRendered(appliedText), [rows, appliedText]);

  // Listed once per register, not on each keystroke (50,000 habilitations in large offices).
  const profileOptions = useMemo(
    () =>
      [...new Set((register?.habilitations ?? []).map((h) => h.profileCode))].sort(
        compareProfileCodes,
      ),
    [register],
  );

  const changeFilters = (next: Partial<RosterToolbarValues>) => {
    if (next.portalOnly !== undefined) setPortalOnly(next.portalOnly);
    if (next.text !== undefined) setText(next.text);
    if (next.status !== undefined) setStatus(next.status);
    if (next.bulletinId !== undefined) setBulletinId(next.bulletinId);
    if (next.profileCode !== undefined) setProfileCode(next.profileCode);
    if (next.anomaliesOnly !== undefined) setAnomaliesOnly(next.anomaliesOnly);
  };
  const toggleSort = (key: RosterSortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc',
    }));

  return {
    filters: { text, status, bulletinId, profileCode, anomaliesOnly, portalOnly },
    changeFilters,
    portalAgents,
    sort,
    toggleSort,
    rows,
    total,
    profileOptions,
  };
}

/**
 * Ctrl+F focuses the search of the list, as in the users' other tools (the search is given
 * by `searchRef`, absent while the roster has no agent).
 */
export function useSearchShortcut(searchRef: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [searchRef]);
}

/**
 * The page's counts and the quotas' usage: computed once per register (and day), not on each
 * keystroke of the search.
 */
export function useRosterCounts(register: RegisterSnapshot | null | undefined, today: string) {
  const usage = useMemo(
    () =>
      register
        ? quotaUsage({
            bulletins: register.bulletins,
            quotas: register.quotas,
            habilitations: register.habilitations,
            today,
          })
        : [],
    [register, today],
  );
  const activeCount = useMemo(
    () => (register?.habilitations ?? []).filter((h) => isHabilitationActive(h, today)).length,
    [register, today],
  );
  return { usage, activeCount };
}
