import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../shared/documents/registry';
import { calendarDateInParis, formatDateFr } from '../../../shared/domain/dates';
import { DOCUMENT_KINDS, type IssuedDocument } from '../../../shared/domain/schemas';
import { sectionByPath } from '../../shell/sections';
import { useDb } from '../../shell/services';
import { listAllDocuments, type DocumentRow } from '../../db/repositories/documents';
import type { RegisterSnapshot } from '../../db/repositories/register-snapshot';
import { useDocumentExport } from '../../documents/use-documents';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { PageHeader } from '../../ui/PageHeader';
import { NoConvention } from '../../shell/NoConvention';
import { AdminChangeFollowUp } from './admin-change/AdminChangeFollowUp';
import { AdminChangeWizard } from './admin-change/AdminChangeWizard';
import { DeliberationAnnexForm } from './deliberation/DeliberationAnnexForm';
import { useAction } from '../../shell/register/use-action';
import { useRegister } from '../../shell/register/use-register';
import { selectNotify, useUiStore } from '../../store/ui-store';

export function DocumentsPage() {
  const section = sectionByPath('/documents');
  const register = useRegister();
  return (
    <>
      <PageHeader title={section.label} description={section.description} />
      <Tabs className="documents-tabs">
        <TabList aria-label="Documents" className="documents-tablist">
          <Tab id="history">Documents produits</Tab>
          <Tab id="admin-change">Changement d’administrateur</Tab>
          <Tab id="annex">Annexe à la délibération</Tab>
        </TabList>
        <TabPanel id="history">
          <DocumentsHistory register={register ?? null} />
        </TabPanel>
        <TabPanel id="admin-change">
          {register ? (
            <AdminChangeWizard register={register} />
          ) : (
            <NeedsConvention loading={register === undefined} />
          )}
        </TabPanel>
        <TabPanel id="annex">
          {register ? (
            <DeliberationAnnexForm register={register} />
          ) : (
            <NeedsConvention loading={register === undefined} />
          )}
        </TabPanel>
      </Tabs>
    </>
  );
}

function NeedsConvention({ loading }: { loading: boolean }) {
  if (loading) return <p role="status">Chargement…</p>;
  return (
    <NoConvention why="Les documents se remplissent à partir du registre : saisissez d’abord votre convention." />
  );
}

const when = (iso: string) => {
  const d = new Date(iso);
  const time = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
  return `${formatDateFr(calendarDateInParis(iso))} à ${time.replace(':', ' h ')}`;
};

function DocumentsHistory({ register }: { register: RegisterSnapshot | null }) {
  const db = useDb();
  const rows = useLiveQuery(() => listAllDocuments(db), [db]);
  const [kind, setKind] = useState<DocumentKind | 'all'>('all');
  const { regenerate, progress } = useDocumentExport();
  const action = useAction();
  const notify = useUiStore(selectNotify);
  if (!rows) return <p role="status">Chargement…</p>;
  const shown = kind === 'all' ? rows : rows.filter((r) => r.document.kind === kind);
  const counts = (k: DocumentKind) => rows.filter((r) => r.document.kind === k).length;

  const onRegenerate = (doc: IssuedDocument) =>
    void action
      .run(async () => {
        const result = await regenerate(doc);
        if (result.status === 'saved') {
          const message = result.identical
            ? `Document régénéré à l’identique (empreinte ${result.sha256.slice(0, 12)}).`
            : `Document régénéré avec le même contenu (les fichiers Word portent leur propre horodatage).`;
          return { message, file: result.path };
        }
        return undefined;
      })
      .then((done) => done && notify('ok', done.message, { file: done.file }));

  return (
    <Card title="Documents produits" id="documents-history">
      {rows.length === 0 ? (
        <div className="empty-state">
          <p>
            Aucun document produit. Préparez le formulaire de changement d’administrateur ou
            l’annexe à la délibération : chaque document exporté est gardé ici, avec les données qui
            ont servi à le faire, pour pouvoir le régénérer à l’identique.
          </p>
        </div>
      ) : (
        <>
          <div className="chips" role="group" aria-label="Filtrer par type de document">
            <button
              type="button"
              className="chip"
              aria-pressed={kind === 'all'}
              onClick={() => setKind('all')}
            >
              Tous ({rows.length})
            </button>
            {DOCUMENT_KINDS.filter((k) => counts(k) > 0).map((k) => (
              <button
                key={k}
                type="button"
                className="chip"
                aria-pressed={kind === k}
                onClick={() => setKind(k)}
              >
                {DOCUMENT_KIND_LABELS[k]} ({counts(k)})
              </button>
            ))}
          </div>
          {progress !== null ? (
            <p role="status">
              Régénération…{' '}
              <progress value={progress} max={1} aria-label="Régénération du document" />
            </p>
          ) : null}
          {action.errors.length ? (
            <div className="error-box" role="alert">
              {action.errors.map((e) => (
                <p key={e}>{e}</p>
              ))}
            </div>
          ) : null}
          <table className="data documents-table">
            <caption className="visually-hidden">Documents produits</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Produit le</th>
                <th scope="col">Par</th>
                <th scope="col">Convention</th>
                <th scope="col">Empreinte</th>
                <th scope="col">Suivi</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <HistoryRow
                  key={row.document.id}
                  row={row}
                  register={register}
                  onRegenerate={onRegenerate}
                  busy={action.busy}
                />
              ))}
            </tbody>
          </table>
        </>
      )}
    </Card>
  );
}

function HistoryRow({
  row,
  register,
  onRegenerate,
  busy,
}: {
  row: DocumentRow;
  register: RegisterSnapshot | null;
  onRegenerate: (doc: IssuedDocument) => void;
  busy: boolean;
}) {
  const { document } = row;
  return (
    <tr>
      <th scope="row">
        {DOCUMENT_KIND_LABELS[document.kind]}
        <br />
        <span className="muted">
          {document.fileName} ({document.format.toUpperCase()})
        </span>
      </th>
      <td>{when(document.createdAt)}</td>
      <td>{document.createdBy}</td>
      <td>{row.conventionLabel}</td>
      <td>
        <code title={`SHA-256 : ${document.sha256}`}>{document.sha256.slice(0, 12)}</code>
      </td>
      <td>
        {document.kind === 'changement-administrateur' ? (
          <AdminChangeFollowUp document={document} register={register} />
        ) : document.sentToCafOn ? (
          `Envoyé à la Caf le ${formatDateFr(document.sentToCafOn)}`
        ) : (
          '—'
        )}
      </td>
      <td>
        <Button
          onPress={() => onRegenerate(document)}
          isDisabled={busy}
          aria-label={`Régénérer ${document.fileName}`}
        >
          Régénérer
        </Button>
      </td>
    </tr>
  );
}
