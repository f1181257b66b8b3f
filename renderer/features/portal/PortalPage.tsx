import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { formatDateFr } from '../../../shared/domain/dates';
import { formatCount } from '../../../shared/domain/format';
import { formatInstant as formatDateTime } from '../../ui/format';
import {
  PORTAL_FIELD_LABELS,
  PORTAL_FIELDS,
  mappingProblems,
  type PortalField,
} from '../../../shared/domain/portal/columns';
import {
  compareDifferences,
  DIFFERENCE_INFO,
  DIFFERENCE_KINDS,
  PORTAL_ACTION_LABELS,
  type PortalDifference,
} from '../../../shared/domain/portal/differences';
import { useServices } from '../../shell/services';
import { listImports } from '../../db/repositories/portal';
import { resolveDifference } from '../../db/repositories/portal-resolve';
import { selectNotify, useUiStore } from '../../store/ui-store';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { SelectInput, TextInput } from '../../ui/fields';
import { PageHeader } from '../../ui/PageHeader';
import { Working } from '../../ui/Working';
import { Loading, NoConvention } from '../../shell/NoConvention';
import { errorMessages } from '../../shell/register/use-action';
import { todayIso, useActor, useRegister } from '../../shell/register/use-register';
import { DifferenceList, type ResolveRequest } from './DifferenceList';
import { usePortalImport } from './use-portal-import';

const NO_COLUMN = '';

