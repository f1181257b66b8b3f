import { useState, type FormEvent } from 'react';
import { technicalErrorMessage } from '../../../shared/domain/technical-errors';
import { Link } from 'react-router';
import { CONTACT_ROLE_LABELS, PARTNER_KINDS, ROLES_BY_SIDE, type ContactRole } from '../../../shared/domain/schemas/entities';
import type { Conflict, ConventionExtraction, Extracted, ImportDraft } from '../../../shared/import';
import { importHints } from '../../../shared/import/draft';
import { AdministratorAgentsCard, CafAddressNote, cafAddressForForm, DatesNote } from './ImportOnboarding';
import { useServices } from '../../app/services';
import { takeSafetyBackup } from '../../backup/safety-backup';
import { importConvention, registerIsEmpty, type ImportResult } from '../../db/repositories/convention-import';
import { ValidationError } from '../../db/validation';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { CheckboxInput, DateInput, SelectInput, TextArea, TextInput } from '../../ui/fields';
import { useAction } from '../register/use-action';
import { todayIso, useActor, useRegister } from '../register/use-register';

const shorten = (s: string) => (s.length > 140 ? `${s.slice(0, 137)}…` : s);

/** Where a value came from, and whether it needs a look (said in words, not only colour). */
function Source({ source, conflict }: { source: Extracted<unknown> | undefined; conflict?: Conflict | undefined }) {
  if (!source) return <span className="muted">Absent du document : à saisir si besoin.</span>;
  const check = conflict || source.confidence === 'low';
  return (
    <>
      {check ? <span className="badge badge-attention import-check">À vérifier</span> : null}{' '}
      {source.note ? <span>{source.note} </span> : null}
      <span className="import-source">
        ligne {source.sourceLine} : « {shorten(source.sourceText.replace(/\t/g, ' '))} »
      </span>
      {conflict ? (
        <span className="import-conflict">
          {' '}
          Autres valeurs lues :{' '}
          {conflict.values
            .filter((v) => v.value !== conflict.chosen)
            .map((v) => `« ${v.value} » (ligne ${v.sourceLine})`)
            .join(', ')}
          .
        </span>
      ) : null}
    </>
  );
}

function needsCheck(source: Extracted<unknown> | undefined, conflict: Conflict | undefined) {
  return Boolean(conflict || source?.confidence === 'low');
}

