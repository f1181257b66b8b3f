import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { deleteDraft, loadDraft, saveDraft, type StoredDraft } from '../../../db/repositories/drafts';
import { calendarDateInParis } from '../../../../shared/domain/dates';
import { useDb } from '../../../shell/services';
import { getIssuedDocument } from '../../../db/repositories/documents';
import { checkDocument } from '../../../../shared/documents/registry';
import { formatDateFr } from '../../../../shared/domain/dates';
import { looksLikeSharedEmail } from '../../../../shared/domain/email-heuristics';
import { agentName } from '../../../../shared/domain/format';
import type { AdminRole } from '../../../../shared/domain/rules/contacts';
import { CONTACT_ROLE_LABELS } from '../../../../shared/domain/schemas';
import type { RegisterSnapshot } from '../../../db/repositories/register-snapshot';
import { useDocumentExport } from '../../../documents/use-documents';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { DateInput, SelectInput, TextInput } from '../../../ui/fields';
import { useAction } from '../../../shell/register/use-action';
import { todayIso, useActor } from '../../../shell/register/use-register';
import { AdminChangeFollowUp } from './AdminChangeFollowUp';
import { AdminChangePreview } from './AdminChangePreview';
import {
  adminChangeValuesSchema,
  initialValues,
  isWorthADraft,
  newAdminName,
  replacedFromRegister,
  toSnapshot,
  valuesFromAgent,
  type AdminChangeValues,
} from './values';

const DRAFT_KIND = 'changement-administrateur';
import { ErrorList } from '../../../ui/ErrorList';
import { isAgentDeparted } from '../../../../shared/domain/rules/agents';

