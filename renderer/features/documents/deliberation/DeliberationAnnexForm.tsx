import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { calendarDateInParis, formatDateFr } from '../../../../shared/domain/dates';
import { CONTACT_ROLE_LABELS } from '../../../../shared/domain/schemas';
import { useDb } from '../../../shell/services';
import { documentsOfKind } from '../../../db/repositories/documents';
import { operativeText } from '../../../../shared/documents/deliberation-annex';
import { checkDocument, type DocumentFormat } from '../../../../shared/documents/registry';
import type { RegisterSnapshot } from '../../../db/repositories/register-snapshot';
import { useDocumentExport } from '../../../documents/use-documents';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { TextInput } from '../../../ui/fields';
import { useAction } from '../../../shell/register/use-action';
import { todayIso, useActor } from '../../../shell/register/use-register';
import {
  initialAnnexValues,
  pendingAdminChanges,
  toAnnexSnapshot,
  withPendingChanges,
  type AnnexValues,
} from './annex-snapshot';
import { ErrorList, WarningList } from '../../../ui/ErrorList';

/** « Annexe à la délibération »: a few fields pre-filled from the register, PDF and Word. */
export function DeliberationAnnexForm({ register }: { register: RegisterSnapshot }) {
  const actor = useActor();
  const action = useAction();
  const { issue, progress } = useDocumentExport();
  const [initial] = useState<AnnexValues>(() => initialAnnexValues(register, todayIso()));
  /** What the user typed, over the values proposed by the register (and pending changes). */
  const [edited, setEdited] = useState<Partial<AnnexValues>>({});
  const set = (patch: Partial<AnnexValues>) => setEdited((v) => ({ ...v, ...patch }));
  const db = useDb();
  const forms = useLiveQuery(
    () => documentsOfKind(db, register.convention.id, 'changement-administrateur'),
    [db, register.convention.id],
  );
  const pending = useMemo(
    () => pendingAdminChanges(forms ?? [], register.contacts),
    [forms, register.contacts],
  );
  // A change of administrator under way: the deliberation designates the incoming person.
  const values = useMemo(
    () => ({ ...withPendingChanges(initial, pending), ...edited }),
    [initial, pending, edited],
  );
  const draft = useMemo(
    () => toAnnexSnapshot(values, register, new Date().toISOString(), actor.name),
    [values, register, actor.name],
  );
  const check = useMemo(() => checkDocument('annexe-deliberation', draft), [draft]);

  const exportAs = (format: DocumentFormat) =>
    void action.run(
      async () => {
        // Both files of one export share nothing but the register: each gets its own date.
        const snapshot = toAnnexSnapshot(values, register, new Date().toISOString(), actor.name);
        const result = await issue({ kind: 'annexe-deliberation', format, snapshot });
        return result;
      },
      format === 'pdf'
        ? 'Annexe à la délibération exportée (PDF).'
        : 'Annexe à la délibération exportée (Word).',
    );

  return (
    <Card title="Annexe à la délibération" id="deliberation-annex">
      <p className="muted">
        Le document reprend les parties, l’objet, les services et les quotas par profil, les
        missions (art. 8) et les administrateurs désignés, avec un projet de dispositif que le
        secrétariat colle dans sa délibération.
      </p>
      {pending.length ? (
        <p className="warning-box" role="status">
          {pending
            .map(
              (p) =>
                `${CONTACT_ROLE_LABELS[p.role]} proposé : ${p.name}, du formulaire de changement d’administrateur exporté le ${formatDateFr(calendarDateInParis(p.exportedOn))} (pas encore appliqué à l’annexe des interlocuteurs).`,
            )
            .join(' ')}
        </p>
      ) : null}
      <TextInput
        label="Instance qui délibère"
        value={values.body}
        onChange={(e) => set({ body: e.target.value })}
      />
      <div className="field-row">
        <TextInput
          label="Signataire autorisé (Prénom NOM)"
          value={values.signatoryName}
          onChange={(e) => set({ signatoryName: e.target.value })}
        />
        <TextInput
          label="Qualité du signataire"
          value={values.signatoryFunction}
          onChange={(e) => set({ signatoryFunction: e.target.value })}
        />
      </div>
      <div className="field-row">
        <TextInput
          label="Administrateur désigné"
          value={values.administratorName}
          onChange={(e) => set({ administratorName: e.target.value })}
        />
        <TextInput
          label="Fonction de l’administrateur"
          value={values.administratorFunction}
          onChange={(e) => set({ administratorFunction: e.target.value })}
        />
      </div>
      <div className="field-row">
        <TextInput
          label="Suppléant désigné"
          value={values.suppleantName}
          onChange={(e) => set({ suppleantName: e.target.value })}
        />
        <TextInput
          label="Fonction du suppléant"
          value={values.suppleantFunction}
          onChange={(e) => set({ suppleantFunction: e.target.value })}
        />
      </div>
      <section className="deliberation-preview" aria-label="Projet de dispositif">
        <h3>Projet de dispositif</h3>
        {operativeText(draft).map((runs, i) => (
          <p key={i}>
            {runs.map((r, j) =>
              r.bold ? <strong key={j}>{r.text}</strong> : <span key={j}>{r.text}</span>,
            )}
          </p>
        ))}
      </section>
      {check.missing.length ? (
        <div className="warning-box">
          <p>Champs vides, imprimés comme une ligne à remplir :</p>
          <ul>
            {check.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <WarningList warnings={check.warnings} />
      <ErrorList errors={action.errors} />
      {progress !== null ? (
        <p role="status">
          Préparation du document…{' '}
          <progress value={progress} max={1} aria-label="Préparation du document" />
        </p>
      ) : null}
      <div className="form-actions">
        <Button variant="primary" onPress={() => exportAs('pdf')} isDisabled={action.busy}>
          Exporter l’annexe (PDF)
        </Button>
        <Button onPress={() => exportAs('docx')} isDisabled={action.busy}>
          Exporter l’annexe (Word .docx)
        </Button>
      </div>
    </Card>
  );
}
