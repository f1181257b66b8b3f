import { useMemo, useState, type ReactNode } from 'react';
import { addDays, formatDateFr } from '../../../shared/domain/dates';
import type { Finding } from '../../../shared/domain/findings';
import { agentName, formatPhone } from '../../../shared/domain/format';
import { contactFindings, currentPartnerContacts } from '../../../shared/domain/rules/contacts';
import type { Agent, Contact, ContactRole, Side } from '../../../shared/domain/schemas';
import { CONTACT_ROLE_LABELS, ROLES_BY_SIDE } from '../../../shared/domain/schemas';
import { sectionByPath } from '../../shell/sections';
import { useDb } from '../../shell/services';
import {
  addContact,
  endContact,
  removeContact,
  replaceContact,
  saveContact,
} from '../../db/repositories/contacts';
import type { RegisterSnapshot } from '../../db/repositories/register-snapshot';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';
import { Dialog } from '../../ui/Dialog';
import { DateInput } from '../../ui/fields';
import { PageHeader } from '../../ui/PageHeader';
import { useAction } from '../../shell/register/use-action';
import { EditedRowScope } from '../../shell/register/use-edited-row';
import type { EditBase } from '../../db/register-writer';
import { todayIso, useActor, useRegister } from '../../shell/register/use-register';
import {
  contactFields,
  emptyContactValues,
  valuesFromContact,
  type ContactFormValues,
} from './contact-form';
import { ContactForm } from './ContactForm';
import { FindingsList } from './FindingsList';
import { Loading, NoConvention } from '../../shell/NoConvention';
import { ErrorList } from '../../ui/ErrorList';
import { FormActions } from '../../ui/FormActions';
import { isAgentDeparted } from '../../../shared/domain/rules/agents';

const SIDE_TITLE: Record<Side, string> = { caf: 'Côté Caf', partner: 'Côté partenaire' };
const SIDE_WORDS: Record<Side, string> = { caf: 'côté Caf', partner: 'côté partenaire' };

type DialogState =
  | { kind: 'add'; side: Side; role?: ContactRole }
  | { kind: 'edit'; contact: Contact }
  | { kind: 'replace'; contact: Contact }
  | { kind: 'end'; contact: Contact }
  | { kind: 'remove'; contact: Contact };

export function ContactsPage() {
  const register = useRegister();
  const section = sectionByPath('/interlocuteurs');
  return (
    <>
      <PageHeader title={section.label} description={section.description} />
      {register === undefined ? (
        <Loading />
      ) : register === null ? (
        <NoConvention why="L’annexe des interlocuteurs se rattache à une convention." />
      ) : (
        <ContactsRegister register={register} />
      )}
    </>
  );
}

/** Who is it, for buttons and messages: « Véronique DJIRE », or the e-mail, or « sans nom ». */
export function contactDisplayName(c: Pick<Contact, 'name' | 'email'>): string {
  return c.name?.trim() || c.email || 'Interlocuteur sans nom';
}

function isEnded(c: Contact, today: string) {
  return c.validTo !== undefined && c.validTo < today;
}

