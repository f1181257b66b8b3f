import { useMemo, useState, type ReactNode } from 'react';
import { addDays, formatDateFr } from '../../../shared/domain/dates';
import type { Finding } from '../../../shared/domain/findings';
import { agentName } from '../../../shared/domain/format';
import { contactFindings, currentPartnerContacts } from '../../../shared/domain/rules/contacts';
import type { Contact, ContactRole, Side } from '../../../shared/domain/schemas';
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
import { PageHeader } from '../../ui/PageHeader';
import { useAction } from '../../shell/register/use-action';
import { dialogHandlers } from '../../shell/register/dialog-handlers';
import { EditedRowScope, type EditedRow } from '../../shell/register/use-edited-row';
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
import { isAgentDeparted } from '../../../shared/domain/rules/agents';

import { CoordinatesCell, PersonCell, SideCard } from './SideCard';
import { SIDE_WORDS, contactDisplayName, isEnded, maxDate } from './contact-view';
import { EndDialog } from './EndDialog';

export type DialogState =
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

  const { open, close, done } = dialogHandlers(setDialog, action.clearErrors);
  /** The edit, replace and end dialogs follow the stored contact, not the one they opened on. */
  const followStored = (
    kind: DialogState['kind'],
    contact: Contact,
    render: (edit: EditedRow<Contact>, current: Contact) => ReactNode,
  ) => (
    <EditedRowScope
      key={`${kind}-${contact.id}`}
      current={stored(contact.id)}
      what="Cet interlocuteur"
      onClose={close}
      onReload={action.clearErrors}
    >
      {(edit) => render(edit, edit.base ?? contact)}
    </EditedRowScope>
  );

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
          onAdd={(role) => open({ kind: 'add', side, ...(role ? { role } : {}) })}
          onAction={open}
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

      {dialog?.kind === 'edit'
        ? followStored('edit', dialog.contact, (edit, contact) => (
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
                      onPress={() => open({ kind: 'remove', contact })}
                    >
                      Supprimer cette saisie
                    </Button>
                  ) : null
                }
              />
            </Dialog>
          ))
        : null}

      {dialog?.kind === 'replace'
        ? followStored('replace', dialog.contact, (edit, contact) => (
            <Dialog
              title={`Remplacer ${contactDisplayName(contact)} (${CONTACT_ROLE_LABELS[contact.role]})`}
              isOpen
              onClose={close}
            >
              <ContactForm
                key={edit.formKey}
                side={contact.side}
                initial={emptyContactValues(
                  contact.role,
                  maxDate(today, addDays(contact.validFrom, 1)),
                )}
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
          ))
        : null}

      {dialog?.kind === 'end'
        ? followStored('end', dialog.contact, (edit, contact) => (
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
          ))
        : null}

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
