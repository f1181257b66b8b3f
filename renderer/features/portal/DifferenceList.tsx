import { useState } from 'react';
import {
  DIFFERENCE_INFO,
  PORTAL_ACTION_LABELS,
  type PortalAction,
} from '../../../shared/domain/portal/differences';
import { formatCount, agentName } from '../../../shared/domain/format';
import type { Agent, Bulletin, StoredPortalDifference } from '../../../shared/domain/schemas';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectInput, TextArea } from '../../ui/fields';

export interface ResolveRequest {
  difference: StoredPortalDifference;
  action: PortalAction;
  note?: string;
  agentId?: string;
  bulletinId?: string;
}

/**
 * The open differences, alerts first (departed-but-active at the top), each with its
 * article and the actions it allows; « Expliquer » asks for the reason.
 */
export function DifferenceList({
  differences,
  agents,
  bulletins,
  onResolve,
  disabled,
}: {
  differences: readonly StoredPortalDifference[];
  agents: readonly Agent[];
  bulletins: readonly Bulletin[];
  onResolve: (r: ResolveRequest) => Promise<boolean>;
  disabled: boolean;
}) {
  const [explaining, setExplaining] = useState<StoredPortalDifference>();
  const [note, setNote] = useState('');
  const [bulletinId, setBulletinId] = useState('');
  const byId = new Map(agents.map((a) => [a.id, a]));
  const needsBulletin = (d: StoredPortalDifference) => {
    const service = d.serviceCode ?? d.account?.serviceCodes[0];
    const candidates = bulletins.filter(
      (b) => !service || b.serviceCode.toUpperCase() === service.toUpperCase(),
    );
    return candidates.length !== 1 && bulletins.length > 1;
  };

  if (differences.length === 0) return <p role="status">Aucun écart à traiter.</p>;
  return (
    <>
      <p role="status">{formatCount(differences.length, 'écart à traiter', 'écarts à traiter')}.</p>
      <ul className="portal-differences">
        {differences.map((d) => (
          <li key={d.id} className={`portal-difference severity-${d.severity}`} data-kind={d.kind}>
            <div className="portal-difference-head">
              <strong>{DIFFERENCE_INFO[d.kind].label}</strong>
              <span className={`badge badge-${d.severity}`}>
                {d.severity === 'alerte' ? 'Alerte' : 'Attention'}
              </span>
              {d.article ? <span className="muted">{d.article}</span> : null}
            </div>
            <p>{d.message}</p>
            {needsBulletin(d) &&
            d.actions.some((a) => a === 'register-agent' || a === 'register-habilitation') ? (
              <SelectInput
                label="Bulletin d’adhésion"
                options={bulletins.map((b) => ({
                  value: b.id,
                  label: `${b.serviceCode}${b.siteLabel ? ` – ${b.siteLabel}` : ''}`,
                }))}
                placeholder="— Choisir —"
                value={bulletinId}
                onChange={(e) => setBulletinId(e.target.value)}
              />
            ) : null}
            <div className="form-actions">
              {d.actions.flatMap((action) => {
                if (action === 'explain') {
                  return [
                    <Button
                      key={action}
                      variant="quiet"
                      isDisabled={disabled}
                      onPress={() => {
                        setNote('');
                        setExplaining(d);
                      }}
                    >
                      {PORTAL_ACTION_LABELS.explain}
                    </Button>,
                  ];
                }
                if (action === 'confirm-match') {
                  return (d.candidateAgentIds ?? []).map((id) => {
                    const a = byId.get(id);
                    return (
                      <Button
                        key={`${action}-${id}`}
                        variant="primary"
                        isDisabled={disabled || !a}
                        onPress={() => void onResolve({ difference: d, action, agentId: id })}
                      >
                        {`C’est ${a ? agentName(a) : 'cet agent'}${a?.departedOn ? ' (parti)' : ''}`}
                      </Button>
                    );
                  });
                }
                const first = action === d.actions[0];
                return [
                  <Button
                    key={action}
                    variant={first ? 'primary' : 'secondary'}
                    isDisabled={disabled}
                    onPress={() =>
                      void onResolve({
                        difference: d,
                        action,
                        ...(bulletinId ? { bulletinId } : {}),
                      })
                    }
                  >
                    {action === 'reject-match' && (d.candidateAgentIds?.length ?? 0) > 1
                      ? 'Aucun de ces agents'
                      : PORTAL_ACTION_LABELS[action]}
                  </Button>,
                ];
              })}
            </div>
          </li>
        ))}
      </ul>
      <Dialog
        title="Expliquer l’écart"
        isOpen={!!explaining}
        onClose={() => setExplaining(undefined)}
      >
        <p>{explaining?.message}</p>
        <TextArea
          label="Explication (figurera dans le rapport de revue)"
          required
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <div className="form-actions">
          <Button
            variant="primary"
            isDisabled={!note.trim() || disabled}
            onPress={() => {
              if (!explaining) return;
              void onResolve({ difference: explaining, action: 'explain', note }).then(
                (ok) => ok && setExplaining(undefined),
              );
            }}
          >
            Enregistrer l’explication
          </Button>
          <Button variant="quiet" onPress={() => setExplaining(undefined)}>
            Annuler
          </Button>
        </div>
      </Dialog>
    </>
  );
}
