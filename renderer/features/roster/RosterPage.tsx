import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { agentsWithOpenDifferences } from '../../../shared/domain/portal/alerts';
import { formatBulletinLabel, formatCount } from '../../../shared/domain/format';
import { compareProfileCodes } from '../../../shared/domain/profiles';
import type { RosterRow, RosterSortKey, RosterStatus } from '../../../shared/domain/roster-filter';
import { quotaUsage } from '../../../shared/domain/rules/quota';
import { sectionByPath } from '../../shell/sections';
import { useDb } from '../../shell/services';
import {
  addAgent,
  dismissPendingHabilitation,
  grantHabilitation,
  markAppliedInPortal,
  revokeHabilitation,
  saveAgent,
  type GrantInput,
} from '../../db/repositories/roster';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PageHeader } from '../../ui/PageHeader';
import { NoConvention } from '../../shell/NoConvention';
import { RosterCsvExportButton } from './RosterCsvExportButton';
import { RosterImportLink } from './RosterImportLink';
import { useAction } from '../../shell/register/use-action';
import {
  todayIso,
  useActor,
  useRegister,
  useRosterPreview,
} from '../../shell/register/use-register';
import { AgentDialog, EMPTY_AGENT, type AgentDraft } from './AgentDialog';
import { EditedRowScope, useEditedRow } from '../../shell/register/use-edited-row';
import type { EditBase } from '../../db/register-writer';
import type { Agent } from '../../../shared/domain/schemas';
import { GrantDialog } from './GrantDialog';
import { AppliedDialog, RevokeDialog } from './RevokeDialog';
import { markRowsRendered } from './perf-marks';
import { RosterPreviewPage } from './RosterPreviewPage';
import { RosterQuotas } from './RosterQuotas';
import { RosterTable } from './RosterTable';
import { RosterToolbar } from './RosterToolbar';
import { useRoster } from './use-roster';
import { isHabilitationActive } from '../../../shared/domain/rules/active';
import { focusAfterClose } from '../../ui/focus';
import { RosterColumnsChooser, useRosterColumns } from './RosterColumns';

type Modal =
  | { kind: 'agent'; agentId?: string }
  | { kind: 'grant'; agentId?: string; pending?: RosterRow }
  | { kind: 'dismiss'; row: RosterRow }
  | { kind: 'revoke'; row: RosterRow }
  | { kind: 'applied'; row: RosterRow }
  | null;

