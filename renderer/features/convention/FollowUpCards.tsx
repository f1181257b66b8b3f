import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { addDays, formatDateFr, isValidIsoDate } from '../../../shared/domain/dates';
import { BILAN_REPORT_DAYS } from '../../../shared/domain/deadlines';
import { agentName, formatCount } from '../../../shared/domain/format';
import type { Agent, BilanAnnuel, SecuritySession, SubcontractorNotice } from '../../../shared/domain/schemas';
import { guillemets } from '../../../shared/domain/text';
import {
  removeBilan,
  removeSecuritySession,
  removeSubcontractorNotice,
  saveBilan,
  saveSecuritySession,
  saveSubcontractorNotice,
} from '../../db/repositories/conventions';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { CheckboxInput, DateInput, FieldRow, SelectInput, TextArea, TextInput } from '../../ui/fields';
import { useAction } from '../../shell/register/use-action';
import { todayIso } from '../../shell/register/use-register';
import { compact, requiredDate } from './form-values';
import { bindField, FormErrors, SIDE_LABELS, SIDE_OPTIONS, useWriter } from './parts';
import { checkSubcontractorStart } from './subcontractor-rule';

const optionalDate = z.string().refine((v) => v === '' || isValidIsoDate(v), 'Cette date n’existe pas.');

function FormButtons({ busy, label, onCancel }: { busy: boolean; label: string; onCancel: () => void }) {
  return (
    <div className="dialog-actions">
      <Button variant="secondary" onPress={onCancel}>
        Annuler
      </Button>
      <Button type="submit" variant="primary" isDisabled={busy}>
        {label}
      </Button>
    </div>
  );
}

function RowActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <td>
      <div className="convention-row-actions">
        <Button variant="quiet" aria-label={`Modifier ${name}`} onPress={onEdit}>
          Modifier
        </Button>
        <Button variant="quiet" aria-label={`Supprimer ${name}`} onPress={onDelete}>
          Supprimer
        </Button>
      </div>
    </td>
  );
}

/** A list card with its add/edit dialog and its delete confirmation. */
function ListCard<T extends { id: string }>({
  id,
  title,
  addLabel,
  editTitle,
  rows,
  empty,
  table,
  form,
  nameOf,
  remove,
  removedMessage,
}: {
  id: string;
  title: string;
  addLabel: string;
  editTitle: string;
  rows: T[];
  empty: ReactNode;
  table: (actions: (row: T) => ReactNode) => ReactNode;
  form: (row: T | undefined, onDone: () => void) => ReactNode;
  nameOf: (row: T) => string;
  remove: (row: T) => Promise<unknown>;
  removedMessage: string;
}) {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const { run } = useAction();
  const close = () => setEditing(null);
  return (
    <Card id={id} title={title} actions={<Button onPress={() => setEditing('new')}>{addLabel}</Button>}>
      {rows.length === 0
        ? empty
        : table((row) => (
            <RowActions name={nameOf(row)} onEdit={() => setEditing(row)} onDelete={() => setDeleting(row)} />
          ))}
      <Dialog title={editing === 'new' ? addLabel : editTitle} isOpen={editing !== null} onClose={close} wide>
        {editing !== null ? form(editing === 'new' ? undefined : editing, close) : null}
      </Dialog>
      <ConfirmDialog
        title={`Supprimer — ${title}`}
        message={deleting ? `Supprimer ${nameOf(deleting)} ? La suppression est inscrite au journal.` : ''}
        confirmLabel="Supprimer"
        isOpen={deleting !== null}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const target = deleting;
          setDeleting(null);
          if (target) void run(() => remove(target), removedMessage);
        }}
      />
    </Card>
  );
}

// ——— Bilans annuels (conv. art. 16) ———

const bilanValuesSchema = z.object({
  meetingOn: requiredDate('Indiquez la date de la réunion.'),
  reportWrittenBy: z.enum(['', 'caf', 'partner']),
  reportValidatedOn: optionalDate,
});
type BilanValues = z.infer<typeof bilanValuesSchema>;

