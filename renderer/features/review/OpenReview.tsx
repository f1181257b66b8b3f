import { formatCount } from '../../../shared/domain/format';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { foldText } from '../../../shared/domain/text';
import {
  anomalyContext,
  checkCanClose,
  closeWarnings,
  describeSkipped,
  itemAnomalies,
  planBulkMaintain,
  describeCampaign,
  habilitationsAddedSinceOpening,
  reviewProgress,
  type DecisionInput,
  type ReviewAnswers,
} from '../../../shared/domain/review';
import type { ReviewCampaign, ReviewItem } from '../../../shared/domain/schemas';
import { takeSafetyBackup } from '../../backup/safety-backup';
import { useServices } from '../../shell/services';
import type { RegisterSnapshot } from '../../db/repositories/register-snapshot';
import {
  addLateHabilitations,
  campaignItems,
  closeReview,
  decideItem,
  maintainAll,
  saveAnswers,
  saveChecklist,
} from '../../db/repositories/reviews';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorList } from '../../ui/ErrorList';
import { SelectInput, TextInput } from '../../ui/fields';
import { useAction } from '../../shell/register/use-action';
import { todayIso, useActor } from '../../shell/register/use-register';
import { ChecklistCard } from './ChecklistCard';
import { DecisionDialog } from './DecisionDialog';
import { ItemsTable } from './ItemsTable';

const PAGE = 100;

