import { formatCount } from '../../../shared/domain/format';
import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { technicalErrorMessage } from '../../../shared/domain/technical-errors';
import type { ConventionExtraction, ImportDraft } from '../../../shared/import';
import type { TextOrigin } from '../../../shared/import/source-ref';
import { useServices } from '../../shell/services';
import { takeSafetyBackup } from '../../backup/safety-backup';
import {
  importConvention,
  registerIsEmpty,
  type ImportResult,
} from '../../db/repositories/convention-import';
import { ValidationError } from '../../db/validation';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { useAction } from '../../shell/register/use-action';
import { todayIso, useActor, useRegister } from '../../shell/register/use-register';
import { AdministratorAgentsCard } from './ImportOnboarding';
import { BulletinsCard, ContactsCard } from './review/AnnexCards';
import { ReviewContext, type ReviewContextValue } from './review/context';
import { ContractCard } from './review/ContractCard';
import { ConventionCard } from './review/ConventionCard';
import type { EditDraft } from './review/DraftField';
import { CafCard, PartnerCard } from './review/PartiesCards';
import { SummaryCard } from './review/SummaryCard';
import { TextViewer } from './review/TextViewer';

/**
 * Step 2 of the import: every value read, with the page (PDF) or line (text) and the passage
 * it came from; what the text mentions but could not be read; the text itself on demand.
 * Nothing is written before « Enregistrer ».
 */
export function ImportReview({
  extraction,
  initialDraft,
  origin,
  onRestart,
}: {
  extraction: ConventionExtraction;
  initialDraft: ImportDraft;
  origin: TextOrigin;
  onRestart: () => void;
}) {
  const services = useServices();
  const actor = useActor();
  const register = useRegister();
  const { run, errors, busy } = useAction();
  const [draft, setDraft] = useState(initialDraft);
  const [target, setTarget] = useState<'update' | 'create'>('update');
  const [done, setDone] = useState<ImportResult | null>(null);
  const [viewerLine, setViewerLine] = useState<number | null>(null);
  const edit: EditDraft = useCallback(
    (mutate) =>
      setDraft((d) => {
        const next = structuredClone(d);
        mutate(next);
        return next;
      }),
    [],
  );
  const context = useMemo<ReviewContextValue>(
    () => ({ x: extraction, origin, openText: setViewerLine }),
    [extraction, origin],
  );

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    const update = target === 'update' && register ? register.convention.id : undefined;
    void run(
      async () => {
        if (!(await registerIsEmpty(services.db))) {
          try {
            await takeSafetyBackup(services, 'import de la convention');
          } catch (e) {
            throw new ValidationError([
              `La sauvegarde de sécurité n’a pas pu être faite : rien n’a été importé. ${technicalErrorMessage(e) ?? 'Vérifiez le dossier des sauvegardes puis réessayez.'}`,
            ]);
          }
        }
        const result = await importConvention(services.db, actor, draft, {
          today: todayIso(),
          targetConventionId: update,
        });
        setDone(result);
        window.scrollTo?.(0, 0);
        return result;
      },
      update ? 'Convention mise à jour depuis le document.' : 'Convention importée et enregistrée.',
    );
  };

  if (done) {
    return (
      <Card
        title={done.created ? 'Convention importée' : 'Convention mise à jour'}
        id="import-done"
      >
        <p>
          {done.created ? 'La convention a été créée' : 'La convention a été mise à jour'} :{' '}
          {formatCount(done.contactsAdded, 'interlocuteur ajouté', 'interlocuteurs ajoutés')},{' '}
          {formatCount(done.bulletinsAdded, 'bulletin ajouté', 'bulletins ajoutés')},{' '}
          {formatCount(done.quotasSet, 'quota enregistré', 'quotas enregistrés')}. Chaque
          modification est inscrite au journal
          {register === null ? '.' : ', et une sauvegarde a été prise avant l’import.'}
        </p>
        {done.administratorsLinked + done.administratorsCreated > 0 ? (
          <p>
            Administrateur et suppléant de l’annexe 1 :{' '}
            {formatCount(done.administratorsCreated, 'fiche agent créée', 'fiches agent créées')},{' '}
            {formatCount(done.administratorsLinked, 'reliée', 'reliées')} à une fiche existante,
            avec leur rôle dans le portail.
          </p>
        ) : null}
        <p className="import-next">
          <strong>Étape suivante :</strong>{' '}
          <Link to="/agents/import" className="btn btn-primary">
            Importer la liste des agents
          </Link>
        </p>
        <ul className="import-links">
          <li>
            <Link to="/convention">Voir la convention</Link>
          </li>
          <li>
            <Link to="/interlocuteurs">Voir les interlocuteurs</Link>
          </li>
          <li>
            <Link to="/services">Voir les services et quotas</Link>
          </li>
        </ul>
        <div className="form-actions">
          <Button onPress={onRestart}>Importer un autre document</Button>
        </div>
      </Card>
    );
  }

  return (
    <ReviewContext.Provider value={context}>
      <form onSubmit={save} noValidate className="import-review">
        <SummaryCard />
        <PartnerCard draft={draft} edit={edit} />
        <CafCard draft={draft} edit={edit} />
        <ConventionCard draft={draft} edit={edit} />
        <ContractCard draft={draft} edit={edit} />
        <ContactsCard draft={draft} edit={edit} />
        <AdministratorAgentsCard
          draft={draft}
          onCreateChange={(create) => edit((d) => (d.createAdministratorAgents = create))}
        />
        <BulletinsCard draft={draft} edit={edit} />
        <Card title="Enregistrer" id="import-save">
          {register ? (
            <fieldset className="import-target">
              <legend>
                Une convention est déjà enregistrée ({register.partner.name}
                {register.convention.number ? `, n° ${register.convention.number}` : ''}).
              </legend>
              <label>
                <input
                  type="radio"
                  name="import-target"
                  checked={target === 'update'}
                  onChange={() => setTarget('update')}
                />{' '}
                Mettre à jour cette convention (rien n’est supprimé ; les interlocuteurs et
                bulletins absents sont ajoutés)
              </label>
              <label>
                <input
                  type="radio"
                  name="import-target"
                  checked={target === 'create'}
                  onChange={() => setTarget('create')}
                />{' '}
                Créer une nouvelle convention
              </label>
              <p className="muted">
                Une sauvegarde de sécurité est prise avant l’import ; si elle échoue, rien n’est
                importé.
              </p>
            </fieldset>
          ) : null}
          {errors.length ? (
            <div className="error-box" role="alert">
              <ul>
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="form-actions">
            <Button type="submit" variant="primary" isDisabled={busy}>
              {register && target === 'update'
                ? 'Mettre à jour la convention'
                : 'Enregistrer la convention importée'}
            </Button>
            <Button onPress={onRestart}>Recommencer avec un autre texte</Button>
          </div>
        </Card>
      </form>
      <TextViewer
        lines={extraction.lines}
        origin={origin}
        line={viewerLine}
        onClose={() => setViewerLine(null)}
      />
    </ReviewContext.Provider>
  );
}
