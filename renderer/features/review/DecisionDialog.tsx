import { useState, type FormEvent } from 'react';
import { formatDateFr } from '../../../shared/domain/dates';
import {
  DECISION_LABELS,
  noOtherProfileMessage,
  otherProfilesForItem,
  portalFlagLabel,
  suggestDecision,
  type DecisionInput,
  type ReviewAnswers,
  type ReviewDecision,
} from '../../../shared/domain/review';
import type { Quota, ReviewItem } from '../../../shared/domain/schemas';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { ErrorList } from '../../ui/ErrorList';
import { SelectInput, TextArea } from '../../ui/fields';

const QUESTIONS: { key: keyof ReviewAnswers; label: string }[] = [
  { key: 'stillInOrganisation', label: 'La personne fait-elle toujours partie de la structure ?' },
  { key: 'sameFunction', label: 'Occupe-t-elle la même fonction ?' },
  {
    key: 'profileStillNeeded',
    label: 'Sa mission nécessite-t-elle toujours ce profil (moindre affectation) ?',
  },
  { key: 'personalAccount', label: 'Le compte est-il personnel (non partagé) ?' },
];

function YesNo({
  name,
  label,
  value,
  onChange,
}: {
  name: string;
  label: string;
  value: boolean | undefined;
  onChange: (v: boolean | undefined) => void;
}) {
  return (
    <fieldset className="yes-no">
      <legend>{label}</legend>
      {[
        { v: true, text: 'Oui' },
        { v: false, text: 'Non' },
      ].map((o) => (
        <label key={o.text}>
          <input type="radio" name={name} checked={value === o.v} onChange={() => onChange(o.v)} />{' '}
          {o.text}
        </label>
      ))}
    </fieldset>
  );
}

/** One habilitation of the review: the four questions, the suggestion, the decision. */
export function DecisionDialog({
  item,
  quotas,
  profileLabels,
  errors,
  busy,
  onSaveAnswers,
  onDecide,
  onClose,
}: {
  item: ReviewItem;
  quotas: readonly Quota[];
  profileLabels: ReadonlyMap<string, string>;
  errors: string[];
  busy: boolean;
  onSaveAnswers: (answers: ReviewAnswers) => void;
  onDecide: (answers: ReviewAnswers, decision: DecisionInput) => void;
  onClose: () => void;
}) {
  const [answers, setAnswers] = useState<ReviewAnswers>(item.answers);
  const suggestion = suggestDecision(answers);
  const [decision, setDecision] = useState<ReviewDecision | undefined>(
    item.decision ?? suggestion?.decision,
  );
  const [newProfileCode, setNewProfile] = useState(item.newProfileCode ?? '');
  const [reason, setReason] = useState(item.reason ?? '');
  const s = item.snapshot;
  const otherProfiles = otherProfilesForItem(item, quotas);
  // An access only in the portal has no habilitation to modify (shared/domain/review: refused).
  const portalOnly = !!item.portal && !item.habilitationId;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!decision) return;
    onDecide(answers, { decision, newProfileCode: newProfileCode || undefined, reason });
  };

  return (
    <Dialog title={`${s.agentName} — ${s.profileCode}`} isOpen onClose={onClose} wide>
      <form onSubmit={submit} noValidate>
        <p className="muted">
          {s.agentFunction ?? 'Fonction non renseignée'}
          {s.agentService ? ` · ${s.agentService}` : ''} · {s.bulletinLabel} · accordée le{' '}
          {formatDateFr(s.grantedOn)}
          {item.addedAfterOpening ? ' · ajoutée après l’ouverture de la revue' : ''}
        </p>
        {item.portal?.differences.length ? (
          <p>
            Écart avec la liste du portail :{' '}
            {item.portal.differences.map(portalFlagLabel).join(' ; ')}.
          </p>
        ) : null}
        {portalOnly ? (
          <p className="warning-box">
            Cet accès existe dans le portail mais pas dans le registre : « Supprimer » le fait
            désactiver dans le portail ; « Maintenir » le garde, enregistrez-le alors dans le
            registre (Rapprochement portail).
          </p>
        ) : null}
        <ErrorList errors={errors} />
        {QUESTIONS.map((q) => (
          <YesNo
            key={q.key}
            name={`${item.id}-${q.key}`}
            label={q.label}
            value={answers[q.key]}
            onChange={(v) => {
              const next = { ...answers, [q.key]: v };
              setAnswers(next);
              const suggested = suggestDecision(next)?.decision;
              if (suggested && !item.decision) setDecision(suggested);
            }}
          />
        ))}
        {suggestion ? (
          <p className="suggestion" role="status">
            Suggestion : <strong>{DECISION_LABELS[suggestion.decision]}</strong> — {suggestion.why}
          </p>
        ) : null}
        <fieldset className="decision-choice">
          <legend>Décision</legend>
          {(Object.keys(DECISION_LABELS) as ReviewDecision[])
            .filter((d) => !portalOnly || d !== 'modifier')
            .map((d) => (
              <label key={d}>
                <input
                  type="radio"
                  name={`${item.id}-decision`}
                  checked={decision === d}
                  onChange={() => setDecision(d)}
                />{' '}
                {DECISION_LABELS[d]}
              </label>
            ))}
        </fieldset>
        {decision === 'modifier' && otherProfiles.length === 0 ? (
          <p className="warning-box" role="status">
            {noOtherProfileMessage(item, quotas)}
          </p>
        ) : null}
        {decision === 'modifier' && otherProfiles.length > 0 ? (
          <SelectInput
            label="Nouveau profil"
            required
            placeholder="Choisir"
            options={otherProfiles.map((p) => ({
              value: p,
              label: `${p} — ${profileLabels.get(p) ?? ''}`,
            }))}
            value={newProfileCode}
            onChange={(e) => setNewProfile(e.target.value)}
          />
        ) : null}
        <TextArea
          label="Motif"
          required={decision === 'modifier' || decision === 'supprimer'}
          help={decision === 'maintenir' ? 'Facultatif pour « Maintenir ».' : undefined}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="form-actions">
          <Button onPress={onClose}>Annuler</Button>
          <Button onPress={() => onSaveAnswers(answers)} isDisabled={busy}>
            Enregistrer les réponses seulement
          </Button>
          <Button type="submit" variant="primary" isDisabled={busy || !decision}>
            Enregistrer la décision
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