/** « Rapprochement portail »: the portal's account list against the register. */
export function PortalPage() {
  const register = useRegister();
  const { db } = useServices();
  const actor = useActor();
  const notify = useUiStore(selectNotify);
  const imp = usePortalImport(register);
  const recompare = useRef(false);
  const conventionId = register ? register.convention.id : undefined;
  const stored = useLiveQuery(
    async () =>
      conventionId ? db.portalDifferences.where('conventionId').equals(conventionId).toArray() : [],
    [db, conventionId],
  );
  const history = useLiveQuery(
    async () => (conventionId ? listImports(db, conventionId) : []),
    [db, conventionId],
  );
  const open = useMemo(
    () =>
      (stored ?? [])
        .filter((d) => d.status === 'open')
        .sort((a, b) => compareDifferences(a as PortalDifference, b as PortalDifference)),
    [stored],
  );
  const treated = useMemo(() => (stored ?? []).filter((d) => d.status !== 'open'), [stored]);

  // A confirmed or rejected match changes who is who: compare the same list again once the
  // register has caught up.
  useEffect(() => {
    if (recompare.current && register) {
      recompare.current = false;
      void imp.compare(true);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [register]);

  if (register === undefined) return <Loading />;
  if (register === null)
    return <NoConvention why="Le rapprochement avec le portail se rattache à une convention." />;

  const headers = imp.file ? (imp.file.rows[imp.file.headerRow] ?? []) : [];
  const columns = headers.map((h, i) => ({
    value: String(i),
    label: h.trim() || `Colonne ${i + 1}`,
  }));
  const problems = mappingProblems(imp.mapping);
  const agents = register.agents;

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (f) void imp.open(f);
  };

  const onResolve = async (r: ResolveRequest): Promise<boolean> => {
    try {
      await resolveDifference(db, actor, {
        differenceId: r.difference.id,
        action: r.action,
        today: todayIso(),
        ...(r.note ? { note: r.note } : {}),
        ...(r.agentId ? { agentId: r.agentId } : {}),
        ...(r.bulletinId ? { bulletinId: r.bulletinId } : {}),
      });
      notify('ok', `Écart traité : ${PORTAL_ACTION_LABELS[r.action].toLowerCase()}.`);
      if ((r.action === 'confirm-match' || r.action === 'reject-match') && imp.list)
        recompare.current = true;
      return true;
    } catch (error) {
      imp.setErrors(errorMessages(error));
      return false;
    }
  };

  return (
    <>
      <PageHeader
        title="Rapprochement portail"
        description="Comparez le registre avec la liste des comptes exportée de « Mon Compte Partenaire » (gestion des habilitations → export CSV ou Excel) : la revue inverse part de ce qui existe vraiment dans le portail (contrat art. 2.2.2)."
      />
      <Working label={imp.working} />
      {imp.errors.length ? (
        <div className="error-box" role="alert">
          {imp.errors.map((e, i) => (
            <p key={i}>{e}</p>
          ))}
        </div>
      ) : null}

      <Card title="1. Liste des comptes du portail" id="portal-file">
        <TextInput
          label="Fichier exporté du portail (Excel .xlsx ou CSV)"
          type="file"
          accept=".csv,.xlsx,.txt,text/csv"
          onChange={onFile}
        />
        {imp.file ? (
          <p className="muted">
            « {imp.file.name} » :{' '}
            {formatCount(imp.file.rows.length - imp.file.headerRow - 1, 'ligne')} sous les titres
            (ligne {imp.file.headerRow + 1})
            {imp.file.encoding
              ? `, encodage ${imp.file.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252'}`
              : ''}
            . Empreinte SHA-256 {imp.file.sha256.slice(0, 16)}… Le fichier lui-même n’est pas
            conservé.
          </p>
        ) : (
          <p className="muted">Aucune donnée n’est envoyée : le fichier est lu sur ce poste.</p>
        )}
      </Card>

      {imp.file ? (
        <Card title="2. Colonnes" id="portal-mapping">
          <p>
            Vérifiez la colonne de chaque information ; celles reconnues d’après leur titre sont
            déjà choisies, et votre choix sera repris la prochaine fois.
          </p>
          <SelectInput
            label="Ligne des titres de colonnes"
            options={imp.file.rows.slice(0, 15).map((r, i) => ({
              value: String(i),
              label: `Ligne ${i + 1} : ${r.filter(Boolean).join(' | ').slice(0, 80)}`,
            }))}
            value={String(imp.file.headerRow)}
            onChange={(e) => imp.setHeaderRow(Number(e.target.value))}
          />
          <div className="roster-import-grid">
            {PORTAL_FIELDS.map((f: PortalField) => (
              <SelectInput
                key={f}
                label={PORTAL_FIELD_LABELS[f]}
                options={columns}
                placeholder="— Aucune colonne —"
                value={imp.mapping[f] === undefined ? NO_COLUMN : String(imp.mapping[f])}
                onChange={(e) => {
                  const v = e.target.value;
                  imp.setMapping((m) => {
                    const next = { ...m };
                    if (v === NO_COLUMN) delete next[f];
                    else next[f] = Number(v);
                    return next;
                  });
                }}
              />
            ))}
          </div>
          {problems.length ? (
            <ul className="muted">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          <div className="form-actions">
            <Button
              variant="primary"
              isDisabled={problems.length > 0 || !!imp.working}
              onPress={() => void imp.compare()}
            >
              Comparer avec le registre
            </Button>
          </div>
        </Card>
      ) : null}

      {imp.result && imp.list ? (
        <Card title="3. Résultat de la comparaison" id="portal-result">
          <p role="status">
            {formatCount(imp.result.stats.accounts, 'compte')} lus (
            {formatCount(
              imp.result.stats.activeAccounts,
              'actif ou suspendu',
              'actifs ou suspendus',
            )}
            ),{' '}
            {formatCount(imp.result.stats.matched, 'rapproché d’un agent', 'rapprochés d’un agent')}
            , {formatCount(imp.result.differences.length, 'écart')}.
          </p>
          {imp.list.problems.length ? (
            <details>
              <summary>
                {formatCount(
                  imp.list.problems.length,
                  'remarque de lecture',
                  'remarques de lecture',
                )}
              </summary>
              <ul>
                {imp.list.problems.slice(0, 200).map((p, i) => (
                  <li key={i}>
                    Ligne {p.line} : {p.message}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {imp.result.quotas.length ? (
            <table className="data">
              <caption>
                Comptes du portail par profil, face au quota du bulletin (contrat art. 2.2.1)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Profil</th>
                  <th scope="col">Portail</th>
                  <th scope="col">Registre</th>
                  <th scope="col">Quota</th>
                </tr>
              </thead>
              <tbody>
                {imp.result.quotas.map((q) => (
                  <tr key={`${q.serviceCode}|${q.profileCode}`}>
                    <td>{q.serviceCode}</td>
                    <td>{q.profileCode}</td>
                    <td>{q.portal}</td>
                    <td>{q.register}</td>
                    <td>
                      {q.quota === 0 ? 'aucun' : q.quota}
                      {q.portal > q.quota ? ' — dépassé' : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </Card>
      ) : null}

      <Card title="Écarts à traiter" id="portal-differences">
        <DifferenceList
          differences={open}
          agents={agents}
          bulletins={register.bulletins}
          onResolve={onResolve}
          disabled={!!imp.working}
        />
      </Card>

      {treated.length ? (
        <Card title="Écarts traités" id="portal-treated">
          <table className="data">
            <caption className="visually-hidden">Écarts traités</caption>
            <thead>
              <tr>
                <th scope="col">Écart</th>
                <th scope="col">Traitement</th>
                <th scope="col">Par, le</th>
              </tr>
            </thead>
            <tbody>
              {treated.map((d) => (
                <tr key={d.id}>
                  <td>{d.message}</td>
                  <td>
                    {d.resolution?.action
                      ? PORTAL_ACTION_LABELS[d.resolution.action]
                      : 'Disparu de la liste'}
                    {d.resolution?.note ? ` — ${d.resolution.note}` : ''}
                  </td>
                  <td>
                    {d.resolution ? `${d.resolution.by}, ${formatDateTime(d.resolution.at)}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}

      {history?.length ? (
        <Card title="Listes importées" id="portal-history">
          <table className="data">
            <caption className="visually-hidden">
              Historique des listes du portail importées
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Fichier</th>
                <th scope="col">Empreinte SHA-256</th>
                <th scope="col">Comptes</th>
                <th scope="col">Écarts</th>
                <th scope="col">Par</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id}>
                  <td>{formatDateTime(h.importedAt)}</td>
                  <td>{h.fileName}</td>
                  <td className="mono">{h.sha256.slice(0, 16)}…</td>
                  <td>{h.accounts}</td>
                  <td>
                    {DIFFERENCE_KINDS.filter((k) => (h.counts[k] ?? 0) > 0)
                      .map((k) => `${DIFFERENCE_INFO[k].label} : ${h.counts[k]}`)
                      .join(' ; ') || 'aucun'}
                  </td>
                  <td>{h.importedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}
      <p className="muted">
        Dernière liste :{' '}
        {history?.[0] ? formatDateFr(history[0].importedAt.slice(0, 10)) : 'aucune'}.
        {history?.[0] ? (
          <>
            {' '}
            <Link to="/revue">Ouvrir la revue annuelle depuis cette liste</Link> (revue inverse :
            chaque compte du portail et chaque habilitation du registre).
          </>
        ) : null}
      </p>
    </>
  );
}
