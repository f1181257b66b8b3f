import type { DocumentCheck } from '../../../../shared/documents/missing';
import type { RegisterSnapshot } from '../../../db/repositories/register-snapshot';
import { Button } from '../../../ui/Button';
import { Card } from '../../../ui/Card';
import { ErrorList } from '../../../ui/ErrorList';
import { AdminChangePreview } from './AdminChangePreview';
import type { AdminChangeValues } from './values';

/** Step 3: what the export refuses or leaves blank, the preview, and the PDF export. */
export function ExportStep({
  values,
  register,
  check,
  errors,
  busy,
  progress,
  focusTitle,
  onBack,
  onExport,
}: {
  values: AdminChangeValues;
  register: RegisterSnapshot;
  check: DocumentCheck;
  errors: readonly string[];
  busy: boolean;
  /** The PDF's preparation, 0 to 1, or null when none runs. */
  progress: number | null;
  focusTitle: boolean;
  onBack: () => void;
  onExport: () => void;
}) {
  return (
    <Card title="Aperçu et export" id="admin-change-preview" focusTitle={focusTitle}>
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
            {check.missing.length === 1
              ? 'Ce champ est vide : il sera imprimé'
              : 'Ces champs sont vides : ils seront imprimés'}{' '}
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
      <ErrorList errors={errors} />
      {progress !== null ? (
        <p role="status">
          Préparation du PDF… <progress value={progress} max={1} aria-label="Préparation du PDF" />
        </p>
      ) : null}
      <div className="form-actions">
        <Button onPress={onBack}>Revenir</Button>
        <Button variant="primary" onPress={onExport} isDisabled={busy}>
          Exporter le formulaire (PDF)
        </Button>
      </div>
    </Card>
  );
}
