import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { calendarDateInParis, formatDateFr } from '../../../../shared/domain/dates';
import { useDb } from '../../../shell/services';
import { getIssuedDocument } from '../../../db/repositories/documents';
import type { StoredDraft } from '../../../db/repositories/drafts';
import { checkDocument } from '../../../../shared/documents/registry';
import { agentName } from '../../../../shared/domain/format';
import type { AdminRole } from '../../../../shared/domain/rules/contacts';
import { isAgentDeparted } from '../../../../shared/domain/rules/agents';
import { CONTACT_ROLE_LABELS } from '../../../../shared/domain/schemas';
import type { RegisterSnapshot } from '../../../db/repositories/register-snapshot';
import { useDocumentExport } from '../../../documents/use-documents';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { useAction } from '../../../shell/register/use-action';
import { todayIso, useActor } from '../../../shell/register/use-register';
import { AdminChangeFollowUp } from './AdminChangeFollowUp';
import { ExportStep } from './ExportStep';
import { PersonStep } from './PersonStep';
import { SignatoriesStep } from './SignatoriesStep';
import { useAdminChangeDraft } from './use-admin-change-draft';
import {
  initialValues,
  newAdminName,
  replacedFromRegister,
  toSnapshot,
  valuesFromAgent,
  type AdminChangeValues,
} from './values';

const STEPS = [
  'Rôle et nouvelle personne',
  'Remplacement et signataires',
  'Aperçu et export',
] as const;

