import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useDb } from './services';
import { listConventions } from '../db/repositories/convention-list';
import { getCurrentConventionId, setCurrentConventionId } from '../db/repositories/settings';

/** Every convention of the database, sorted by partner, and the current one. */
export function useConventionList() {
  const db = useDb();
  return useLiveQuery(async () => {
    const [list, currentId] = await Promise.all([listConventions(db), getCurrentConventionId(db)]);
    list.sort((a, b) =>
      `${a.partner?.name ?? ''} ${a.convention.number ?? ''}`.localeCompare(
        `${b.partner?.name ?? ''} ${b.convention.number ?? ''}`,
        'fr',
      ),
    );
    const current = list.find((c) => c.convention.id === currentId) ?? list[0];
    return { list, current };
  }, [db]);
}

const optionLabel = (partner: string | undefined, number: string | undefined) =>
  `${partner ?? 'Partenaire inconnu'}${number ? ` — n° ${number}` : ''}`;

/**
 * The sidebar's convention: the current partner and number, and a « Convention en cours »
 * select when the database holds several (a town hall and its CCAS).
 */
export function ConventionSwitcher() {
  const db = useDb();
  const data = useConventionList();
  const selectId = useId();
  if (!data) return <div className="brand-convention">Chargement…</div>;
  const { list, current } = data;
  if (!current) return <div className="brand-convention">Aucune convention</div>;
  return (
    <div className="brand-convention convention-switcher">
      <span className="convention-switcher-partner">
        {current.partner?.name ?? 'Partenaire inconnu'}
      </span>
      {current.convention.number ? <span>Convention n° {current.convention.number}</span> : null}
      {list.length > 1 ? (
        <>
          <label htmlFor={selectId} className="convention-switcher-label">
            Convention en cours
          </label>
          <select
            id={selectId}
            className="convention-switcher-select"
            value={current.convention.id}
            onChange={(e) => void setCurrentConventionId(db, e.target.value)}
          >
            {list.map((c) => (
              <option key={c.convention.id} value={c.convention.id}>
                {optionLabel(c.partner?.name, c.convention.number)}
              </option>
            ))}
          </select>
        </>
      ) : null}
    </div>
  );
}