function ContactsRegister({ register }: { register: RegisterSnapshot }) {
  const db = useDb();
  const actor = useActor();
  const action = useAction();
  const today = todayIso();
  const [dialog, setDialog] = useState<DialogState | null>(null);
  const { contacts, agents, convention } = register;
  /** The stored contact now (another window or a restore may have changed or removed it). */
  const stored = (id: string) => contacts.find((c) => c.id === id);

  const findings = useMemo(
    () => contactFindings(contacts, agents, today, convention.id),
    [contacts, agents, today, convention.id],
  );
  const presentAgents = useMemo(
    () =>
      agents
        .filter((a) => !a.purgedAt && !isAgentDeparted(a, today))
        .sort((a, b) => agentName(a).localeCompare(agentName(b), 'fr')),
    [agents, today],
  );
  const history = contacts
    .filter((c) => isEnded(c, today))
    .sort((a, b) => ((a.validTo ?? '') < (b.validTo ?? '') ? 1 : -1));

  const close = () => {
    action.clearErrors();
    setDialog(null);
  };
  const done = (result: unknown) => {
    if (result !== undefined) setDialog(null);
    return result !== undefined;
  };

  const admins = currentPartnerContacts(contacts, 'administrateur', today);
  const findingAction = (f: Finding) => {
    if (f.code !== 'suppleant-missing' || admins.length !== 2) return null;
    const second = admins[1]!;
    return (
      <Button
        variant="secondary"
        onPress={() =>
          void action.run(
            () => saveContact(db, actor, { ...second, role: 'administrateur-suppleant' }),
            `${contactDisplayName(second)} est désormais Administrateur suppléant.`,
          )
        }
      >
        {`Enregistrer ${contactDisplayName(second)} comme Administrateur suppléant`}
      </Button>
    );
  };

  const submitAdd = (side: Side) => (v: ContactFormValues) =>
    action
      .run(
        () => addContact(db, actor, { ...contactFields(v), conventionId: convention.id, side }),
        `${CONTACT_ROLE_LABELS[v.role]} ${SIDE_WORDS[side]} enregistré.`,
      )
      .then(done);

  const submitEdit = (c: Contact, base: EditBase | undefined) => (v: ContactFormValues) => {
    const kept = {
      id: c.id,
      conventionId: c.conventionId,
      side: c.side,
      ...(c.validTo ? { validTo: c.validTo } : {}),
    };
    return action
      .run(
        () => saveContact(db, actor, { ...kept, ...contactFields(v) }, base),
        'Interlocuteur enregistré.',
      )
      .then(done);
  };

  const submitReplace = (c: Contact, base: EditBase | undefined) => (v: ContactFormValues) => {
    const { role: _role, ...fields } = contactFields(v);
    return action
      .run(
        () => replaceContact(db, actor, c.id, fields, base),
        `${contactDisplayName(c)} est remplacé(e) à partir du ${formatDateFr(v.validFrom)} ; il ou elle reste dans l’historique.`,
      )
      .then(done);
  };

  return (
    <>
      <FindingsList findings={findings} title="Contrôles de l’annexe 1" action={findingAction} />
      {(['caf', 'partner'] as const).map((side) => (
        <SideCard
          key={side}
          side={side}
          organisationName={side === 'caf' ? register.caf.name : register.partner.name}
          contacts={contacts.filter((c) => c.side === side && !isEnded(c, today))}
          agents={agents}
          today={today}
          onAdd={(role) => {
            action.clearErrors();
            setDialog({ kind: 'add', side, ...(role ? { role } : {}) });
          }}
          onAction={(d) => {
            action.clearErrors();
            setDialog(d);
          }}
        />
      ))}
      <Card title="Historique" id="contacts-history">
        {history.length === 0 ? (
          <p className="muted">
            Aucun interlocuteur remplacé ni terminé. Quand vous remplacez une personne, elle reste
            ici avec sa période de validité.
          </p>
        ) : (
          <table className="data">
            <caption className="visually-hidden">
              Interlocuteurs dont la validité est terminée
            </caption>
            <thead>
              <tr>
                <th scope="col">Côté</th>
                <th scope="col">Rôle</th>
                <th scope="col">Interlocuteur</th>
                <th scope="col">Coordonnées</th>
                <th scope="col">Période</th>
              </tr>
            </thead>
            <tbody>
              {history.map((c) => (
                <tr key={c.id} className="is-ended">
                  <td>{c.side === 'caf' ? 'Caf' : 'Partenaire'}</td>
                  <td>{CONTACT_ROLE_LABELS[c.role]}</td>
                  <td>
                    <PersonCell contact={c} agents={agents} />
                  </td>
                  <td>
                    <CoordinatesCell contact={c} />
                  </td>
                  <td>{`du ${formatDateFr(c.validFrom)} au ${formatDateFr(c.validTo)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>

      {dialog?.kind === 'add' ? (
        <Dialog
          title={
            dialog.role
              ? `Ajouter : ${CONTACT_ROLE_LABELS[dialog.role]} (${SIDE_WORDS[dialog.side]})`
              : `Ajouter un interlocuteur ${SIDE_WORDS[dialog.side]}`
          }
          isOpen
          onClose={close}
        >
          <ContactForm
            side={dialog.side}
            initial={emptyContactValues(dialog.role ?? ROLES_BY_SIDE[dialog.side][0]!, today)}
            allowRoleChange={!dialog.role}
            agents={presentAgents}
            people={contacts.filter((c) => c.side === dialog.side)}
            dateLabel="Interlocuteur depuis le"
            dateHelp="La date à laquelle la personne a pris ce rôle (par exemple la signature du contrat de services)."
            submitLabel="Enregistrer l’interlocuteur"
            serverErrors={action.errors}
            busy={action.busy}
            onSubmit={submitAdd(dialog.side)}
            onCancel={close}
          />
        </Dialog>
      ) : null}

      {dialog?.kind === 'edit' ? (
        <EditedRowScope key={`edit-${dialog.contact.id}`} current={stored(dialog.contact.id)} what="Cet interlocuteur" onClose={close} onReload={action.clearErrors}>
          {(edit) => {
            const contact = edit.base ?? dialog.contact;
            return (
              <Dialog title={`Modifier ${contactDisplayName(contact)}`} isOpen onClose={close}>
                <ContactForm
                  key={edit.formKey}
                  side={contact.side}
                  initial={valuesFromContact(contact)}
                  allowRoleChange
                  agents={presentAgents}
                  dateLabel="Interlocuteur depuis le"
                  dateHelp="Pour une autre personne, utilisez plutôt « Remplacer » : l’ancienne restera dans l’historique."
                  submitLabel="Enregistrer les modifications"
                  serverErrors={action.errors}
                  busy={action.busy}
                  intro={edit.notice}
                  canSave={edit.canSave}
                  onSubmit={submitEdit(contact, edit.editBase)}
                  onCancel={close}
                  extraActions={
                    edit.canSave ? (
                      <Button
                        variant="danger"
                        className="contacts-delete"
                        onPress={() => setDialog({ kind: 'remove', contact })}
                      >
                        Supprimer cette saisie
                      </Button>
                    ) : null
                  }
                />
              </Dialog>
            );
          }}
        </EditedRowScope>
      ) : null}

      {dialog?.kind === 'replace' ? (
        <EditedRowScope key={`replace-${dialog.contact.id}`} current={stored(dialog.contact.id)} what="Cet interlocuteur" onClose={close} onReload={action.clearErrors}>
          {(edit) => {
            const contact = edit.base ?? dialog.contact;
            return (
              <Dialog
                title={`Remplacer ${contactDisplayName(contact)} (${CONTACT_ROLE_LABELS[contact.role]})`}
                isOpen
                onClose={close}
              >
                <ContactForm
                  key={edit.formKey}
                  side={contact.side}
                  initial={emptyContactValues(contact.role, maxDate(today, addDays(contact.validFrom, 1)))}
                  allowRoleChange={false}
                  agents={presentAgents}
                  minValidFrom={contact.validFrom}
                  dateLabel="Nouvel interlocuteur à partir du"
                  dateHelp={`${contactDisplayName(contact)} restera dans l’historique, avec une fin de validité la veille de cette date.`}
                  submitLabel="Enregistrer le remplacement"
                  serverErrors={action.errors}
                  busy={action.busy}
                  intro={edit.notice}
                  canSave={edit.canSave}
                  onSubmit={submitReplace(contact, edit.editBase)}
                  onCancel={close}
                />
              </Dialog>
            );
          }}
        </EditedRowScope>
      ) : null}

      {dialog?.kind === 'end' ? (
        <EditedRowScope key={`end-${dialog.contact.id}`} current={stored(dialog.contact.id)} what="Cet interlocuteur" onClose={close} onReload={action.clearErrors}>
          {(edit) => {
            const contact = edit.base ?? dialog.contact;
            return (
              <EndDialog
                key={edit.formKey}
                contact={contact}
                today={today}
                errors={action.errors}
                busy={action.busy}
                notice={edit.notice}
                canSave={edit.canSave}
                onCancel={close}
                onConfirm={(validTo) =>
                  action
                    .run(
                      () => endContact(db, actor, contact.id, validTo, edit.editBase),
                      `${contactDisplayName(contact)} : fin de validité le ${formatDateFr(validTo)}.`,
                    )
                    .then(done)
                }
              />
            );
          }}
        </EditedRowScope>
      ) : null}

      {dialog?.kind === 'remove' ? (
        <Dialog title={`Supprimer ${contactDisplayName(dialog.contact)} ?`} isOpen onClose={close}>
          <p>
            {`Supprimer la saisie de ${contactDisplayName(dialog.contact)} (${CONTACT_ROLE_LABELS[dialog.contact.role]}, ${SIDE_WORDS[dialog.contact.side]}) ?`}{' '}
            À réserver à une erreur de saisie : si la personne a quitté ce rôle, utilisez « Mettre
            fin » ou « Remplacer » pour la garder dans l’historique. La suppression reste inscrite
            au journal.
          </p>
          <ErrorList errors={action.errors} />
          <div className="dialog-actions">
            <Button variant="secondary" onPress={close}>
              Annuler
            </Button>
            <Button
              variant="danger"
              autoFocus
              onPress={() =>
                void action
                  .run(() => removeContact(db, actor, dialog.contact.id), 'Saisie supprimée.')
                  .then(done)
              }
            >
              Supprimer la saisie
            </Button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}

function maxDate(a: string, b: string) {
  return a > b ? a : b;
}

function SideCard({
  side,
  organisationName,
  contacts,
  agents,
  today,
  onAdd,
  onAction,
}: {
  side: Side;
  organisationName: string;
  contacts: Contact[];
  agents: readonly Agent[];
  today: string;
  onAdd: (role?: ContactRole) => void;
  onAction: (d: DialogState) => void;
}) {
  const id = `contacts-${side}`;
  return (
    <Card
      title={SIDE_TITLE[side]}
      id={id}
      actions={
        <Button variant="secondary" onPress={() => onAdd()}>
          {`Ajouter un interlocuteur ${SIDE_WORDS[side]}`}
        </Button>
      }
    >
      <p className="muted contacts-org">{organisationName}</p>
      <table className="data contacts-table">
        <caption className="visually-hidden">{`Interlocuteurs ${SIDE_WORDS[side]}, par rôle`}</caption>
        <thead>
          <tr>
            <th scope="col">Rôle</th>
            <th scope="col">Interlocuteur</th>
            <th scope="col">Coordonnées</th>
            <th scope="col">Validité</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {ROLES_BY_SIDE[side].map((role) => {
            const holders = contacts
              .filter((c) => c.role === role)
              .sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0));
            const label = CONTACT_ROLE_LABELS[role];
            if (holders.length === 0) {
              return (
                <tr key={role}>
                  <th scope="row" className="contacts-role">
                    {label}
                  </th>
                  <td colSpan={3} className="muted">
                    Non renseigné
                  </td>
                  <td className="contacts-actions">
                    <Button
                      variant="quiet"
                      onPress={() => onAdd(role)}
                      aria-label={`Ajouter : ${label} (${SIDE_WORDS[side]})`}
                    >
                      Ajouter
                    </Button>
                  </td>
                </tr>
              );
            }
            return holders.map((c) => {
              const who = `${contactDisplayName(c)} (${label})`;
              return (
                <tr key={c.id}>
                  <th scope="row" className="contacts-role">
                    {label}
                  </th>
                  <td>
                    <PersonCell contact={c} agents={agents} />
                  </td>
                  <td>
                    <CoordinatesCell contact={c} />
                  </td>
                  <td>{validityText(c, today)}</td>
                  <td className="contacts-actions">
                    <Button
                      variant="quiet"
                      aria-label={`Modifier ${who}`}
                      onPress={() => onAction({ kind: 'edit', contact: c })}
                    >
                      Modifier
                    </Button>
                    <Button
                      variant="quiet"
                      aria-label={`Remplacer ${who}`}
                      onPress={() => onAction({ kind: 'replace', contact: c })}
                    >
                      Remplacer
                    </Button>
                    <Button
                      variant="quiet"
                      aria-label={`Mettre fin : ${who}`}
                      onPress={() => onAction({ kind: 'end', contact: c })}
                    >
                      Mettre fin
                    </Button>
                  </td>
                </tr>
              );
            });
          })}
        </tbody>
      </table>
    </Card>
  );
}

function validityText(c: Contact, today: string): string {
  const from =
    c.validFrom > today
      ? `à partir du ${formatDateFr(c.validFrom)}`
      : `depuis le ${formatDateFr(c.validFrom)}`;
  return c.validTo ? `${from}, jusqu’au ${formatDateFr(c.validTo)}` : from;
}

function PersonCell({ contact, agents }: { contact: Contact; agents: readonly Agent[] }) {
  const agent = contact.agentId ? agents.find((a) => a.id === contact.agentId) : undefined;
  return (
    <>
      {contact.name ? (
        <span className="contacts-name">{contact.name}</span>
      ) : (
        <span className="contacts-sub muted">Nom non indiqué</span>
      )}
      {contact.function ? <span className="contacts-sub muted">{contact.function}</span> : null}
      {agent ? (
        <span className="contacts-sub muted">{`Fiche d’agent : ${agentName(agent)}`}</span>
      ) : null}
    </>
  );
}

function CoordinatesCell({ contact }: { contact: Contact }) {
  return (
    <>
      {contact.email ? <span className="contacts-line">{contact.email}</span> : null}
      {contact.phones.map((p) => (
        <span key={p} className="contacts-line">
          {formatPhone(p)}
        </span>
      ))}
      {!contact.email && contact.phones.length === 0 ? (
        <span className="muted">Aucune coordonnée</span>
      ) : null}
    </>
  );
}

function EndDialog({
  contact,
  today,
  errors,
  busy,
  notice,
  canSave,
  onCancel,
  onConfirm,
}: {
  contact: Contact;
  today: string;
  errors: readonly string[];
  busy: boolean;
  /** Said when the contact changed or went in another window (see useEditedRow). */
  notice: ReactNode;
  canSave: boolean;
  onCancel: () => void;
  onConfirm: (validTo: string) => Promise<boolean>;
}) {
  const [validTo, setValidTo] = useState(maxDate(today, contact.validFrom));
  const [error, setError] = useState<string>();
  const label = CONTACT_ROLE_LABELS[contact.role];
  return (
    <Dialog
      title={`Mettre fin : ${contactDisplayName(contact)} (${label})`}
      isOpen
      onClose={onCancel}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!validTo) return setError('Indiquez la date de fin.');
          if (validTo < contact.validFrom) {
            return setError(
              `La fin ne peut pas précéder le début (${formatDateFr(contact.validFrom)}).`,
            );
          }
          void onConfirm(validTo);
        }}
      >
        {notice}
        <p>
          {`${contactDisplayName(contact)} ne sera plus ${label} après cette date ; la personne restera dans l’historique. Pensez à désigner quelqu’un d’autre si le rôle est obligatoire.`}
        </p>
        <DateInput
          label="Dernier jour de validité"
          required
          value={validTo}
          onChange={(e) => {
            setValidTo(e.target.value);
            setError(undefined);
          }}
          error={error}
          autoFocus
        />
        <ErrorList errors={errors} />
        <FormActions
          onCancel={onCancel}
          submitLabel="Mettre fin à la validité"
          busy={busy}
          disabled={!canSave}
          variant="danger"
        />
      </form>
    </Dialog>
  );
}
