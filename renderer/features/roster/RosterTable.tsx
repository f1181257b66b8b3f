import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { RosterRow, RosterSortKey } from '../../../shared/domain/roster-filter';
import {
  ACTIONS_WIDTH,
  ANOMALIES_WIDTH,
  ANOMALY_LABELS,
  COLUMNS,
  ROW_HEIGHT,
  rosterCell,
  type RosterColumnKey,
} from '../../shell/first-screen/roster-cells';
import { markOnce } from '../../shell/perf';
import { markRowsVisible } from './perf-marks';

export { ANOMALY_LABELS, COLUMNS, type RosterColumnKey };

const NO_HIDDEN: ReadonlySet<RosterColumnKey> = new Set();

/**
 * What the virtualizer assumes of a row not yet measured: most rows are 73–93 px high (two
 * lines: a status badge and the portal's date, often two lines of buttons).
 */
export const ESTIMATED_ROW_HEIGHT = 80;
/** One style object for every row: React has no new object to compare on each render. */
const ROW_STYLE = { height: ROW_HEIGHT };
/** Rows drawn beyond the view on each side. */
const OVERSCAN = 3;

export interface RosterTableActions {
  onEditAgent: (agentId: string) => void;
  onGrant: (agentId: string) => void;
  /** A habilitation « à régulariser »: grant it now (the dialog re-checks the rules) or drop it. */
  onGrantPending: (row: RosterRow) => void;
  onDismissPending: (row: RosterRow) => void;
  onRevoke: (row: RosterRow) => void;
  onApplied: (row: RosterRow) => void;
}

/**
 * A row's action: a native button (a screenful of rows re-renders on each keystroke of the
 * search; React Aria's press handling in each of them cost more than the filter itself), and
 * a plain element rather than a component of its own: fewer fibers to mount per row.
 */
function rowButton(label: string, onClick: () => void, text: string) {
  return (
    <button key={text} type="button" className="btn btn-quiet" aria-label={label} onClick={onClick}>
      {text}
    </button>
  );
}

function rowActions(r: RosterRow, name: string, actions: RosterTableActions) {
  const agent = rowButton(
    `Modifier l’agent ${name}`,
    () => actions.onEditAgent(r.agentId),
    'Agent',
  );
  if (r.status === 'pending')
    return [
      agent,
      rowButton(
        `Accorder ${r.profileCode} à ${name} (à régulariser)`,
        () => actions.onGrantPending(r),
        'Accorder',
      ),
      rowButton(
        `Abandonner ${r.profileCode} à régulariser de ${name}`,
        () => actions.onDismissPending(r),
        'Abandonner',
      ),
    ];
  if (r.status === 'active')
    return [
      agent,
      rowButton(`Retirer ${r.profileCode} de ${name}`, () => actions.onRevoke(r), 'Retirer'),
      !r.appliedInPortalOn
        ? rowButton(
            `Créée dans le portail : ${r.profileCode} de ${name}`,
            () => actions.onApplied(r),
            'Portail',
          )
        : null,
    ];
  return [
    agent,
    rowButton(`Accorder une habilitation à ${name}`, () => actions.onGrant(r.agentId), 'Accorder'),
  ];
}

/** A row's name as the table shows it and finds it again (« NOM Prénom »). */
function rowName(r: RosterRow): string {
  return `${r.lastName}${r.firstName ? ` ${r.firstName}` : ''}`;
}

/**
 * A row's cells, drawn again only when its row or the columns change: a row that only moves
 * (a row above it filtered out) keeps its cells and updates two attributes of its `tr`.
 */
const RosterRowCells = memo(function RosterRowCells({
  r,
  columns,
  showAnomalies,
  actions,
}: {
  r: RosterRow;
  columns: typeof COLUMNS;
  showAnomalies: boolean;
  actions: RosterTableActions | undefined;
}) {
  return (
    <>
      {columns.map((c) => (
        <td key={c.key} className={`roster-col-${c.key}`}>
          {rosterCell(r, c.key)}
        </td>
      ))}
      {showAnomalies ? (
        <td className="roster-anomalies">
          {r.anomalies.map((a) => (
            <span
              key={a}
              className={`badge ${a === 'shared-account' ? 'badge-attention' : 'badge-alerte'}`}
            >
              {ANOMALY_LABELS[a]}
            </span>
          ))}
        </td>
      ) : null}
      <td className="roster-actions">{actions ? rowActions(r, rowName(r), actions) : null}</td>
    </>
  );
});

