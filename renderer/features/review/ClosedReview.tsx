import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { compareWithPrevious, describeCampaign } from '../../../shared/domain/review';
import { compareProfileCodes } from '../../../shared/domain/profiles';
import type { ReviewCampaign, ReviewItem } from '../../../shared/domain/schemas';
import { useDb } from '../../shell/services';
import { campaignItems, confirmAppliedInPortal } from '../../db/repositories/reviews';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { DateInput } from '../../ui/fields';
import { useAction } from '../../shell/register/use-action';
import { todayIso, useActor } from '../../shell/register/use-register';
import { ChecklistCard } from './ChecklistCard';
import { ItemsTable } from './ItemsTable';
import { ReviewReportButtons } from './ReviewReportButtons';

/** A closed review, read-only, with its comparison to the previous one. */
export function ClosedReview({
  campaign,
  previous,
}: {
  campaign: ReviewCampaign;
  previous?: ReviewCampaign;
}) {
  const db = useDb();
  const actor = useActor();
  const { run, busy } = useAction();
  const items = useLiveQuery(() => campaignItems(db, campaign.id), [db, campaign.id]);
  const previousItems = useLiveQuery(
    async () => (previous ? campaignItems(db, previous.id) : undefined),
    [db, previous?.id],
  );
  const [applying, setApplying] = useState<ReviewItem | null>(null);
  const [appliedOn, setAppliedOn] = useState(todayIso());
  const comparison = useMemo(
    () => (items ? compareWithPrevious(items, previousItems) : null),
    [items, previousItems],
  );

  if (!items || !comparison) return <p>Chargement…</p>;
  const profiles = [
    ...new Set([
      ...Object.keys(comparison.current.byProfile),
      ...Object.keys(comparison.previous?.byProfile ?? {}),
    ]),
  ].sort(compareProfileCodes);
  const rows: [string, number, number | undefined][] = [
    ['Habilitations revues', comparison.current.reviewed, comparison.previous?.reviewed],
    ['Maintenues', comparison.current.maintenir, comparison.previous?.maintenir],
    ['Modifiées', comparison.current.modifier, comparison.previous?.modifier],
    ['Supprimées', comparison.current.supprimer, comparison.previous?.supprimer],
    ...profiles.map(
      (p) =>
        [
          `Profil ${p}`,
          comparison.current.byProfile[p] ?? 0,
          previous ? (comparison.previous?.byProfile[p] ?? 0) : undefined,
        ] as [string, number, number | undefined],
    ),
  ];

  return (
    <>
      <Card
        title={describeCampaign(campaign)}
        actions={<ReviewReportButtons campaign={campaign} items={items} previous={previous} />}
      >
        <table className="data">
          <caption className="visually-hidden">Comparaison avec la revue précédente</caption>
          <thead>
            <tr>
              <th scope="col">Nombre</th>
              <th scope="col">{campaign.year}</th>
              <th scope="col">{previous ? previous.year : 'Année précédente'}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, now, before]) => (
              <tr key={label}>
                <td>{label}</td>
                <td>{now}</td>
                <td>{before ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title="Décisions">
        <ItemsTable items={items} onApplied={(i) => setApplying(i)} />
      </Card>
      <ChecklistCard
        checklist={campaign.checklist}
        readOnly
        busy={false}
        onSave={() => undefined}
      />
      {applying ? (
        <Dialog
          title="Décision appliquée dans « Mon Compte Partenaire »"
          isOpen
          onClose={() => setApplying(null)}
        >
          <form
            noValidate
            onSubmit={async (e) => {
              e.preventDefault();
              const done = await run(
                () => confirmAppliedInPortal(db, actor, applying.id, appliedOn),
                'Date enregistrée.',
              );
              if (done) setApplying(null);
            }}
          >
            <p>
              {applying.snapshot.agentName} — {applying.snapshot.profileCode}
            </p>
            <DateInput
              label="Appliquée le"
              required
              value={appliedOn}
              onChange={(e) => setAppliedOn(e.target.value)}
            />
            <div className="form-actions">
              <Button onPress={() => setApplying(null)}>Annuler</Button>
              <Button type="submit" variant="primary" isDisabled={busy}>
                Enregistrer la date
              </Button>
            </div>
          </form>
        </Dialog>
      ) : null}
    </>
  );
}