const STEPS = ['Rôle et nouvelle personne', 'Remplacement et signataires', 'Aperçu et export'] as const;

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
  /** A draft left from an earlier visit: undefined while reading, null once none or decided. */
  const [pendingDraft, setPendingDraft] = useState<StoredDraft<AdminChangeValues> | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadDraft(db, DRAFT_KIND, conventionId, adminChangeValuesSchema).then((d) => {
      if (live) setPendingDraft(d ?? null);
    });
    return () => {
      live = false;
    };
  }, [db, conventionId]);
  // The form is kept as a draft while it is being filled (until exported or abandoned).
  useEffect(() => {
    if (pendingDraft !== null || issuedId || !isWorthADraft(values, initial)) return;
    const timer = setTimeout(() => {
      void saveDraft(db, DRAFT_KIND, conventionId, { savedAt: new Date().toISOString(), step, values });
    }, 400);
    return () => clearTimeout(timer);
  }, [db, conventionId, values, step, pendingDraft, issuedId, initial]);
  const resumeDraft = (d: StoredDraft<AdminChangeValues>) => {
    setValues(d.values);
    setStep(Math.min(d.step, 1));
    setPendingDraft(null);
  };
  const abandonDraft = async () => {
    await deleteDraft(db, DRAFT_KIND, conventionId);
    setValues(initialValues(register, todayIso()));
    setStep(0);
    setPendingDraft(null);
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
  const snapshot = useMemo(() => toSnapshot(values, register, generatedAt, actor.name), [values, register, generatedAt, actor.name]);
  const check = useMemo(() => checkDocument('changement-administrateur', snapshot), [snapshot]);
  const shared = looksLikeSharedEmail(values.email);
  const issued = useLiveQuery(async () => (issuedId ? getIssuedDocument(db, issuedId) : undefined), [db, issuedId]);

  const changeRole = (role: AdminRole) => set({ role, ...replacedFromRegister(register, role, today) });
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
      if (!values.email.trim()) errors.email = 'Indiquez son adresse mél personnelle et individuelle.';
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
    const result = await action.run(() => issue({ kind: 'changement-administrateur', format: 'pdf', snapshot }), 'Formulaire enregistré.');
    if (result?.status === 'saved') {
      setIssuedId(result.document.id);
      await deleteDraft(db, DRAFT_KIND, conventionId);
    }
  };

  if (issued) {
    return (
      <Card title="Formulaire exporté" id="admin-change-done" focusTitle>
        <p>
          Le formulaire <strong>{issued.fileName}</strong> est enregistré dans l’historique. Faites-le signer, envoyez-le à la
          Caf, puis indiquez la date d’envoi : le changement pourra alors être appliqué à l’annexe des interlocuteurs.
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
      {pendingDraft ? (
        <div className="warning-box admin-change-draft" role="status">
          <p>
            Un formulaire commencé le {formatDateFr(calendarDateInParis(pendingDraft.savedAt))}
            {newAdminName(pendingDraft.values) ? ` pour ${newAdminName(pendingDraft.values)}` : ''} (
            {CONTACT_ROLE_LABELS[pendingDraft.values.role]}) n’a pas été exporté.
          </p>
          <div className="form-actions">
            <Button variant="primary" onPress={() => resumeDraft(pendingDraft)}>
              Reprendre le formulaire
            </Button>
            <Button onPress={() => void abandonDraft()}>Abandonner ce brouillon</Button>
          </div>
        </div>
      ) : null}
      <ol className="admin-change-steps" aria-label="Étapes du formulaire">
        {STEPS.map((label, i) => (
          <li key={label} aria-current={i === step ? 'step' : undefined} className={i === step ? 'current' : i < step ? 'done' : ''}>
            <span className="admin-change-step-number">{i + 1}</span> {label}
            {i < step ? <span className="visually-hidden"> (terminée)</span> : null}
          </li>
        ))}
      </ol>

      {step === 0 ? (
        <Card title="Rôle et nouvelle personne" id="admin-change-person" focusTitle={stepMoved}>
          <form onSubmit={next} noValidate>
            <fieldset className="admin-change-fieldset">
              <legend>Quel rôle change ?</legend>
              {(['administrateur', 'administrateur-suppleant'] as const).map((role) => (
                <label key={role} className="admin-change-radio">
                  <input type="radio" name="role" value={role} checked={values.role === role} onChange={() => changeRole(role)} />{' '}
                  {CONTACT_ROLE_LABELS[role]}
                </label>
              ))}
            </fieldset>
            <SelectInput
              label="Choisir un agent de la liste"
              value={values.agentId}
              onChange={(e) => pickAgent(e.target.value)}
              placeholder="Nouvelle personne (saisir ci-dessous)"
              options={agents.map((a) => ({ value: a.id, label: `${agentName(a)}${a.function ? ` — ${a.function}` : ''}` }))}
              help="Ou saisissez une personne qui n’est pas encore dans la liste des agents : elle y sera ajoutée à l’application du changement."
            />
            <div className="field-row">
              <TextInput label="Prénom" value={values.firstName} onChange={(e) => set({ firstName: e.target.value })} />
              <TextInput
                label="NOM"
                required
                value={values.lastName}
                error={stepErrors.lastName}
                onChange={(e) => set({ lastName: e.target.value })}
              />
            </div>
            <TextInput label="Fonction" value={values.function} onChange={(e) => set({ function: e.target.value })} />
            <div className="field-row">
              <TextInput
                label="Téléphone fixe"
                type="tel"
                value={values.phoneFixed}
                error={stepErrors.phoneFixed}
                help="Au moins un numéro, fixe ou mobile."
                onChange={(e) => set({ phoneFixed: e.target.value })}
              />
              <TextInput label="Téléphone mobile" type="tel" value={values.phoneMobile} onChange={(e) => set({ phoneMobile: e.target.value })} />
            </div>
            <TextInput
              label="Adresse mél personnelle et individuelle"
              type="email"
              required
              value={values.email}
              error={stepErrors.email}
              onChange={(e) => set({ email: e.target.value })}
            />
            {shared.shared ? (
              <p className="warning-box" role="status">
                Attention : cette adresse ressemble à une boîte partagée (« {shared.word} »). La Caf demande une adresse
                personnelle et individuelle (contrat, annexe 3).
              </p>
            ) : null}
            <DateInput
              label="Date du changement"
              required
              value={values.effectiveOn}
              error={stepErrors.effectiveOn}
              help="L’interlocuteur remplacé prendra fin la veille."
              onChange={(e) => set({ effectiveOn: e.target.value })}
            />
            <div className="form-actions">
              <Button type="submit" variant="primary">
                Continuer
              </Button>
            </div>
          </form>
        </Card>
      ) : null}

      {step === 1 ? (
        <Card title="Remplacement et signataires" id="admin-change-signatories" focusTitle={stepMoved}>
          <form onSubmit={next} noValidate>
            <fieldset className="admin-change-fieldset">
              <legend>Cet administrateur remplace-t-il un administrateur existant ?</legend>
              <label className="admin-change-radio">
                <input type="radio" name="replaces" checked={values.replaces} onChange={() => set({ replaces: true })} /> Oui
              </label>
              <label className="admin-change-radio">
                <input type="radio" name="replaces" checked={!values.replaces} onChange={() => set({ replaces: false })} /> Non
              </label>
            </fieldset>
            {values.replaces ? (
              <div className="field-row">
                <TextInput
                  label="Prénom et NOM de l’administrateur remplacé"
                  value={values.replacedName}
                  onChange={(e) => set({ replacedName: e.target.value })}
                />
                <TextInput
                  label="Adresse mél de l’administrateur remplacé"
                  type="email"
                  value={values.replacedEmail}
                  onChange={(e) => set({ replacedEmail: e.target.value })}
                />
              </div>
            ) : null}
            <h3>Pour le Partenaire</h3>
            <div className="field-row">
              <TextInput
                label="Fonction du signataire (partenaire)"
                value={values.partnerSignatoryFunction}
                onChange={(e) => set({ partnerSignatoryFunction: e.target.value })}
              />
              <TextInput
                label="Prénom NOM du signataire (partenaire)"
                value={values.partnerSignatoryName}
                onChange={(e) => set({ partnerSignatoryName: e.target.value })}
              />
            </div>
            <h3>L’administrateur</h3>
            <div className="field-row">
              <TextInput
                label="Fonction du signataire (administrateur)"
                value={values.adminSignatoryFunction}
                onChange={(e) => set({ adminSignatoryFunction: e.target.value })}
              />
              <TextInput
                label="Prénom NOM du signataire (administrateur)"
                value={values.adminSignatoryName}
                placeholder={newAdminName(values)}
                onChange={(e) => set({ adminSignatoryName: e.target.value })}
              />
            </div>
            <div className="form-actions">
              <Button onPress={() => setStep(0)}>Revenir</Button>
              <Button type="submit" variant="primary">
                Voir l’aperçu
              </Button>
            </div>
          </form>
        </Card>
      ) : null}

      {step === 2 ? (
        <Card title="Aperçu et export" id="admin-change-preview" focusTitle={stepMoved}>
          {check.refusals.length ? (
            <div className="error-box" role="alert">
              <p>L’export est impossible :</p>
              <ul>
                {check.refusals.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {check.missing.length ? (
            <div className="warning-box">
              <p>
                {check.missing.length === 1 ? 'Ce champ est vide : il sera imprimé' : 'Ces champs sont vides : ils seront imprimés'}{' '}
                comme une ligne à remplir à la main.
              </p>
              <ul>
                {check.missing.map((m) => (
                  <li key={m}>{m.replace(/ :$/, '')}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {check.warnings.map((w) => (
            <p key={w} className="warning-box">
              {w}
            </p>
          ))}
          <AdminChangePreview values={values} register={register} />
          <ErrorList errors={action.errors} />
          {progress !== null ? (
            <p role="status">
              Préparation du PDF… <progress value={progress} max={1} aria-label="Préparation du PDF" />
            </p>
          ) : null}
          <div className="form-actions">
            <Button onPress={() => setStep(1)}>Revenir</Button>
            <Button variant="primary" onPress={() => void exportPdf()} isDisabled={action.busy}>
              Exporter le formulaire (PDF)
            </Button>
          </div>
        </Card>
      ) : null}
    </div>
  );
}
