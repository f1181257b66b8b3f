import type {
  DuplicateChoice,
  ImportPlan,
  PlannedGrant,
  PlannedRow,
} from '../../../shared/backup/roster-import';
import { formatCount } from '../../../shared/domain/format';
import { Card } from '../../ui/Card';
import { CheckboxInput } from '../../ui/fields';

const personOf = (r: PlannedRow) =>
  [r.agent.lastName, r.agent.firstName].filter(Boolean).join(' ') || '—';

const REASON_WORDS = { name: 'même nom et prénom', email: 'même adresse mél' } as const;

function outcomeText(r: PlannedRow): string {
  if (r.outcome === 'skipped') return 'Non importée (erreur)';
  const who =
    r.outcome === 'merged' ? `Fusionnée avec ${r.duplicate?.name ?? 'un agent'}` : 'Nouvel agent';
  const grants = r.planned.map((g) => `${g.profileCode} ${GRANT_WORDS[g.status]}`);
  return [who, ...grants].join(' · ');
}

const GRANT_WORDS: Record<PlannedGrant['status'], string> = {
  granted: 'accordée',
  pending: 'à régulariser',
  already: 'déjà accordée',
  departed: 'non créée (agent parti)',
  ended: 'reprise comme retirée (historique)',
};

/**
 * The dry run, before anything is written: what will be created, the duplicates and their
 * choice, the habilitations refused by the rules (imported as « à régulariser », with the
 * rule and its article), the rows that cannot be imported, and every row.
 */
export function ImportPreview({
  plan,
  choices,
  onChoice,
  skipErrors,
  onSkipErrors,
  hasProfile,
}: {
  plan: ImportPlan;
  /** The file has a profile column (else habilitations are not counted). */
  hasProfile: boolean;
  choices: Readonly<Record<number, DuplicateChoice>>;
  onChoice: (line: number, choice: DuplicateChoice) => void;
  skipErrors: boolean;
  onSkipErrors: (value: boolean) => void;
}) {
  const duplicates = plan.rows.filter((r) => r.duplicate);
  const pending = plan.rows.flatMap((r) =>
    r.planned
      .filter((g) => g.status === 'pending' || g.status === 'departed')
      .map((g) => ({ r, g })),
  );
  const errors = plan.rows.filter((r) => r.outcome === 'skipped');
  const remarks = plan.rows.filter((r) => r.warnings.length && r.outcome !== 'skipped');
  const parts = [
    `${formatCount(plan.newAgents, 'agent')} ${plan.newAgents > 1 ? 'seront créés' : 'sera créé'}`,
    plan.updatedAgents
      ? `${formatCount(plan.updatedAgents, 'agent déjà connu complété', 'agents déjà connus complétés')}`
      : '',
    hasProfile
      ? `${formatCount(plan.granted, 'habilitation accordée', 'habilitations accordées')}`
      : '',
    plan.pending
      ? `${formatCount(plan.pending, 'habilitation à régulariser', 'habilitations à régulariser')}`
      : '',
    plan.ended
      ? `${formatCount(plan.ended, 'habilitation déjà retirée reprise', 'habilitations déjà retirées reprises')} dans l’historique`
      : '',
    plan.duplicates ? `${formatCount(plan.duplicates, 'doublon')}` : '',
    errors.length
      ? `${formatCount(errors.length, 'ligne en erreur', 'lignes en erreur')} (ignorées)`
      : '',
  ].filter(Boolean);

  return (
    <Card title="3. Vérification avant import" id="roster-import-preview">
      <p role="status">Essai à blanc : {parts.join(', ')}. Rien n’a encore été enregistré.</p>

      {duplicates.length ? (
        <table className="data roster-import-table">
          <caption>Doublons : la même personne apparaît déjà</caption>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col">Dans le fichier</th>
              <th scope="col">Déjà présent</th>
              <th scope="col">Que faire ?</th>
            </tr>
          </thead>
          <tbody>
            {duplicates.map((r) => {
              const d = r.duplicate!;
              const choice = choices[r.line] ?? 'merge';
              return (
                <tr key={r.line}>
                  <td>{r.line}</td>
                  <td>
                    {personOf(r)}
                    {r.agent.email ? ` (${r.agent.email})` : ''}
                  </td>
                  <td>
                    {d.name} —{' '}
                    {d.of === 'register' ? 'dans le registre' : `ligne ${d.line ?? '?'} du fichier`}{' '}
                    ({d.reasons.map((x) => REASON_WORDS[x]).join(', ')})
                  </td>
                  <td>
                    <fieldset className="roster-import-choice">
                      <legend className="visually-hidden">{`Ligne ${r.line}, ${personOf(r)}`}</legend>
                      <label>
                        <input
                          type="radio"
                          name={`dup-${r.line}`}
                          checked={choice === 'merge'}
                          onChange={() => onChoice(r.line, 'merge')}
                        />{' '}
                        Fusionner
                      </label>
                      <label>
                        <input
                          type="radio"
                          name={`dup-${r.line}`}
                          checked={choice === 'create'}
                          onChange={() => onChoice(r.line, 'create')}
                        />{' '}
                        Créer quand même
                      </label>
                    </fieldset>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}

      {pending.length ? (
        <table className="data roster-import-table">
          <caption>
            Habilitations à régulariser (l’agent est importé, l’habilitation n’est pas accordée)
          </caption>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col">Agent</th>
              <th scope="col">Profil</th>
              <th scope="col">Pourquoi</th>
            </tr>
          </thead>
          <tbody>
            {pending.map(({ r, g }) => (
              <tr key={`${r.line}-${g.profileCode}`}>
                <td>{r.line}</td>
                <td>{personOf(r)}</td>
                <td>{g.profileCode}</td>
                <td>{g.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {errors.length ? (
        <table className="data roster-import-errors">
          <caption>Lignes en erreur</caption>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col">Nom</th>
              <th scope="col">Problème</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((r) => (
              <tr key={r.line}>
                <td>{r.line}</td>
                <td>{[r.agent.lastName, r.agent.firstName].filter(Boolean).join(' ') || '—'}</td>
                <td>
                  {r.errors.map((e, i) => (
                    <div key={i}>{e}</div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {remarks.length ? (
        <div className="warning-box">
          <p>À vérifier (les lignes sont importées, ces valeurs non) :</p>
          <ul>
            {remarks.flatMap((r) =>
              r.warnings.map((w, i) => <li key={`${r.line}-${i}`}>{`Ligne ${r.line} : ${w}`}</li>),
            )}
          </ul>
        </div>
      ) : null}

      <details className="roster-import-details">
        <summary>Voir toutes les lignes ({plan.rows.length})</summary>
        <table className="data">
          <caption className="visually-hidden">Toutes les lignes</caption>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col">Nom</th>
              <th scope="col">Fonction</th>
              <th scope="col">Départ</th>
              <th scope="col">Résultat</th>
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((r) => (
              <tr key={r.line}>
                <td>{r.line}</td>
                <td>{personOf(r)}</td>
                <td>{r.agent.function ?? ''}</td>
                <td>
                  {r.agent.departedOn ? r.agent.departedOn.split('-').reverse().join('/') : ''}
                </td>
                <td>{outcomeText(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {errors.length ? (
        <CheckboxInput
          label={`Ignorer ${errors.length > 1 ? `les ${errors.length} lignes en erreur` : 'la ligne en erreur'} et importer les autres`}
          checked={skipErrors}
          onChange={(e) => onSkipErrors(e.target.checked)}
        />
      ) : null}
    </Card>
  );
}