/** The review in progress: decide every habilitation, answer the checklist, close. */
export function OpenReview({
  campaign,
  register,
}: {
  campaign: ReviewCampaign;
  register: RegisterSnapshot;
}) {
  const services = useServices();
  const { db } = services;
  const actor = useActor();
  const today = todayIso();
  const { run, errors, busy, clearErrors } = useAction();
  const items = useLiveQuery(() => campaignItems(db, campaign.id), [db, campaign.id]);
  const [filter, setFilter] = useState<'todo' | 'done' | 'anomaly' | 'all'>('todo');
  /** What the last « Maintenir les N affichées » left to decide one by one (stays until closed). */
  const [skippedNote, setSkippedNote] = useState<string | undefined>();
  const [bulletinId, setBulletinId] = useState('');
  const [text, setText] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [examining, setExamining] = useState<ReviewItem | null>(null);
  const [confirm, setConfirm] = useState<'bulk' | 'close' | null>(null);

  const ctx = useMemo(
    () =>
      anomalyContext({
        agents: register.agents,
        habilitations: register.habilitations,
        quotas: register.quotas,
        today,
      }),
    [register.agents, register.habilitations, register.quotas, today],
  );
  const shown = useMemo(() => {
    if (!items) return [];
    const q = foldText(text);
    const byFilter = (i: ReviewItem) =>
      filter === 'all' ||
      (filter === 'todo' && !i.decision) ||
      (filter === 'done' && Boolean(i.decision)) ||
      (filter === 'anomaly' && itemAnomalies(i, ctx).length > 0);
    return items.filter(
      (i) =>
        byFilter(i) &&
        (!bulletinId || i.snapshot.bulletinId === bulletinId) &&
        (!q ||
          foldText(
            `${i.snapshot.agentName} ${i.snapshot.agentFunction ?? ''} ${i.snapshot.profileCode}`,
          ).includes(q)),
    );
  }, [items, filter, bulletinId, text, ctx]);

  if (!items) return <p>Chargement…</p>;
  const progress = reviewProgress(items);
  const late = habilitationsAddedSinceOpening(items, register.habilitations, today);
  const closing = checkCanClose(campaign, items);
  const bulk = planBulkMaintain(shown, ctx);
  const warnings = closeWarnings(items, ctx);
  const anomalyCount = items.filter((i) => itemAnomalies(i, ctx).length > 0).length;
  const revocations = items.filter((i) => i.decision === 'supprimer').length;
  const modifications = items.filter((i) => i.decision === 'modifier').length;
  const profileLabels = new Map(register.profiles.map((p) => [p.code, p.label]));

  const decide = async (item: ReviewItem, answers: ReviewAnswers, decision: DecisionInput) => {
    const done = await run(async () => {
      await saveAnswers(db, actor, item.id, answers);
      return decideItem(db, actor, item.id, decision, today);
    }, 'Décision enregistrée.');
    if (done) setExamining(null);
  };

  const close = async () => {
    setConfirm(null);
    await run(async () => {
      await takeSafetyBackup(services, `cloture revue ${campaign.year}`);
      return closeReview(db, actor, campaign.id, today);
    }, `Revue ${campaign.year} close : les décisions ont été appliquées au registre. Une sauvegarde a été faite avant.`);
  };

  return (
    <>
      <Card
        title={describeCampaign(campaign)}
        actions={
          <Button
            variant="primary"
            onPress={() => setConfirm('close')}
            isDisabled={busy || !closing.ok}
          >
            Clore la revue
          </Button>
        }
      >
        <div className="review-progress">
          <progress
            max={Math.max(progress.total, 1)}
            value={progress.decided}
            aria-label="Habilitations décidées"
          />
          <span>
            {progress.decided} / {progress.total} habilitations décidées
          </span>
        </div>
        {progress.byBulletin.length > 1 ? (
          <ul className="muted">
            {progress.byBulletin.map((b) => (
              <li key={b.bulletinId}>
                {b.label} : {b.decided} / {b.total}
              </li>
            ))}
          </ul>
        ) : null}
        {!closing.ok ? (
          <div className="muted" aria-label="Avant de clore">
            {closing.findings.map((f) => (
              <p key={f.code}>{f.message}</p>
            ))}
          </div>
        ) : null}
        <ErrorList errors={examining ? [] : errors} />
      </Card>
      {late.length ? (
        <div className="warning-box" role="status">
          {late.length === 1
            ? 'Une habilitation a été accordée'
            : `${late.length} habilitations ont été accordées`}{' '}
          depuis l’ouverture de la revue.{' '}
          <Button
            onPress={() =>
              run(() => addLateHabilitations(db, actor, campaign.id, today), 'Ajoutées à la revue.')
            }
          >
            Les ajouter à la revue
          </Button>
        </div>
      ) : null}
      <Card title="Habilitations à revoir">
        <div className="review-toolbar">
          <div role="group" aria-label="Afficher" className="chips">
            {(
              [
                ['todo', 'À décider'],
                ['done', 'Décidées'],
                ['anomaly', `Avec anomalie (${anomalyCount})`],
                ['all', 'Toutes'],
              ] as const
            ).map(([v, label]) => (
              <button
                key={v}
                type="button"
                className="chip"
                aria-pressed={filter === v}
                onClick={() => setFilter(v)}
              >
                {label}
              </button>
            ))}
          </div>
          <SelectInput
            label="Bulletin"
            placeholder="Tous"
            options={register.bulletins.map((b) => ({
              value: b.id,
              label: progress.byBulletin.find((p) => p.bulletinId === b.id)?.label ?? b.serviceCode,
            }))}
            value={bulletinId}
            onChange={(e) => setBulletinId(e.target.value)}
          />
          <TextInput
            label="Rechercher"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button
            onPress={() => setConfirm('bulk')}
            isDisabled={busy || bulk.maintain.length === 0}
          >
            Maintenir les {bulk.maintain.length} affichées
          </Button>
        </div>
        {bulk.skipped.length ? (
          <p className="muted review-bulk-note">
            {bulk.skipped.length === 1
              ? '1 habilitation affichée présente une anomalie ou une suggestion : elle n’est pas comptée, décidez-la une par une.'
              : `${bulk.skipped.length} habilitations affichées présentent une anomalie ou une suggestion : elles ne sont pas comptées, décidez-les une par une.`}
          </p>
        ) : null}
        {skippedNote ? (
          <div className="warning-box" role="status">
            <p>{skippedNote}</p>
            <Button variant="quiet" onPress={() => setSkippedNote(undefined)}>
              Masquer ce message
            </Button>
          </div>
        ) : null}
        {shown.length === 0 ? (
          <p className="muted">
            {filter === 'todo'
              ? 'Toutes les habilitations affichées sont décidées.'
              : 'Aucune habilitation.'}
          </p>
        ) : (
          <ItemsTable
            items={shown.slice(0, limit)}
            anomaliesOf={(i) => itemAnomalies(i, ctx)}
            onOpen={(i) => {
              clearErrors();
              setExamining(i);
            }}
          />
        )}
        {shown.length > limit ? (
          <div className="form-actions">
            <Button onPress={() => setLimit((l) => l + PAGE)}>
              Afficher plus ({shown.length - limit} restantes)
            </Button>
          </div>
        ) : null}
      </Card>
      <ChecklistCard
        key={campaign.id}
        checklist={campaign.checklist}
        readOnly={false}
        busy={busy}
        onSave={(next) =>
          run(() => saveChecklist(db, actor, campaign.id, next), 'Engagements enregistrés.')
        }
      />
      {examining ? (
        <DecisionDialog
          item={examining}
          quotas={register.quotas}
          profileLabels={profileLabels}
          errors={errors}
          busy={busy}
          onSaveAnswers={async (answers) => {
            const done = await run(
              () => saveAnswers(db, actor, examining.id, answers),
              'Réponses enregistrées.',
            );
            if (done) setExamining(null);
          }}
          onDecide={(answers, decision) => void decide(examining, answers, decision)}
          onClose={() => setExamining(null)}
        />
      ) : null}
      <ConfirmDialog
        title="Maintenir ces habilitations ?"
        message={`Maintenir les ${bulk.maintain.length} habilitations affichées qui n’ont pas encore de décision ni d’anomalie ? Chaque décision est enregistrée à votre nom.${bulk.skipped.length ? ` ${describeSkipped(bulk)}` : ''}`}
        confirmLabel={`Maintenir les ${bulk.maintain.length} habilitations`}
        isOpen={confirm === 'bulk'}
        onCancel={() => setConfirm(null)}
        onConfirm={async () => {
          setConfirm(null);
          const plan = bulk;
          const done = await run(
            async () => {
              await maintainAll(
                db,
                actor,
                plan.maintain.map((i) => i.id),
              );
              return true;
            },
            `${formatCount(plan.maintain.length, 'habilitation maintenue', 'habilitations maintenues')}.`,
          );
          if (done) setSkippedNote(describeSkipped(plan));
        }}
      />
      <ConfirmDialog
        title={`Clore la revue ${campaign.year} ?`}
        message={`${warnings.length ? `Attention : ${warnings.join(' ')} ` : ''}Les décisions seront appliquées au registre : ${formatCount(revocations, 'retrait')} et ${formatCount(modifications, 'modification')} de profil, datés du jour. La revue ne pourra plus être modifiée. Une sauvegarde du registre est faite avant.`}
        confirmLabel="Clore la revue"
        isOpen={confirm === 'close'}
        onCancel={() => setConfirm(null)}
        onConfirm={() => void close()}
      />
    </>
  );
}