/**
 * One row, re-rendered only when its row, place or columns change: typing in the search
 * re-renders the rows that come into view or move, not those that stay.
 */
const RosterTableRow = memo(function RosterTableRow({
  r,
  index,
  columns,
  showAnomalies,
  actions,
  measure,
}: {
  r: RosterRow;
  index: number;
  columns: typeof COLUMNS;
  showAnomalies: boolean;
  actions: RosterTableActions | undefined;
  measure: ((el: HTMLTableRowElement | null) => void) | undefined;
}) {
  return (
    <tr
      ref={measure}
      data-index={index}
      data-focus-row={r.agentId}
      data-row-name={rowName(r)}
      aria-rowindex={index + 2}
      style={ROW_STYLE}
      className={r.status === 'revoked' ? 'is-ended' : undefined}
    >
      <RosterRowCells r={r} columns={columns} showAnomalies={showAnomalies} actions={actions} />
    </tr>
  );
});

/** The header row: drawn again when the sort or the columns change, not while the user scrolls. */
const RosterTableHead = memo(function RosterTableHead({
  columns,
  sort,
  onSort,
  showAnomalies,
}: {
  columns: typeof COLUMNS;
  sort: { key: RosterSortKey; direction: 'asc' | 'desc' };
  onSort: ((key: RosterSortKey) => void) | undefined;
  showAnomalies: boolean;
}) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        {columns.map((c) => (
          <th
            key={c.key}
            scope="col"
            className={`roster-col-${c.key}`}
            aria-sort={
              sort.key === c.key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'
            }
          >
            <button
              type="button"
              className="sort-button"
              disabled={!onSort}
              onClick={() => onSort?.(c.key)}
            >
              {c.label}
              <span aria-hidden="true">
                {sort.key === c.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
              </span>
            </button>
          </th>
        ))}
        {showAnomalies ? <th scope="col">Anomalies</th> : null}
        <th scope="col">Actions</th>
      </tr>
    </thead>
  );
});

/** Whether the page is being printed (every row is then laid out). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
    };
  }, []);
  return printing;
}

/**
 * The roster as a real table (headers, sortable columns) whose body renders only the
 * visible rows: 50,000 habilitations scroll as smoothly as 5.
 */