function BilanForm({ conventionId, bilan, onDone }: { conventionId: string; bilan: BilanAnnuel | undefined; onDone: () => void }) {
  const { db, actor } = useWriter();
  const { run, errors, busy } = useAction();
  const form = useForm<BilanValues>({
    resolver: zodResolver(bilanValuesSchema),
    defaultValues: {
      meetingOn: bilan?.meetingOn ?? '',
      reportWrittenBy: bilan?.reportWrittenBy ?? '',
      reportValidatedOn: bilan?.reportValidatedOn ?? '',
    },
  });
  const field = bindField(form);
  const meetingOn = useWatch({ control: form.control, name: 'meetingOn' });
  const submit = form.handleSubmit(async (v) => {
    const saved = await run(
      () =>
        saveBilan(db, actor, {
          ...(bilan ? { id: bilan.id } : {}),
          conventionId,
          meetingOn: v.meetingOn,
          ...compact({ reportWrittenBy: v.reportWrittenBy || undefined, reportValidatedOn: v.reportValidatedOn }),
        }),
      'Bilan annuel enregistré.',
    );
    if (saved) onDone();
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <FieldRow>
        <DateInput label="Date de la réunion" required {...field('meetingOn')} />
        <SelectInput
          label="Compte-rendu rédigé par"
          placeholder="Pas encore désigné"
          help="Chaque partie le rédige à tour de rôle (conv. art. 16)."
          options={SIDE_OPTIONS}
          {...field('reportWrittenBy')}
        />
        <DateInput
          label="Compte-rendu validé le"
          help={
            isValidIsoDate(meetingOn)
              ? `À valider par les deux parties avant le ${formatDateFr(addDays(meetingOn, BILAN_REPORT_DAYS))} (30 jours).`
              : 'À valider par les deux parties dans les 30 jours suivant la réunion.'
          }
          {...field('reportValidatedOn')}
        />
      </FieldRow>
      <FormErrors errors={errors} />
      <FormButtons busy={busy} label="Enregistrer le bilan annuel" onCancel={onDone} />
    </form>
  );
}

function BilanStatus({ bilan }: { bilan: BilanAnnuel }) {
  if (bilan.reportValidatedOn) {
    return (
      <>
        <span className="badge badge-ok">Validé</span> le {formatDateFr(bilan.reportValidatedOn)}
      </>
    );
  }
  const due = addDays(bilan.meetingOn, BILAN_REPORT_DAYS);
  const late = due < todayIso();
  return (
    <>
      {late ? <span className="badge badge-alerte">En retard</span> : <span className="badge badge-attention">À valider</span>}{' '}
      Compte-rendu attendu avant le {formatDateFr(due)}
    </>
  );
}

export function BilansCard({ conventionId, bilans }: { conventionId: string; bilans: BilanAnnuel[] }) {
  const { db, actor } = useWriter();
  return (
    <ListCard<BilanAnnuel>
      id="convention-bilans"
      title="Bilans annuels"
      addLabel="Ajouter un bilan annuel"
      editTitle="Modifier le bilan annuel"
      rows={bilans}
      empty={
        <p className="muted">
          Aucun bilan annuel. Une réunion de bilan se tient chaque année ; son compte-rendu est validé par les deux
          parties dans les 30 jours (conv. art. 16).
        </p>
      }
      nameOf={(b) => `le bilan annuel du ${formatDateFr(b.meetingOn)}`}
      remove={(b) => removeBilan(db, actor, b.id)}
      removedMessage="Bilan annuel supprimé."
      form={(b, done) => <BilanForm conventionId={conventionId} bilan={b} onDone={done} />}
      table={(actions) => (
        <table className="data">
          <caption className="convention-caption">Bilans annuels (conv. art. 16)</caption>
          <thead>
            <tr>
              <th scope="col">Réunion</th>
              <th scope="col">Compte-rendu rédigé par</th>
              <th scope="col">Validation du compte-rendu</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {bilans.map((b) => (
              <tr key={b.id}>
                <td>{formatDateFr(b.meetingOn)}</td>
                <td>{b.reportWrittenBy ? SIDE_LABELS[b.reportWrittenBy] : <span className="muted">Non désigné</span>}</td>
                <td>
                  <BilanStatus bilan={b} />
                </td>
                {actions(b)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}

// ——— Prestataires (conv. art. 14) ———

const noticeValuesSchema = z.object({
  provider: z.string().trim().min(1, 'Indiquez le nom du prestataire.').max(300),
  location: z.string().trim().max(300),
  tasks: z.string().trim().max(1000),
  notifiedOn: requiredDate('Indiquez la date de l’annonce à la Caf.'),
  startOn: requiredDate('Indiquez la date de début du prestataire.'),
});
type NoticeValues = z.infer<typeof noticeValuesSchema>;

function NoticeForm({
  conventionId,
  notice,
  onDone,
}: {
  conventionId: string;
  notice: SubcontractorNotice | undefined;
  onDone: () => void;
}) {
  const { db, actor } = useWriter();
  const { run, errors, busy } = useAction();
  const form = useForm<NoticeValues>({
    resolver: zodResolver(noticeValuesSchema),
    defaultValues: {
      provider: notice?.provider ?? '',
      location: notice?.location ?? '',
      tasks: notice?.tasks ?? '',
      notifiedOn: notice?.notifiedOn ?? '',
      startOn: notice?.startOn ?? '',
    },
  });
  const field = bindField(form);
  const [notifiedOn, startOn] = useWatch({ control: form.control, name: ['notifiedOn', 'startOn'] });
  const check = checkSubcontractorStart(notifiedOn, startOn);
  const earliest = isValidIsoDate(notifiedOn) ? checkSubcontractorStart(notifiedOn, notifiedOn)?.earliest : undefined;
  const submit = form.handleSubmit(async (v) => {
    const saved = await run(
      () =>
        saveSubcontractorNotice(db, actor, {
          ...(notice ? { id: notice.id } : {}),
          conventionId,
          ...compact({ provider: v.provider, location: v.location, tasks: v.tasks }),
          notifiedOn: v.notifiedOn,
          startOn: v.startOn,
        }),
      'Prestataire enregistré.',
    );
    if (saved) onDone();
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p>
        Tout prestataire qui accède aux données doit être annoncé à la Caf par courrier au moins 6 mois avant de
        commencer (conv. art. 14).
      </p>
      <FieldRow>
        <TextInput label="Prestataire" required {...field('provider')} />
        <TextInput label="Lieu" help="Où le prestataire et la base de données sont situés." {...field('location')} />
      </FieldRow>
      <TextArea label="Tâches confiées" {...field('tasks')} />
      <FieldRow>
        <DateInput label="Annoncé à la Caf le" required {...field('notifiedOn')} />
        <DateInput
          label="Début de la prestation"
          required
          help={earliest ? `Au plus tôt le ${formatDateFr(earliest)} (6 mois après l’annonce).` : undefined}
          {...field('startOn')}
        />
      </FieldRow>
      {check && !check.ok ? (
        <div className="warning-box" role="status">
          {check.message} Vous pouvez enregistrer ces dates si elles sont exactes : le tableau de bord signalera
          l’écart.
        </div>
      ) : null}
      <FormErrors errors={errors} />
      <FormButtons busy={busy} label="Enregistrer le prestataire" onCancel={onDone} />
    </form>
  );
}

export function SubcontractorsCard({ conventionId, notices }: { conventionId: string; notices: SubcontractorNotice[] }) {
  const { db, actor } = useWriter();
  return (
    <ListCard<SubcontractorNotice>
      id="convention-prestataires"
      title="Prestataires (sous-traitance)"
      addLabel="Ajouter un prestataire"
      editTitle="Modifier le prestataire"
      rows={notices}
      empty={
        <p className="muted">
          Aucun prestataire. Si un prestataire accède aux données, annoncez-le à la Caf 6 mois avant son début
          (conv. art. 14) et enregistrez-le ici.
        </p>
      }
      nameOf={(n) => `le prestataire ${guillemets(n.provider)}`}
      remove={(n) => removeSubcontractorNotice(db, actor, n.id)}
      removedMessage="Prestataire supprimé."
      form={(n, done) => <NoticeForm conventionId={conventionId} notice={n} onDone={done} />}
      table={(actions) => (
        <table className="data">
          <caption className="convention-caption">Prestataires annoncés à la Caf (conv. art. 14)</caption>
          <thead>
            <tr>
              <th scope="col">Prestataire</th>
              <th scope="col">Lieu</th>
              <th scope="col">Tâches</th>
              <th scope="col">Annoncé le</th>
              <th scope="col">Début</th>
              <th scope="col">Préavis de 6 mois</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {notices.map((n) => {
              const check = checkSubcontractorStart(n.notifiedOn, n.startOn);
              return (
                <tr key={n.id}>
                  <td>{n.provider}</td>
                  <td>{n.location}</td>
                  <td>{n.tasks}</td>
                  <td>{formatDateFr(n.notifiedOn)}</td>
                  <td>{formatDateFr(n.startOn)}</td>
                  <td>
                    {check?.ok === false ? (
                      <>
                        <span className="badge badge-alerte">Non respecté</span> début possible au plus tôt le{' '}
                        {formatDateFr(check.earliest)}
                      </>
                    ) : (
                      <span className="badge badge-ok">Respecté</span>
                    )}
                  </td>
                  {actions(n)}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    />
  );
}

// ——— Sessions d'information sécurité (conv. art. 9.2) ———

function SessionForm({
  conventionId,
  session,
  agents,
  onDone,
}: {
  conventionId: string;
  session: SecuritySession | undefined;
  agents: Agent[];
  onDone: () => void;
}) {
  const { db, actor } = useWriter();
  const { run, errors, busy } = useAction();
  const [date, setDate] = useState(session?.date ?? '');
  const [attendees, setAttendees] = useState<Set<string>>(new Set(session?.attendeeAgentIds ?? []));
  const [notes, setNotes] = useState(session?.notes ?? '');
  const [dateError, setDateError] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!isValidIsoDate(date)) {
      setDateError(date ? 'Cette date n’existe pas.' : 'Indiquez la date de la session.');
      return;
    }
    setDateError(undefined);
    const saved = await run(
      () =>
        saveSecuritySession(db, actor, {
          ...(session ? { id: session.id } : {}),
          conventionId,
          date,
          attendeeAgentIds: agents.filter((a) => attendees.has(a.id)).map((a) => a.id),
          ...compact({ notes: notes.trim() }),
        }),
      'Session d’information enregistrée.',
    );
    if (saved) onDone();
  };
  const toggle = (id: string, on: boolean) =>
    setAttendees((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p>
        Le partenaire s’engage à informer et former ses agents à la sécurité : protéger identifiants et mots de passe,
        ne jamais partager une habilitation, changer régulièrement de mot de passe (conv. art. 9.2).
      </p>
      <DateInput
        label="Date de la session"
        required
        value={date}
        onChange={(e) => {
          setDate(e.target.value);
          setDateError(undefined);
        }}
        error={dateError}
      />
      <fieldset className="convention-fieldset">
        <legend>Agents présents ({formatCount(attendees.size, 'agent coché', 'agents cochés')})</legend>
        {agents.length === 0 ? (
          <p className="muted">
            Aucun agent dans le registre : ajoutez-les dans « Agents et habilitations » pour les cocher ici.
          </p>
        ) : (
          <div className="convention-attendees">
            {agents.map((a) => (
              <CheckboxInput
                key={a.id}
                label={`${agentName(a)}${a.function ? ` — ${a.function}` : ''}${a.departedOn ? ` (parti le ${formatDateFr(a.departedOn)})` : ''}`}
                checked={attendees.has(a.id)}
                onChange={(e) => toggle(a.id, e.target.checked)}
              />
            ))}
          </div>
        )}
      </fieldset>
      <TextArea label="Notes" help="Thèmes abordés, support remis…" value={notes} onChange={(e) => setNotes(e.target.value)} />
      <FormErrors errors={errors} />
      <FormButtons busy={busy} label="Enregistrer la session" onCancel={onDone} />
    </form>
  );
}

export function SecuritySessionsCard({
  conventionId,
  sessions,
  agents,
}: {
  conventionId: string;
  sessions: SecuritySession[];
  agents: Agent[];
}) {
  const { db, actor } = useWriter();
  const sorted = [...agents].filter((a) => !a.purgedAt).sort((a, b) => agentName(a).localeCompare(agentName(b), 'fr'));
  const names = new Map(agents.map((a) => [a.id, agentName(a)]));
  return (
    <ListCard<SecuritySession>
      id="convention-sessions"
      title="Sessions d’information sécurité"
      addLabel="Ajouter une session d’information"
      editTitle="Modifier la session d’information"
      rows={sessions}
      empty={
        <p className="muted">
          Aucune session enregistrée. Notez ici chaque information ou formation des agents à la sécurité
          (conv. art. 9.2).
        </p>
      }
      nameOf={(s) => `la session d’information du ${formatDateFr(s.date)}`}
      remove={(s) => removeSecuritySession(db, actor, s.id)}
      removedMessage="Session d’information supprimée."
      form={(s, done) => <SessionForm conventionId={conventionId} session={s} agents={sorted} onDone={done} />}
      table={(actions) => (
        <table className="data">
          <caption className="convention-caption">Sessions d’information sécurité (conv. art. 9.2)</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Participants</th>
              <th scope="col">Notes</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id}>
                <td>{formatDateFr(s.date)}</td>
                <td>
                  {formatCount(s.attendeeAgentIds.length, 'agent')}
                  {s.attendeeAgentIds.length ? ' : ' : ''}
                  {s.attendeeAgentIds.map((id) => names.get(id) ?? 'agent supprimé').join(', ')}
                </td>
                <td>{s.notes}</td>
                {actions(s)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
