import { useMemo, useState } from 'react';
import { formatBulletinLabel } from '../../../shared/domain/format';
import { formatDateFr } from '../../../shared/domain/dates';
import { formatCount } from '../../../shared/domain/format';
import { compareProfileCodes } from '../../../shared/domain/profiles';
import { parseQuotaInput, type QuotaUsage } from '../../../shared/domain/rules/quota';
import type { Bulletin, Profile, Quota } from '../../../shared/domain/schemas';
import { useDb } from '../../shell/services';
import { setQuota } from '../../db/repositories/bulletins';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { CheckboxInput } from '../../ui/fields';
import { Gauge } from '../../ui/Gauge';
import { useAction } from '../../shell/register/use-action';
import { useActor } from '../../shell/register/use-register';

export function bulletinTitle(b: Bulletin): string {
  return `${formatBulletinLabel(b)}${b.annexNumber ? ` (annexe ${b.annexNumber})` : ''}`;
}

export function BulletinCard({
  bulletin,
  quotas,
  usage,
  profiles,
  activeCount,
  onEdit,
  onRemove,
  onCustomProfile,
}: {
  bulletin: Bulletin;
  quotas: Quota[];
  usage: QuotaUsage[];
  profiles: Profile[];
  activeCount: number;
  onEdit: () => void;
  onRemove: () => void;
  onCustomProfile: () => void;
}) {
  const title = bulletinTitle(bulletin);
  const [onlyPlanned, setOnlyPlanned] = useState(quotas.length > 0);
  const rows = useMemo(() => {
    const byCode = new Map<string, { code: string; profile?: Profile }>();
    for (const p of profiles) byCode.set(p.code.toUpperCase(), { code: p.code, profile: p });
    for (const q of quotas)
      if (!byCode.has(q.profileCode)) byCode.set(q.profileCode, { code: q.profileCode });
    for (const u of usage)
      if (!byCode.has(u.profileCode)) byCode.set(u.profileCode, { code: u.profileCode });
    return [...byCode.values()]
      .map((r) => ({
        ...r,
        quota: quotas.find((q) => q.profileCode === r.code.toUpperCase()),
        usage: usage.find((u) => u.profileCode === r.code.toUpperCase()),
      }))
      .sort((a, b) => compareProfileCodes(a.code, b.code));
  }, [profiles, quotas, usage]);
  const shown = onlyPlanned ? rows.filter((r) => r.quota || (r.usage && r.usage.used > 0)) : rows;

  return (
    <Card
      title={`Bulletin ${title}`}
      id={`bulletin-${bulletin.id}`}
      actions={
        <>
          <Button variant="secondary" onPress={onEdit} aria-label={`Modifier le bulletin ${title}`}>
            Modifier
          </Button>
          <Button
            variant="secondary"
            onPress={onRemove}
            aria-label={`Supprimer le bulletin ${title}`}
          >
            Supprimer
          </Button>
        </>
      }
    >
      <dl className="services-meta">
        <div>
          <dt>Service</dt>
          <dd>
            {bulletin.serviceLabel
              ? `${bulletin.serviceCode} – ${bulletin.serviceLabel}`
              : bulletin.serviceCode}
          </dd>
        </div>
        <div>
          <dt>Site ou service</dt>
          <dd>{bulletin.siteLabel ?? 'Toute la structure'}</dd>
        </div>
        <div>
          <dt>Annexe</dt>
          <dd>{bulletin.annexNumber ? `Annexe ${bulletin.annexNumber}` : 'Non numérotée'}</dd>
        </div>
        <div>
          <dt>Date du bulletin</dt>
          <dd>{bulletin.date ? formatDateFr(bulletin.date) : 'Non renseignée'}</dd>
        </div>
        <div>
          <dt>Habilitations actives</dt>
          <dd>{formatCount(activeCount, 'habilitation')}</dd>
        </div>
      </dl>

      <h3>Quotas par profil</h3>
      <p className="muted">
        Le nombre maximal d’habilitations fixé par la Caf pour chaque profil (contrat art. 2.2.1).
        Laissez vide un profil que le bulletin ne prévoit pas : il ne pourra pas être accordé.
      </p>
      <CheckboxInput
        label="Afficher seulement les profils prévus"
        checked={onlyPlanned}
        onChange={(e) => setOnlyPlanned(e.target.checked)}
      />
      {shown.length === 0 ? (
        <p className="warning-box">
          Aucun profil n’a encore de quota sur ce bulletin : aucune habilitation ne peut être
          accordée. Décochez « Afficher seulement les profils prévus » pour saisir les quotas du
          bulletin.
        </p>
      ) : (
        <table className="data services-quotas">
          <caption className="visually-hidden">{`Quotas du bulletin ${title}`}</caption>
          <thead>
            <tr>
              <th scope="col">Profil</th>
              <th scope="col">Libellé</th>
              <th scope="col">Nombre maximal</th>
              <th scope="col">Utilisation</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.code}>
                <th scope="row">{r.code}</th>
                <td>
                  {r.profile?.label ?? <span className="muted">Profil hors catalogue</span>}
                  {r.profile?.requiresQualifiedSocialWorker ? (
                    <span className="services-note muted">
                      Réservé aux travailleurs sociaux diplômés
                    </span>
                  ) : null}
                </td>
                <td>
                  <QuotaCell bulletinId={bulletin.id} code={r.code} max={r.quota?.max} />
                </td>
                <td>
                  {r.usage && (r.usage.max > 0 || r.usage.used > 0) ? (
                    <Gauge
                      label={`Profil ${r.code}`}
                      used={r.usage.used}
                      max={r.usage.max}
                      phrase={r.usage.phrase}
                      state={r.usage.state}
                    />
                  ) : r.quota ? (
                    <span className="muted">Aucune habilitation prévue (quota de 0)</span>
                  ) : (
                    <span className="muted">Pas de quota : ne peut pas être accordé</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-actions services-actions">
        <Button variant="quiet" onPress={onCustomProfile}>
          Ajouter un quota pour un profil absent du catalogue
        </Button>
      </div>
    </Card>
  );
}

/** The maximum for one profile, saved when the field is left or Enter is pressed. */
export function QuotaCell({
  bulletinId,
  code,
  max,
}: {
  bulletinId: string;
  code: string;
  max: number | undefined;
}) {
  const db = useDb();
  const actor = useActor();
  const action = useAction();
  const stored = max === undefined ? '' : String(max);
  const [value, setValue] = useState(stored);
  const [lastStored, setLastStored] = useState(stored);
  const [error, setError] = useState<string>();
  // Follow the register when it changes elsewhere (another quota saved, an undo…).
  if (stored !== lastStored) {
    setLastStored(stored);
    setValue(stored);
  }
  const commit = async () => {
    if (value.trim() === stored) return;
    const parsed = parseQuotaInput(value);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(undefined);
    await action.run(
      () => setQuota(db, actor, bulletinId, code, parsed.max),
      parsed.max === null
        ? `Quota ${code} retiré : ce profil ne peut plus être accordé.`
        : `Quota ${code} enregistré : ${parsed.max}.`,
    );
  };
  const errorId = `quota-${bulletinId}-${code}-error`;
  return (
    <div className="services-quota-cell">
      <input
        className="field-input services-quota-input"
        inputMode="numeric"
        aria-label={`Nombre maximal pour le profil ${code}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={value}
        placeholder="—"
        onChange={(e) => {
          setValue(e.target.value);
          setError(undefined);
        }}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void commit();
          }
        }}
      />
      {error || action.errors.length > 0 ? (
        <span className="field-error" id={errorId} role="alert">
          {error ?? action.errors.join(' ')}
        </span>
      ) : null}
    </div>
  );
}