export function RosterTable({
  rows,
  sort,
  onSort,
  actions,
  complete = false,
  reveal,
  hidden = NO_HIDDEN,
}: {
  rows: readonly RosterRow[];
  sort: { key: RosterSortKey; direction: 'asc' | 'desc' };
  /** Without it (first rows shown while the register is read) the columns cannot be sorted yet. */
  onSort?: (key: RosterSortKey) => void;
  /** Without them the rows have no action buttons yet. */
  actions?: RosterTableActions;
  /** The whole register's rows (not the first page read ahead): marks `roster:complete`. */
  complete?: boolean;
  /** « NOM Prénom » of a row to scroll into view (the agent just added), once. */
  reveal?: { name: string };
  /** Columns the user chose not to show (« Colonnes affichées »). */
  hidden?: ReadonlySet<RosterColumnKey>;
}) {
  const printing = usePrinting();
  const columns = useMemo(() => COLUMNS.filter((c) => !hidden.has(c.key)), [hidden]);
  // The same handlers object for every render (the page passes a new one each time): the
  // memoised rows then re-render only when their own row changes.
  const actionsRef = useRef(actions);
  actionsRef.current = actions;
  const hasActions = Boolean(actions);
  const stableActions = useMemo<RosterTableActions | undefined>(
    () =>
      hasActions
        ? {
            onEditAgent: (id) => actionsRef.current?.onEditAgent(id),
            onGrant: (id) => actionsRef.current?.onGrant(id),
            onGrantPending: (row) => actionsRef.current?.onGrantPending(row),
            onDismissPending: (row) => actionsRef.current?.onDismissPending(row),
            onRevoke: (row) => actionsRef.current?.onRevoke(row),
            onApplied: (row) => actionsRef.current?.onApplied(row),
          }
        : undefined,
    [hasActions],
  );
  // An Anomalies column with nothing in it takes no room. Computed once per list, not on each
  // render of the window while the user scrolls (50,000 rows in a large office).
  const anyAnomaly = useMemo(() => rows.some((r) => r.anomalies.length > 0), [rows]);
  const showAnomalies = !hidden.has('anomalies') && anyAnomaly;
  const columnCount = columns.length + (showAnomalies ? 1 : 0) + 1;
  // Each column keeps its width (in rem): below that, the table scrolls in its box.
  const minWidth =
    columns.reduce((sum, c) => sum + c.width, 0) +
    (showAnomalies ? ANOMALIES_WIDTH : 0) +
    ACTIONS_WIDTH;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler in this build; the virtualizer re-renders by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    // Close to the rows' real height (two lines: a badge and the portal's date), so that few rows
    // are drawn only to be dropped once measured.
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    // A few rows beyond the view: each keystroke of the search mounts every row drawn.
    overscan: OVERSCAN,
  });
  // Printing lays out every row, not only those in view.
  const items = printing
    ? rows.map((_, index) => ({ index, key: index, start: 0, end: 0 }))
    : virtualizer.getVirtualItems();
  const padTop = printing ? 0 : (items[0]?.start ?? 0);
  const padBottom =
    printing || !items.length ? 0 : virtualizer.getTotalSize() - items[items.length - 1]!.end;
  const hasRows = items.length > 0;
  const revealIndex = useMemo(
    () => (reveal ? rows.findIndex((r) => rowName(r) === reveal.name) : -1),
    [rows, reveal],
  );
  useEffect(() => {
    if (revealIndex >= 0) virtualizer.scrollToIndex(revealIndex, { align: 'center' });
    // Only when asked (a new object), not on every change of the rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal, revealIndex >= 0]);
  // The name column sticks to the left only once the table is scrolled sideways (see the CSS):
  // a passive listener that touches one class, no render. A capturing one: it reads
  // `scrollLeft` before the virtualizer's listener draws the rows that came into view; read
  // after, it forced a second layout of the table in every scrolled frame (bench profile).
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const update = () => el.classList.toggle('is-scrolled-x', el.scrollLeft > 0);
    update();
    el.addEventListener('scroll', update, { passive: true, capture: true });
    return () => el.removeEventListener('scroll', update, { capture: true });
  }, []);
  useEffect(() => {
    if (hasRows) markRowsVisible();
    if (hasRows && complete) markOnce('roster:complete');
  }, [hasRows, complete]);

  return (
    <div
      className="roster-scroll"
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label="Liste des agents et habilitations"
    >
      <table
        className="data roster-table"
        aria-rowcount={rows.length + 1}
        style={{ minWidth: `${minWidth}rem` }}
      >
        <colgroup>
          {columns.map((c) => (
            <col key={c.key} style={{ width: `${c.width}rem` }} />
          ))}
          {showAnomalies ? <col style={{ width: `${ANOMALIES_WIDTH}rem` }} /> : null}
          <col style={{ width: `${ACTIONS_WIDTH}rem` }} />
        </colgroup>
        <RosterTableHead
          columns={columns}
          sort={sort}
          onSort={onSort}
          showAnomalies={showAnomalies}
        />
        <tbody>
          {padTop > 0 ? (
            <tr aria-hidden="true" style={{ height: padTop }}>
              <td colSpan={columnCount} />
            </tr>
          ) : null}
          {items.map((item) => {
            const r = rows[item.index]!;
            return (
              <RosterTableRow
                key={r.key}
                r={r}
                index={item.index}
                columns={columns}
                showAnomalies={showAnomalies}
                actions={stableActions}
                measure={printing ? undefined : virtualizer.measureElement}
              />
            );
          })}
          {padBottom > 0 ? (
            <tr aria-hidden="true" style={{ height: padBottom }}>
              <td colSpan={columnCount} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
