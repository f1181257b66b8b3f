import { formatDateFr } from '../../../shared/domain/dates';
import { agentName, formatPhone } from '../../../shared/domain/format';
import type { Agent, Contact, ContactRole, Side } from '../../../shared/domain/schemas';
import { CONTACT_ROLE_LABELS, ROLES_BY_SIDE } from '../../../shared/domain/schemas';
import { Button } from '../../ui/Button';
import { Card } from '../../ui/Card';

import { SIDE_TITLE, SIDE_WORDS, contactDisplayName } from './contact-view';
import type { DialogState } from './ContactsPage';

export function SideCard({
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

export function PersonCell({ contact, agents }: { contact: Contact; agents: readonly Agent[] }) {
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

export function CoordinatesCell({ contact }: { contact: Contact }) {
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
