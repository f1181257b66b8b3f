import { memo, useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import { Link } from 'react-router';
import { formatBulletinLabel, formatCount } from '../../../shared/domain/format';
import { sectionByPath } from '../../shell/sections';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { NoConvention } from '../../shell/NoConvention';
import { RosterCsvExportButton } from './RosterCsvExportButton';
import { RosterImportLink } from './RosterImportLink';
import { useAction } from '../../shell/register/use-action';
import { todayIso, useRegister, useRosterPreview } from '../../shell/register/use-register';
import type { RegisterSnapshot } from '../../db/repositories/register-snapshot';
import { RosterDialogs, type RosterModal } from './RosterDialogs';
import { RosterPreviewPage } from './RosterPreviewPage';
import { RosterQuotas } from './RosterQuotas';
import { RosterTable, type RosterTableActions } from './RosterTable';
import { RosterToolbar } from './RosterToolbar';
import { useRosterCounts, useRosterView, useSearchShortcut } from './use-roster-view';
import { RosterColumnsChooser, useRosterColumns } from './RosterColumns';

export function RosterPage() {
  const register = useRegister();
  const preview = useRosterPreview();
  const section = sectionByPath('/agents');
  const today = todayIso();
  const counts = useRosterCounts(register, today);
  const searchRef = useRef<HTMLInputElement>(null);
  useSearchShortcut(searchRef);
  const [modal, setModal] = useState<RosterModal>(null);
  const [reveal, setReveal] = useState<{ name: string }>();
  const action = useAction();
  const { clearErrors } = action;
  // The same function while the page lives: the header (React Aria buttons) is not drawn
  // again on each keystroke of the search.
  const open = useCallback(
    (next: RosterModal) => {
      clearErrors();
      setModal(next);
    },
    [clearErrors],
  );

  if (register === undefined)
    return preview ? <RosterPreviewPage preview={preview} today={today} /> : <p>Chargement…</p>;
  if (register === null)
    return (
      <>
        <PageHeader title={section.label} description={section.description} />
        <NoConvention why="La liste des agents se rattache à une convention." />
      </>
    );

  const close = () => setModal(null);

  const agentCount = register.agents.length;

  return (
    <>
      <RosterHeader agentCount={agentCount} activeCount={counts.activeCount} onOpen={open} />
      <RosterQuotas usage={counts.usage} multipleBulletins={register.bulletins.length > 1} />
      {agentCount === 0 ? (
        <section className="empty-state">
          <h2>Aucun agent</h2>
          <p>
            Aucun agent. Ajoutez-en un ou importez votre liste Excel, puis accordez à chacun ses
            habilitations.
          </p>
          <div className="page-actions">
            <Button variant="primary" onPress={() => open({ kind: 'agent' })}>
              Ajouter un agent
            </Button>
            <RosterImportLink />
          </div>
        </section>
      ) : (
        <RosterList register={register} reveal={reveal} onOpen={open} searchRef={searchRef} />
      )}
      {/* Drawn only while a dialog is open: not on each keystroke of the search. */}
      {modal ? (
        <RosterDialogs
          register={register}
          modal={modal}
          open={open}
          close={close}
          action={action}
          today={today}
          onAgentAdded={(name) => setReveal({ name })}
        />
      ) : null}
    </>
  );
}

/**
 * The search, filters, count and table: the state a keystroke changes lives here, so that
 * typing draws this part again, not the page around it (header, quotas, dialogs).
 */
const RosterList = memo(function RosterList({
  register,
  reveal,
  onOpen,
  searchRef,
}: {
  register: RegisterSnapshot;
  reveal: { name: string } | undefined;
  onOpen: (next: RosterModal) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const view = useRosterView(register, todayIso());
  const { rows, total, portalAgents } = view;
  const columns = useRosterColumns();
  // The same handlers while the page lives (the table keeps them in a ref anyway).
  const actions = useMemo<RosterTableActions>(
    () => ({
      onEditAgent: (agentId) => onOpen({ kind: 'agent', agentId }),
      onGrant: (agentId) => onOpen({ kind: 'grant', agentId }),
      onGrantPending: (row) => onOpen({ kind: 'grant', agentId: row.agentId, pending: row }),
      onDismissPending: (row) => onOpen({ kind: 'dismiss', row }),
      onRevoke: (row) => onOpen({ kind: 'revoke', row }),
      onApplied: (row) => onOpen({ kind: 'applied', row }),
    }),
    [onOpen],
  );
  const bulletins = useMemo(
    () => register.bulletins.map((b) => ({ value: b.id, label: formatBulletinLabel(b) })),
    [register.bulletins],
  );
  return (
    <section className="card roster" aria-labelledby="roster-title">
      <h2 id="roster-title" className="visually-hidden">
        Liste
      </h2>
      <RosterToolbar
        values={view.filters}
        portalAgents={portalAgents.size}
        onChange={view.changeFilters}
        bulletins={bulletins}
        profiles={view.profileOptions}
        searchRef={searchRef}
      />
      {view.filters.portalOnly ? (
        <p>
          {portalAgents.size
            ? `${formatCount(portalAgents.size, 'agent concerné', 'agents concernés')} par un écart avec la liste du portail encore à traiter.`
            : 'Aucun agent n’a d’écart avec la liste du portail à traiter.'}{' '}
          <Link to="/portail">Traiter les écarts dans Rapprochement portail</Link>
        </p>
      ) : null}
      <div className="roster-count-line">
        <p className="roster-count" role="status" aria-live="polite">
          {rows.length === total
            ? formatCount(total, 'ligne')
            : `${formatCount(rows.length, 'ligne')} sur ${total}`}
        </p>
        <RosterColumnsChooser hidden={columns.hidden} onToggle={columns.toggle} />
      </div>
      <RosterTable
        complete
        reveal={reveal}
        hidden={columns.hidden}
        rows={rows}
        sort={view.sort}
        onSort={view.toggleSort}
        actions={actions}
      />
    </section>
  );
});

/** The page's title, counts and actions: memoised, they do not change while the user types. */
const RosterHeader = memo(function RosterHeader({
  agentCount,
  activeCount,
  onOpen,
}: {
  agentCount: number;
  activeCount: number;
  onOpen: (next: RosterModal) => void;
}) {
  const section = sectionByPath('/agents');
  return (
    <PageHeader
      title={section.label}
      description={`${formatCount(agentCount, 'agent')}, ${formatCount(activeCount, 'habilitation active', 'habilitations actives')}.`}
      actions={
        <>
          <Button variant="primary" onPress={() => onOpen({ kind: 'agent' })}>
            Ajouter un agent
          </Button>
          <Button onPress={() => onOpen({ kind: 'grant' })} isDisabled={agentCount === 0}>
            Accorder une habilitation
          </Button>
          <RosterImportLink />
          <RosterCsvExportButton />
        </>
      }
    />
  );
});
