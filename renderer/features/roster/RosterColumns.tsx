import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../ui/Button';
import { COLUMNS, type RosterColumnKey } from './RosterTable';

const STORAGE_KEY = 'convention-mcp:roster-hidden-columns';

const OPTIONAL: { key: RosterColumnKey; label: string }[] = [
  ...COLUMNS.filter((c) => c.optional).map((c) => ({ key: c.key, label: c.label })),
  { key: 'anomalies', label: 'Anomalies' },
];

function readHidden(): Set<RosterColumnKey> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    const known = new Set(OPTIONAL.map((c) => c.key));
    return new Set(
      Array.isArray(raw)
        ? raw.filter((k): k is RosterColumnKey => known.has(k as RosterColumnKey))
        : [],
    );
  } catch {
    return new Set();
  }
}

/** The roster's hidden columns, remembered on this workstation. */
export function useRosterColumns() {
  const [hidden, setHidden] = useState<ReadonlySet<RosterColumnKey>>(readHidden);
  // The same function while the page lives: the chooser is not drawn again as the user types.
  const toggle = useCallback(
    (key: RosterColumnKey, shown: boolean) =>
      setHidden((h) => {
        const next = new Set(h);
        if (shown) next.delete(key);
        else next.add(key);
        try {
          localStorage.setItem(STORAGE_KEY, JSON.stringify([...next]));
        } catch {
          // Private mode or full storage: the choice holds until the screen closes.
        }
        return next;
      }),
    [],
  );
  return { hidden, toggle };
}

/**
 * « Colonnes affichées »: Agent, Statut and Actions always; the others on choice. Memoised: its
 * React Aria button is not drawn again on each keystroke of the search.
 */
export const RosterColumnsChooser = memo(function RosterColumnsChooser({
  hidden,
  onToggle,
}: {
  hidden: ReadonlySet<RosterColumnKey>;
  onToggle: (key: RosterColumnKey, shown: boolean) => void;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  return (
    <div
      className="roster-columns"
      ref={wrapper}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <Button
        ref={button}
        variant="quiet"
        aria-expanded={open}
        aria-controls={panelId}
        onPress={() => setOpen((o) => !o)}
      >
        Colonnes affichées
      </Button>
      {open ? (
        <fieldset id={panelId} className="roster-columns-panel">
          <legend className="visually-hidden">Colonnes affichées</legend>
          <p className="muted">Agent, Statut et Actions sont toujours affichées.</p>
          {OPTIONAL.map((c) => (
            <label key={c.key} className="field-checkbox">
              <input
                type="checkbox"
                checked={!hidden.has(c.key)}
                onChange={(e) => onToggle(c.key, e.target.checked)}
              />{' '}
              {c.label}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
});