/** The « Changement d’administrateur » wizard: three steps, then the PDF, then the follow-up. */
export function AdminChangeWizard({ register }: { register: RegisterSnapshot }) {
  const today = todayIso();
  const db = useDb();
  const actor = useActor();
  const action = useAction();
  const { issue, progress } = useDocumentExport();
  const [values, setValues] = useState<AdminChangeValues>(() => initialValues(register, today));
  const [step, setStepState] = useState(0);
  // Once the user moved through the steps, each new step's title takes focus.
  const [stepMoved, setStepMoved] = useState(false);
  const setStep: typeof setStepState = (next) => {
    setStepMoved(true);
    setStepState(next);
  };
  const [stepErrors, setStepErrors] = useState<Record<string, string>>({});
  const [issuedId, setIssuedId] = useState<string | null>(null);
  const set = (patch: Partial<AdminChangeValues>) => setValues((v) => ({ ...v, ...patch }));
  const conventionId = register.convention.id;
  const [initial] = useState(values);
  const draft = useAdminChangeDraft({
    conventionId,
    values,
    initial,
    step,
    exported: issuedId !== null,
  });
  const resumeDraft = (d: StoredDraft<AdminChangeValues>) => {
    setValues(d.values);
    setStep(Math.min(d.step, 1));
    draft.decided();
  };
  const abandonDraft = async () => {
    await draft.remove();
    setValues(initialValues(register, todayIso()));
    setStep(0);
    draft.decided();
  };

  const agents = useMemo(
    () =>
      register.agents
        .filter((a) => !a.purgedAt && !isAgentDeparted(a, today))
        .sort((a, b) => agentName(a).localeCompare(agentName(b), 'fr')),
    [register.agents, today],
  );
  // The generation instant is fixed when the preview is shown, so the preview is the PDF.
  const [generatedAt, setGeneratedAt] = useState(() => new Date().toISOString());
  const snapshot = useMemo(
    () => toSnapshot(values, register, generatedAt, actor.name),
    [values, register, generatedAt, actor.name],
  );
  const check = useMemo(() => checkDocument('changement-administrateur', snapshot), [snapshot]);
  const issued = useLiveQuery(
    async () => (issuedId ? getIssuedDocument(db, issuedId) : undefined),
    [db, issuedId],
  );

  const changeRole = (role: AdminRole) =>
    set({ role, ...replacedFromRegister(register, role, today) });
  const pickAgent = (id: string) => {
    const agent = agents.find((a) => a.id === id);
    if (agent) set(valuesFromAgent(agent, register.contacts));
    else set({ agentId: '' });
  };

  const validateStep = (index: number): boolean => {
    const errors: Record<string, string> = {};
    if (index === 0) {
      if (!values.lastName.trim()) errors.lastName = 'Indiquez le NOM du nouvel administrateur.';
      if (!values.phoneFixed.trim() && !values.phoneMobile.trim()) {
        errors.phoneFixed = 'Indiquez au moins un numéro de téléphone (fixe ou mobile).';
      }
      if (!values.email.trim())
        errors.email = 'Indiquez son adresse mél personnelle et individuelle.';
      if (!values.effectiveOn) errors.effectiveOn = 'Indiquez la date du changement.';
    }
    setStepErrors(errors);
    return Object.keys(errors).length === 0;
  };

  const next = (event?: FormEvent) => {
    event?.preventDefault();
    if (!validateStep(step)) return;
    if (step === 1) setGeneratedAt(new Date().toISOString());
    setStep((s) => Math.min(s + 1, STEPS.length - 1));
  };

  const exportPdf = async () => {
    const result = await action.run(
      () => issue({ kind: 'changement-administrateur', format: 'pdf', snapshot }),
      'Formulaire enregistré.',
    );
    if (result?.status === 'saved') {
      setIssuedId(result.document.id);
      await draft.remove();
    }
  };

  if (issued) {
    return (
      <Card title="Formulaire exporté" id="admin-change-done" focusTitle>
        <p>
          Le formulaire <strong>{issued.fileName}</strong> est enregistré dans l’historique.
          Faites-le signer, envoyez-le à la Caf, puis indiquez la date d’envoi : le changement
          pourra alors être appliqué à l’annexe des interlocuteurs.
        </p>
        <AdminChangeFollowUp document={issued} register={register} />
        <div className="form-actions">
          <Button
            onPress={() => {
              setIssuedId(null);
              setStep(0);
              setValues(initialValues(register, todayIso()));
            }}
          >
            Préparer un autre formulaire
          </Button>
        </div>
      </Card>
    );
  }

  return (
    <div className="admin-change">
      {draft.pending ? (
        <DraftNotice
          draft={draft.pending}
          onResume={resumeDraft}
          onAbandon={() => void abandonDraft()}
        />
      ) : null}
      <ol className="admin-change-steps" aria-label="Étapes du formulaire">
        {STEPS.map((label, i) => (
          <li
            key={label}
            aria-current={i === step ? 'step' : undefined}
            className={i === step ? 'current' : i < step ? 'done' : ''}
          >
            <span className="admin-change-step-number">{i + 1}</span> {label}
            {i < step ? <span className="visually-hidden"> (terminée)</span> : null}
          </li>
        ))}
      </ol>

      {step === 0 ? (
        <PersonStep
          values={values}
          set={set}
          errors={stepErrors}
          agents={agents}
          focusTitle={stepMoved}
          onRole={changeRole}
          onAgent={pickAgent}
          onNext={next}
        />
      ) : null}
      {step === 1 ? (
        <SignatoriesStep
          values={values}
          set={set}
          focusTitle={stepMoved}
          onBack={() => setStep(0)}
          onNext={next}
        />
      ) : null}
      {step === 2 ? (
        <ExportStep
          values={values}
          register={register}
          check={check}
          errors={action.errors}
          busy={action.busy}
          progress={progress}
          focusTitle={stepMoved}
          onBack={() => setStep(1)}
          onExport={() => void exportPdf()}
        />
      ) : null}
    </div>
  );
}

/** A form started earlier and not exported: take it up again or throw it away. */
function DraftNotice({
  draft,
  onResume,
  onAbandon,
}: {
  draft: StoredDraft<AdminChangeValues>;
  onResume: (draft: StoredDraft<AdminChangeValues>) => void;
  onAbandon: () => void;
}) {
  const name = newAdminName(draft.values);
  return (
    <div className="warning-box admin-change-draft" role="status">
      <p>
        Un formulaire commencé le {formatDateFr(calendarDateInParis(draft.savedAt))}
        {name ? ` pour ${name}` : ''} ({CONTACT_ROLE_LABELS[draft.values.role]}) n’a pas été
        exporté.
      </p>
      <div className="form-actions">
        <Button variant="primary" onPress={() => onResume(draft)}>
          Reprendre le formulaire
        </Button>
        <Button onPress={onAbandon}>Abandonner ce brouillon</Button>
      </div>
    </div>
  );
}
