import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import { reviewDue } from '../../../shared/domain/deadlines';
import { formatDateFr } from '../../../shared/domain/dates';
import { sectionByPath } from '../../shell/sections';
import { useDb } from '../../shell/services';
import { openReview, openReviewFromPortal } from '../../db/repositories/reviews';
import { listImports } from '../../db/repositories/portal';
import { formatInstant } from '../../ui/format';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { ErrorList } from '../../ui/ErrorList';
import { SelectInput } from '../../ui/fields';
import { PageHeader } from '../../ui/PageHeader';
import { NoConvention } from '../../shell/NoConvention';
import { useAction } from '../../shell/register/use-action';
import { todayIso, useActor, useRegister } from '../../shell/register/use-register';
import { ClosedReview } from './ClosedReview';
import { OpenReview } from './OpenReview';

export function ReviewPage() {
  const db = useDb();
  const actor = useActor();
  const register = useRegister();
  const section = sectionByPath('/revue');
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const [selected, setSelected] = useState<string | null>(null);
  const { run, errors, busy } = useAction();
  const conventionId = register?.convention.id;
  const lastList = useLiveQuery(
    async () => (conventionId ? ((await listImports(db, conventionId))[0] ?? null) : null),
    [db, conventionId],
  );

  if (register === undefined) return <p>Chargement…</p>;
  if (register === null)
    return (
      <>
        <PageHeader title={section.label} description={section.description} />
        <NoConvention why="La revue annuelle se rattache à une convention." />
      </>
    );

  const campaigns = [...register.campaigns].sort((a, b) => b.year - a.year);
  const open = campaigns.find((c) => c.status === 'open');
  const closed = campaigns.filter((c) => c.status === 'closed');
  const shownClosed = closed.find((c) => c.id === selected) ?? (open ? undefined : closed[0]);
  const previousOf = (year: number) => closed.find((c) => c.year < year);
  const due = reviewDue(register.convention, register.campaigns);

  return (
    <>
      <PageHeader
        title={section.label}
        description="Chaque année, l’administrateur revoit chaque habilitation existante et transmet le résultat à la Caf comme preuve (contrat art. 2.2.2)."
      />
      {open ? (
        <OpenReview campaign={open} register={register} />
      ) : (
        <Card title="Ouvrir une revue">
          <p>
            La revue part des habilitations existantes : pour chacune, la personne est-elle toujours
            là, dans la même fonction, sa mission nécessite-t-elle ce profil, le compte est-il
            personnel ?{due ? ` Prochaine revue attendue le ${formatDateFr(due.dueOn)}.` : ''}
          </p>
          <ErrorList errors={errors} />
          <div className="review-open-row">
            <SelectInput
              label="Année de la revue"
              options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({
                value: String(y),
                label: String(y),
              }))}
              value={year}
              onChange={(e) => setYear(e.target.value)}
            />
            <Button
              variant="primary"
              isDisabled={busy}
              onPress={() =>
                run(
                  () =>
                    openReview(db, actor, {
                      conventionId: register.convention.id,
                      partnerId: register.partner.id,
                      year: Number(year),
                      today,
                    }),
                  `Revue ${year} ouverte.`,
                )
              }
            >
              Ouvrir la revue {year}
            </Button>
          </div>
          {lastList ? (
            <div className="review-open-row">
              <p>
                Revue inverse : partir de la liste du portail « {lastList.fileName} » importée le{' '}
                {formatInstant(lastList.importedAt)} — chaque compte du portail et chaque
                habilitation du registre, avec son écart éventuel.
              </p>
              <Button
                isDisabled={busy}
                onPress={() =>
                  run(
                    () =>
                      openReviewFromPortal(db, actor, {
                        conventionId: register.convention.id,
                        partnerId: register.partner.id,
                        year: Number(year),
                        today,
                        importId: lastList.id,
                      }),
                    `Revue ${year} ouverte depuis la liste du portail.`,
                  )
                }
              >
                Ouvrir la revue {year} depuis la liste du portail
              </Button>
            </div>
          ) : (
            <p className="muted">
              Pour partir des comptes qui existent vraiment dans le portail, importez d’abord leur
              liste dans <Link to="/portail">Rapprochement portail</Link>.
            </p>
          )}
        </Card>
      )}
      {closed.length ? (
        <Card title="Revues closes">
          <ul className="review-history">
            {closed.map((c) => (
              <li key={c.id}>
                <Button
                  variant="quiet"
                  onPress={() => setSelected(c.id)}
                  aria-pressed={shownClosed?.id === c.id}
                >
                  Revue {c.year}
                </Button>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {shownClosed ? (
        <ClosedReview
          key={shownClosed.id}
          campaign={shownClosed}
          previous={previousOf(shownClosed.year)}
        />
      ) : null}
    </>
  );
}