export function ImportReview({
  extraction,
  initialDraft,
  sourceName,
  onRestart,
}: {
  extraction: ConventionExtraction;
  initialDraft: ImportDraft;
  sourceName: string;
  onRestart: () => void;
}) {
  const services = useServices();
  const actor = useActor();
  const register = useRegister();
  const { run, errors, busy } = useAction();
  const [draft, setDraft] = useState(initialDraft);
  const [target, setTarget] = useState<'update' | 'create'>('update');
  const [done, setDone] = useState<ImportResult | null>(null);
  const conflictOf = (field: string) => extraction.conflicts.find((c) => c.field === field);
  const x = extraction;
  const hints = importHints(extraction);

  const text = (
    label: string,
    get: (d: ImportDraft) => string,
    set: (d: ImportDraft, v: string) => void,
    source: Extracted<unknown> | undefined,
    field: string,
    extra: { required?: boolean; type?: 'date' | 'email' } = {},
  ) => {
    const conflict = conflictOf(field);
    const Input = extra.type === 'date' ? DateInput : TextInput;
    return (
      <div className={needsCheck(source, conflict) ? 'import-field import-field-check' : 'import-field'}>
        <Input
          label={label}
          required={extra.required}
          type={extra.type === 'email' ? 'email' : undefined}
          value={get(draft)}
          onChange={(e) => {
            const value = e.target.value;
            setDraft((d) => {
              const next = structuredClone(d);
              set(next, value);
              return next;
            });
          }}
          help={<Source source={source} conflict={conflict} />}
        />
      </div>
    );
  };

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    const update = target === 'update' && register ? register.convention.id : undefined;
    void run(async () => {
      if (!(await registerIsEmpty(services.db))) {
        try {
          await takeSafetyBackup(services, 'import de la convention');
        } catch (e) {
          throw new ValidationError([
            `La sauvegarde de sécurité n’a pas pu être faite : rien n’a été importé. ${technicalErrorMessage(e) ?? 'Vérifiez le dossier des sauvegardes puis réessayez.'}`,
          ]);
        }
      }
      const result = await importConvention(services.db, actor, draft, { today: todayIso(), targetConventionId: update });
      setDone(result);
      window.scrollTo?.(0, 0);
      return result;
    }, update ? 'Convention mise à jour depuis le document.' : 'Convention importée et enregistrée.');
  };

  if (done) {
    return (
      <Card title={done.created ? 'Convention importée' : 'Convention mise à jour'} id="import-done">
        <p>
          {done.created ? 'La convention a été créée' : 'La convention a été mise à jour'} : {done.contactsAdded} interlocuteur(s)
          ajouté(s), {done.bulletinsAdded} bulletin(s) ajouté(s), {done.quotasSet} quota(s) enregistré(s). Chaque modification est
          inscrite au journal{register === null ? '.' : ', et une sauvegarde a été prise avant l’import.'}
        </p>
        {done.administratorsLinked + done.administratorsCreated > 0 ? (
          <p>
            Administrateur et suppléant de l’annexe 1 : {done.administratorsCreated} fiche(s) agent créée(s),{' '}
            {done.administratorsLinked} reliée(s) à une fiche existante, avec leur rôle dans le portail.
          </p>
        ) : null}
        <p className="import-next">
          <strong>Étape suivante :</strong>{' '}
          <Link to="/agents/import" className="btn btn-primary">
            Importer la liste des agents
          </Link>
        </p>
        <ul className="import-links">
          <li><Link to="/convention">Voir la convention</Link></li>
          <li><Link to="/interlocuteurs">Voir les interlocuteurs</Link></li>
          <li><Link to="/services">Voir les services et quotas</Link></li>
        </ul>
        <div className="form-actions">
          <Button onPress={onRestart}>Importer un autre document</Button>
        </div>
      </Card>
    );
  }

  const partnerContacts = draft.contacts.map((c, i) => ({ c, i, src: x.contacts[i] }));
  const setContact = (i: number, patch: Partial<ImportDraft['contacts'][number]>) =>
    setDraft((d) => ({ ...d, contacts: d.contacts.map((c, k) => (k === i ? { ...c, ...patch } : c)) }));
  const setBulletin = (i: number, patch: Partial<ImportDraft['bulletins'][number]>) =>
    setDraft((d) => ({ ...d, bulletins: d.bulletins.map((b, k) => (k === i ? { ...b, ...patch } : b)) }));

  return (
    <form onSubmit={save} noValidate className="import-review">
      <Card title="Vérifiez ce qui a été lu" id="import-summary">
        <p>
          Source : {sourceName}, {x.lines.length} lignes. Chaque champ indique la ligne du texte d’où il vient ; les valeurs
          marquées « À vérifier » sont incertaines ou le document en donne plusieurs. Corrigez ce qui doit l’être :
          rien n’est enregistré avant le bouton en bas de page.
        </p>
        {x.flags.looksLikeBlankTemplate ? (
          <div className="warning-box" role="status">
            <strong>Modèle vierge.</strong> Ce document ressemble à un modèle de convention non rempli : le partenaire, le numéro et
            le SIRET sont vides. Presque rien n’a donc été lu, et rien n’a été inventé : complétez les champs vous-même.
          </div>
        ) : null}
        {x.flags.noConventionFound ? (
          <div className="warning-box" role="status">
            <strong>Aucune convention reconnue.</strong> Ce texte ne ressemble pas à une convention « Mon Compte Partenaire ».
            Vérifiez que vous avez collé le bon document.
          </div>
        ) : null}
        {x.warnings.filter((w) => !/modèle vierge|Aucune convention/.test(w)).length ? (
          <div className="warning-box">
            <strong>Points à vérifier :</strong>
            <ul>
              {x.warnings
                .filter((w) => !/modèle vierge|Aucune convention/.test(w))
                .map((w) => (
                  <li key={w}>{w}</li>
                ))}
            </ul>
          </div>
        ) : null}
        {x.conflicts.length ? (
          <div className="warning-box">
            <strong>Valeurs différentes dans le document ({x.conflicts.length}) :</strong> la valeur la plus complète et la plus
            cohérente avec le reste du texte a été retenue.
            <ul>
              {x.conflicts.map(cafAddressForForm(hints)).map((c) => (
                <li key={c.field}>
                  {c.label} : retenu « {c.chosen} » ; aussi lu{' '}
                  {c.values
                    .filter((v) => v.value !== c.chosen)
                    .map((v) => `« ${v.value} » (ligne ${v.sourceLine})`)
                    .join(', ')}
                  .
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </Card>

      <Card title="Partenaire" id="import-partner">
        <div className="import-grid">
          {text('Nom du partenaire', (d) => d.partner.name, (d, v) => (d.partner.name = v), x.partner.name, 'partner.name', { required: true })}
          <div className="import-field">
            <SelectInput
              label="Type de partenaire"
              value={draft.partner.partnerKind}
              placeholder="Non précisé"
              options={PARTNER_KINDS.map((k) => ({ value: k, label: k }))}
              onChange={(e) => setDraft((d) => ({ ...d, partner: { ...d.partner, partnerKind: e.target.value as ImportDraft['partner']['partnerKind'] } }))}
              help={<Source source={x.partner.kind} />}
            />
          </div>
          {text('SIRET', (d) => d.partner.siret, (d, v) => (d.partner.siret = v), x.partner.siret, 'partner.siret')}
          {text('Adresse du partenaire', (d) => d.partner.address, (d, v) => (d.partner.address = v), x.partner.address, 'partner.address')}
          {text('Nom du représentant', (d) => d.partner.representativeName, (d, v) => (d.partner.representativeName = v), x.partner.representativeName, 'partner.representativeName')}
          {text('Qualité du représentant', (d) => d.partner.representativeTitle, (d, v) => (d.partner.representativeTitle = v), x.partner.representativeTitle, 'partner.representativeTitle')}
          {text('E-mail du partenaire', (d) => d.partner.email, (d, v) => (d.partner.email = v), x.partner.email, 'partner.email', { type: 'email' })}
          {text('Téléphone du partenaire', (d) => d.partner.phone, (d, v) => (d.partner.phone = v), x.partner.phone, 'partner.phone')}
        </div>
      </Card>

      <Card title="Caf" id="import-caf">
        <div className="import-grid">
          {text('Nom de la Caf', (d) => d.caf.name, (d, v) => (d.caf.name = v), x.caf.name, 'caf.name', { required: true })}
          {text('Adresse de la Caf', (d) => d.caf.address, (d, v) => (d.caf.address = v), hints.cafAddress ?? x.caf.address, 'caf.address-form')}
          <CafAddressNote hints={hints} />
          {text('Nom du directeur', (d) => d.caf.directorName, (d, v) => (d.caf.directorName = v), x.caf.directorName, 'caf.directorName')}
          {text('Qualité du directeur', (d) => d.caf.directorTitle, (d, v) => (d.caf.directorTitle = v), x.caf.directorTitle, 'caf.directorTitle')}
        </div>
      </Card>

      <Card title="Convention et délibération" id="import-convention">
        <div className="import-grid">
          {text('Numéro de la convention', (d) => d.convention.number, (d, v) => (d.convention.number = v), x.convention.number, 'convention.number')}
          {text('Lieu de signature', (d) => d.convention.signedAt, (d, v) => (d.convention.signedAt = v), x.convention.signedAt, 'convention.signedAt')}
          {text('Date de signature', (d) => d.convention.signedOn, (d, v) => (d.convention.signedOn = v), hints.signedOn ?? x.convention.signedOn, 'convention.signedOn', { type: 'date' })}
          <div className="import-field">
            <DateInput
              label="Date d’effet"
              value={draft.convention.effectiveOn}
              onChange={(e) => {
                const value = e.target.value;
                setDraft((d) => ({ ...d, convention: { ...d.convention, effectiveOn: value } }));
              }}
              help={<DatesNote hints={hints} draft={draft} />}
            />
          </div>
          <div className="import-field">
            <SelectInput
              label="Mode de gestion des habilitations"
              value={draft.convention.mode}
              options={[
                { value: 'délégué', label: 'Délégué' },
                { value: 'centralisé', label: 'Centralisé' },
              ]}
              onChange={(e) => setDraft((d) => ({ ...d, convention: { ...d.convention, mode: e.target.value as 'délégué' | 'centralisé' } }))}
              help={
                x.convention.mode ? (
                  <Source source={x.convention.mode} />
                ) : (
                  <span className="muted">Le document ne dit pas quel mode a été choisi : « délégué » est le mode par défaut (conv. art. 9.1).</span>
                )
              }
            />
          </div>
          {text('Organe de la délibération', (d) => d.deliberation.body, (d, v) => (d.deliberation.body = v), x.deliberation.body, 'deliberation.body')}
          {text('Date de la délibération', (d) => d.deliberation.date, (d, v) => (d.deliberation.date = v), x.deliberation.date, 'deliberation.date', { type: 'date' })}
          {text('Numéro de la délibération', (d) => d.deliberation.number, (d, v) => (d.deliberation.number = v), x.deliberation.number, 'deliberation.number')}
          {text('Identifiant de l’acte en préfecture', (d) => d.deliberation.prefectureActId, (d, v) => (d.deliberation.prefectureActId = v), x.deliberation.prefectureActId, 'deliberation.prefectureActId')}
        </div>
        <TextArea
          label="Missions du partenaire (conv. art. 8), une par ligne"
          rows={Math.max(3, x.convention.missions.length + 1)}
          value={draft.convention.missions}
          onChange={(e) => {
            const value = e.target.value;
            setDraft((d) => ({ ...d, convention: { ...d.convention, missions: value } }));
          }}
          help={
            x.convention.missions.length ? (
              <span className="import-source">
                {x.convention.missions.map((m) => `ligne ${m.sourceLine}`).join(', ')}
              </span>
            ) : (
              <span className="muted">Aucune mission trouvée dans l’article 8.</span>
            )
          }
        />
      </Card>

      <Card title="Contrat de services" id="import-contract">
        <div className="import-grid">
          {text('Date du contrat de services', (d) => d.serviceContract.signedOn, (d, v) => (d.serviceContract.signedOn = v), x.serviceContract.signedOn, 'serviceContract.signedOn', { type: 'date' })}
          {text('E-mail du centre de services', (d) => d.serviceContract.serviceCentreEmail, (d, v) => (d.serviceContract.serviceCentreEmail = v), x.serviceContract.serviceCentreEmail, 'serviceContract.serviceCentreEmail', { type: 'email' })}
          {text('Horaires du centre de services', (d) => d.serviceContract.serviceCentreHours, (d, v) => (d.serviceContract.serviceCentreHours = v), x.serviceContract.serviceCentreHours, 'serviceContract.serviceCentreHours')}
          {text('Délai de traitement', (d) => d.serviceContract.handlingTime, (d, v) => (d.serviceContract.handlingTime = v), x.serviceContract.handlingTime, 'serviceContract.handlingTime')}
        </div>
        <h3 className="import-h3">Contacts d’escalade (contrat art. 3.3), dans l’ordre</h3>
        {draft.serviceContract.escalation.length ? (
          <table className="data">
            <caption className="visually-hidden">Contacts d’escalade lus dans le document</caption>
            <thead>
              <tr><th scope="col">Côté</th><th scope="col">Nom</th><th scope="col">Fonction</th><th scope="col">Téléphone</th><th scope="col">Ligne</th></tr>
            </thead>
            <tbody>
              {draft.serviceContract.escalation.map((e, i) => (
                <tr key={`${e.side}-${e.name}`}>
                  <td>{e.side === 'caf' ? 'Caf' : 'Partenaire'}</td>
                  <td>{e.name}</td>
                  <td>{e.function}</td>
                  <td>{e.phone}</td>
                  <td>{x.serviceContract.escalation[i]?.sourceLine}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">Aucun contact d’escalade trouvé.</p>
        )}
      </Card>

      <Card title={`Interlocuteurs (${draft.contacts.length})`} id="import-contacts">
        {draft.contacts.length === 0 ? (
          <p className="muted">Aucune annexe des interlocuteurs n’a été trouvée : vous pourrez les saisir dans l’écran Interlocuteurs.</p>
        ) : (
          partnerContacts.map(({ c, i, src }) => (
            <fieldset key={i} className={src && src.confidence === 'low' ? 'import-row import-field-check' : 'import-row'}>
              <legend>
                {c.side === 'caf' ? 'Caf' : 'Partenaire'} — {CONTACT_ROLE_LABELS[c.role]}
                {c.name ? ` — ${c.name}` : ''}
              </legend>
              <div className="import-grid">
                <CheckboxInput label="Importer cet interlocuteur" checked={c.include} onChange={(e) => setContact(i, { include: e.target.checked })} />
                <SelectInput
                  label="Rôle"
                  value={c.role}
                  options={ROLES_BY_SIDE[c.side].map((r) => ({ value: r, label: CONTACT_ROLE_LABELS[r] }))}
                  onChange={(e) => setContact(i, { role: e.target.value as ContactRole })}
                />
                <TextInput label="Nom" value={c.name} onChange={(e) => setContact(i, { name: e.target.value })} />
                <TextInput label="E-mail" type="email" value={c.email} onChange={(e) => setContact(i, { email: e.target.value })} />
                <TextInput label="Téléphones" value={c.phones} onChange={(e) => setContact(i, { phones: e.target.value })} help="Séparés par des virgules." />
              </div>
              <p className="field-help"><Source source={src} /></p>
            </fieldset>
          ))
        )}
      </Card>

      <AdministratorAgentsCard
        draft={draft}
        onCreateChange={(createAdministratorAgents) => setDraft((d) => ({ ...d, createAdministratorAgents }))}
      />

      <Card title={`Bulletins d’adhésion et quotas (${draft.bulletins.length})`} id="import-bulletins">
        {draft.bulletins.length === 0 ? (
          <p className="muted">Aucun bulletin d’adhésion trouvé : vous pourrez l’ajouter dans l’écran Services et quotas.</p>
        ) : (
          draft.bulletins.map((b, i) => (
            <fieldset key={i} className="import-row">
              <legend>
                Bulletin {b.serviceCode}
                {b.siteLabel ? ` — ${b.siteLabel}` : ''}
                {b.annexNumber ? ` (annexe ${b.annexNumber})` : ''}
              </legend>
              <div className="import-grid">
                <CheckboxInput label="Importer ce bulletin" checked={b.include} onChange={(e) => setBulletin(i, { include: e.target.checked })} />
                <TextInput label="Service" required value={b.serviceCode} onChange={(e) => setBulletin(i, { serviceCode: e.target.value })} />
                <TextInput label="Libellé du service" value={b.serviceLabel} onChange={(e) => setBulletin(i, { serviceLabel: e.target.value })} />
                <TextInput label="Site ou service du partenaire" value={b.siteLabel} onChange={(e) => setBulletin(i, { siteLabel: e.target.value })} />
                <TextInput label="Numéro d’annexe" value={b.annexNumber} onChange={(e) => setBulletin(i, { annexNumber: e.target.value })} />
              </div>
              {b.quotas.length ? (
                <div className="import-grid">
                  {b.quotas.map((q, k) => (
                    <TextInput
                      key={q.profileCode}
                      label={`Quota ${q.profileCode}`}
                      inputMode="numeric"
                      value={q.max}
                      onChange={(e) => {
                        const value = e.target.value;
                        setBulletin(i, { quotas: b.quotas.map((qq, kk) => (kk === k ? { ...qq, max: value } : qq)) });
                      }}
                      help={`Nombre maximal d’habilitations ; ligne ${x.bulletins[i]?.value.quotas[k]?.sourceLine ?? '?'}.`}
                    />
                  ))}
                </div>
              ) : (
                <p className="muted">Aucun quota rempli dans ce bulletin : aucun profil ne pourra être attribué tant qu’il n’en a pas.</p>
              )}
              <p className="field-help"><Source source={x.bulletins[i]} /></p>
            </fieldset>
          ))
        )}
      </Card>

      <Card title="Enregistrer" id="import-save">
        {register ? (
          <fieldset className="import-target">
            <legend>Une convention est déjà enregistrée ({register.partner.name}{register.convention.number ? `, n° ${register.convention.number}` : ''}).</legend>
            <label>
              <input type="radio" name="import-target" checked={target === 'update'} onChange={() => setTarget('update')} /> Mettre à jour cette
              convention (rien n’est supprimé ; les interlocuteurs et bulletins absents sont ajoutés)
            </label>
            <label>
              <input type="radio" name="import-target" checked={target === 'create'} onChange={() => setTarget('create')} /> Créer une nouvelle
              convention
            </label>
            <p className="muted">Une sauvegarde de sécurité est prise avant l’import ; si elle échoue, rien n’est importé.</p>
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
            {register && target === 'update' ? 'Mettre à jour la convention' : 'Enregistrer la convention importée'}
          </Button>
          <Button onPress={onRestart}>Recommencer avec un autre texte</Button>
        </div>
      </Card>
    </form>
  );
}