export function RosterPage() {
  const db = useDb();
  const actor = useActor();
  const register = useRegister();
  const preview = useRosterPreview();
  const section = sectionByPath('/agents');
  const today = todayIso();
  const searchRef = useRef<HTMLInputElement>(null);
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
  const [modal, setModal] = useState<Modal>(null);
  const [reveal, setReveal] = useState<{ name: string }>();
  const columns = useRosterColumns();
  const { run, errors, fieldErrors, busy, clearErrors } = useAction();

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

  // Ctrl+F focuses the search of the list, as in the users' other tools.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        searchRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

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

  // Counted once per register, not on each keystroke (50,000 habilitations in large offices).
  const { activeCount, profileOptions } = useMemo(() => {
    const habilitations = register?.habilitations ?? [];
    return {
      activeCount: habilitations.filter((h) => isHabilitationActive(h, today)).length,
      profileOptions: [...new Set(habilitations.map((h) => h.profileCode))].sort(
        compareProfileCodes,
      ),
    };
  }, [register, today]);

  if (register === undefined)
    return preview ? <RosterPreviewPage preview={preview} today={today} /> : <p>Chargement…</p>;
  if (register === null)
    return (
      <>
        <PageHeader title={section.label} description={section.description} />
        <NoConvention why="La liste des agents se rattache à une convention." />
      </>
    );

  const open = (next: Modal) => {
    clearErrors();
    setModal(next);
  };
  const close = () => setModal(null);

  const saveAgentDraft = async (draft: AgentDraft, agentId?: string, base?: EditBase) => {
    const done = agentId
      ? await run(
          () =>
            saveAgent(
              db,
              actor,
              { ...draft, id: agentId, organisationId: register.partner.id },
              base,
            ),
          'Agent enregistré.',
        )
      : await run(
          () => addAgent(db, actor, { ...draft, organisationId: register.partner.id }),
          'Agent ajouté.',
        );
    if (done && !agentId) {
      // Focus goes to the new agent's row (scrolled into view), not back to the button.
      const name = `${draft.lastName}${draft.firstName ? ` ${draft.firstName}` : ''}`;
      setReveal({ name });
      focusAfterClose(() =>
        document.querySelector(`tr[data-row-name="${CSS.escape(name)}"] button`),
      );
    }
    if (done) close();
  };
  const grant = async (input: GrantInput) => {
    const done = await run(
      () => grantHabilitation(db, actor, input, today),
      'Habilitation accordée.',
    );
    if (done) close();
  };
  const dismiss = async (row: RosterRow) => {
    const done = await run(
      () => dismissPendingHabilitation(db, actor, row.agentId, row.pendingId!),
      'Demande abandonnée.',
    );
    if (done) close();
  };
  const revoke = async (row: RosterRow, on: string, reason: string, base?: EditBase) => {
    const done = await run(
      () => revokeHabilitation(db, actor, row.habilitationId!, on, reason, base),
      'Habilitation retirée.',
    );
    if (done) close();
  };
  const applied = async (row: RosterRow, on: string, base?: EditBase) => {
    const done = await run(
      () => markAppliedInPortal(db, actor, row.habilitationId!, on, 'grant', base),
      'Date enregistrée.',
    );
    if (done) close();
  };
  /** The stored habilitation now (another window or a restore may have changed or removed it). */
  const storedHabilitation = (row: RosterRow) =>
    register.habilitations.find((h) => h.id === row.habilitationId);

  const agentCount = register.agents.length;
  const editedAgent =
    modal?.kind === 'agent' && modal.agentId
      ? register.agents.find((a) => a.id === modal.agentId)
      : undefined;

  return (
    <>
      <PageHeader
        title={section.label}
        description={`${formatCount(agentCount, 'agent')}, ${formatCount(activeCount, 'habilitation active', 'habilitations actives')}.`}
        actions={
          <>
            <Button variant="primary" onPress={() => open({ kind: 'agent' })}>
              Ajouter un agent
            </Button>
            <Button onPress={() => open({ kind: 'grant' })} isDisabled={agentCount === 0}>
              Accorder une habilitation
            </Button>
            <RosterImportLink />
            <RosterCsvExportButton />
          </>
        }
      />
      <RosterQuotas usage={usage} multipleBulletins={register.bulletins.length > 1} />
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
        <section className="card roster" aria-labelledby="roster-title">
          <h2 id="roster-title" className="visually-hidden">
            Liste
          </h2>
          <RosterToolbar
            values={{ text, status, bulletinId, profileCode, anomaliesOnly, portalOnly }}
            portalAgents={portalAgents.size}
            onChange={(next) => {
              if (next.portalOnly !== undefined) setPortalOnly(next.portalOnly);
              if (next.text !== undefined) setText(next.text);
              if (next.status !== undefined) setStatus(next.status);
              if (next.bulletinId !== undefined) setBulletinId(next.bulletinId);
              if (next.profileCode !== undefined) setProfileCode(next.profileCode);
              if (next.anomaliesOnly !== undefined) setAnomaliesOnly(next.anomaliesOnly);
            }}
            bulletins={register.bulletins.map((b) => ({
              value: b.id,
              label: formatBulletinLabel(b),
            }))}
            profiles={profileOptions}
            searchRef={searchRef}
          />
          {portalOnly ? (
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
            sort={sort}
            onSort={(key) =>
              setSort((s) => ({
                key,
                direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc',
              }))
            }
            actions={{
              onEditAgent: (agentId) => open({ kind: 'agent', agentId }),
              onGrant: (agentId) => open({ kind: 'grant', agentId }),
              onGrantPending: (row) => open({ kind: 'grant', agentId: row.agentId, pending: row }),
              onDismissPending: (row) => open({ kind: 'dismiss', row }),
              onRevoke: (row) => open({ kind: 'revoke', row }),
              onApplied: (row) => open({ kind: 'applied', row }),
            }}
          />
        </section>
      )}
      {modal?.kind === 'agent' ? (
        <AgentEditor
          key={modal.agentId ?? 'new'}
          agentId={modal.agentId}
          current={editedAgent}
          agents={register.agents}
          onOpenExisting={(agentId) => open({ kind: 'agent', agentId })}
          errors={errors}
          fieldErrors={fieldErrors}
          busy={busy}
          onSubmit={(draft, base) => void saveAgentDraft(draft, modal.agentId, base)}
          onClose={close}
        />
      ) : null}
      {modal?.kind === 'grant' ? (
        <GrantDialog
          register={register}
          agentId={modal.agentId}
          pending={
            modal.pending?.pendingId
              ? {
                  id: modal.pending.pendingId,
                  bulletinId: modal.pending.bulletinId!,
                  profileCode: modal.pending.profileCode!,
                  reason: modal.pending.pendingReason ?? '',
                }
              : undefined
          }
          actorName={actor.name}
          today={today}
          errors={errors}
          busy={busy}
          onSubmit={grant}
          onClose={close}
        />
      ) : null}
      {modal?.kind === 'dismiss' ? (
        <ConfirmDialog
          title="Abandonner la demande ?"
          message={`Abandonner l’habilitation ${modal.row.profileCode ?? ''} à régulariser de ${modal.row.firstName ? `${modal.row.firstName} ` : ''}${modal.row.lastName} ? Elle ne sera pas accordée ; le journal garde la demande.${modal.row.pendingInPortal ? ' Elle existe dans le portail : retirez-la aussi dans « Mon Compte Partenaire ».' : ''}`}
          confirmLabel="Abandonner la demande"
          isOpen
          onCancel={close}
          onConfirm={() => void dismiss(modal.row)}
        />
      ) : null}
      {modal?.kind === 'revoke' ? (
        <EditedRowScope
          key={modal.row.habilitationId}
          current={storedHabilitation(modal.row)}
          what="Cette habilitation"
          onClose={close}
          onReload={clearErrors}
        >
          {(edit) => (
            <RevokeDialog
              key={edit.formKey}
              row={modal.row}
              today={today}
              errors={errors}
              busy={busy}
              notice={edit.notice}
              canSave={edit.canSave}
              onSubmit={(on, reason) => void revoke(modal.row, on, reason, edit.editBase)}
              onClose={close}
            />
          )}
        </EditedRowScope>
      ) : null}
      {modal?.kind === 'applied' ? (
        <EditedRowScope
          key={modal.row.habilitationId}
          current={storedHabilitation(modal.row)}
          what="Cette habilitation"
          onClose={close}
          onReload={clearErrors}
        >
          {(edit) => (
            <AppliedDialog
              key={edit.formKey}
              row={modal.row}
              today={today}
              busy={busy}
              errors={errors}
              notice={edit.notice}
              canSave={edit.canSave}
              onSubmit={(on) => void applied(modal.row, on, edit.editBase)}
              onClose={close}
            />
          )}
        </EditedRowScope>
      ) : null}
    </>
  );
}

/**
 * The agent dialog for a creation (no `agentId`) or an edit. An edit follows the stored agent
 * live: changed elsewhere, it offers to reload; gone (deleted, or a restore), it says so —
 * it never turns into « Ajouter un agent ». The save carries the version the form started
 * from, so that a stale write is refused in the write transaction itself.
 */
function AgentEditor({
  agentId,
  current,
  onSubmit,
  ...rest
}: Omit<
  Parameters<typeof AgentDialog>[0],
  'initial' | 'isNew' | 'onSubmit' | 'stale' | 'onReload'
> & {
  current: Agent | undefined;
  onSubmit: (draft: AgentDraft, base?: EditBase) => void;
}) {
  // A creation follows nothing: another window's new agent is not this one.
  const edit = useEditedRow(agentId ? current : undefined, {
    what: 'Cet agent',
    onClose: rest.onClose,
  });
  return (
    <AgentDialog
      {...rest}
      key={edit.formKey}
      agentId={agentId}
      isNew={!agentId}
      initial={edit.base ? { ...edit.base } : EMPTY_AGENT}
      stale={edit.status}
      onReload={edit.reload}
      onSubmit={(draft) => onSubmit(draft, edit.editBase)}
    />
  );
}
