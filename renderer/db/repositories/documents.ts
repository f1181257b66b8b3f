/**
 * The documents history (every form, annex and report produced, with the data snapshot it
 * was built from), the « envoyé à la Caf » date, and applying an administrator change to
 * the contacts annex and the roster in one journalised transaction.
 */
import {
  adminChangeSnapshotSchema,
  type AdminChangeSnapshot,
} from '../../../shared/documents/admin-change';
import { addDays } from '../../../shared/domain/dates';
import { formatPersonName } from '../../../shared/domain/format';
import { contactMatchesAgent, currentPartnerContacts } from '../../../shared/domain/rules/contacts';
import type {
  Agent,
  Contact,
  IssuedDocument,
  Organisation,
  Convention,
} from '../../../shared/domain/schemas';
import { foldText } from '../../../shared/domain/text';
import type { AppDatabase } from '../database';
import { newId } from '../ids';
import { writeRegister, type Actor } from '../register-writer';
import { ValidationError } from '../validation';
import { isAgentDeparted } from '../../../shared/domain/rules/agents';

export function recordIssuedDocument(
  db: AppDatabase,
  actor: Actor,
  fields: Omit<IssuedDocument, 'id'>,
) {
  const document: IssuedDocument = { ...fields, id: newId() };
  return writeRegister(db, actor, ['documents'], (w) =>
    w.put('documents', document, `Document produit : ${fields.fileName}`),
  );
}

export function markSentToCaf(db: AppDatabase, actor: Actor, id: string, sentOn: string) {
  return writeRegister(db, actor, ['documents'], async (w) => {
    const doc = await db.documents.get(id);
    if (!doc) throw new ValidationError(['Ce document n’existe plus dans l’historique.']);
    if (sentOn < doc.createdAt.slice(0, 10)) {
      throw new ValidationError([
        'La date d’envoi à la Caf ne peut pas précéder la date du document.',
      ]);
    }
    return w.put('documents', { ...doc, sentToCafOn: sentOn }, 'Envoyé à la Caf');
  });
}

export interface DocumentRow {
  document: IssuedDocument;
  conventionLabel: string;
}

/** Every document of every convention, newest first, with « n° … — partner » for display. */
export async function listAllDocuments(db: AppDatabase): Promise<DocumentRow[]> {
  return db.transaction('r', [db.documents, db.conventions, db.organisations], async () => {
    const [documents, conventions, organisations] = await Promise.all([
      db.documents.orderBy('createdAt').reverse().toArray(),
      db.conventions.toArray(),
      db.organisations.toArray(),
    ]);
    const conventionById = new Map<string, Convention>(conventions.map((c) => [c.id, c]));
    const orgById = new Map<string, Organisation>(organisations.map((o) => [o.id, o]));
    return documents.map((document) => {
      const convention = conventionById.get(document.conventionId);
      const partner = convention ? orgById.get(convention.partnerId) : undefined;
      const conventionLabel = convention
        ? [convention.number ? `n° ${convention.number}` : 'sans numéro', partner?.name]
            .filter(Boolean)
            .join(' — ')
        : 'Convention supprimée';
      return { document, conventionLabel };
    });
  });
}

const sameName = (a: string | undefined, b: string | undefined) => {
  const key = (s: string | undefined) =>
    foldText(s).replace(/['-]/g, ' ').split(' ').filter(Boolean).sort().join(' ');
  return Boolean(key(a)) && key(a) === key(b);
};

/** Has this change already been applied to the annex? (the new person holds the role from its date) */
export function isAdminChangeApplied(
  snapshot: AdminChangeSnapshot,
  contacts: readonly Contact[],
): boolean {
  return contacts.some(
    (c) =>
      c.side === 'partner' &&
      c.role === snapshot.role &&
      c.validFrom === snapshot.effectiveOn &&
      sameName(c.name, snapshot.newAdmin.name),
  );
}

const PORTAL_ROLE = {
  administrateur: 'Administrateur',
  'administrateur-suppleant': 'Administrateur suppléant',
} as const;

/**
 * Applies an exported administrator-change form, in ONE transaction: the replaced contact is
 * ended the day before the change (kept in the history), the new person becomes the
 * contact of the role, gets the portal role (an agent is added to the roster when she is not
 * in it), and the replaced agent goes back to « Utilisateur ». Everything is journalised.
 */
export function applyAdministratorChange(db: AppDatabase, actor: Actor, documentId: string) {
  return writeRegister(db, actor, ['documents', 'contacts', 'agents', 'conventions'], async (w) => {
    const doc = await db.documents.get(documentId);
    if (!doc || doc.kind !== 'changement-administrateur') {
      throw new ValidationError(['Ce formulaire n’existe plus dans l’historique.']);
    }
    if (!doc.sentToCafOn) {
      throw new ValidationError([
        'Indiquez d’abord la date à laquelle le formulaire a été envoyé à la Caf.',
      ]);
    }
    const s = adminChangeSnapshotSchema.parse(doc.snapshot);
    const convention = await db.conventions.get(doc.conventionId);
    if (!convention) throw new ValidationError(['La convention de ce formulaire n’existe plus.']);
    const contacts = await db.contacts.where({ conventionId: doc.conventionId }).toArray();
    if (isAdminChangeApplied(s, contacts)) {
      throw new ValidationError([
        'Ce changement d’administrateur a déjà été appliqué à l’annexe des interlocuteurs.',
      ]);
    }
    const holders = currentPartnerContacts(contacts, s.role, s.effectiveOn);
    const old = s.replaces
      ? (holders.find((c) => c.id === s.replaced.contactId) ??
        holders.find(
          (c) => sameName(c.name, s.replaced.name) || (c.email && c.email === s.replaced.email),
        ))
      : undefined;
    if (old) {
      if (old.validFrom >= s.effectiveOn) {
        throw new ValidationError([
          `Le changement doit prendre effet après le ${old.validFrom.split('-').reverse().join('/')}, début de validité de l’interlocuteur remplacé.`,
        ]);
      }
      await w.put(
        'contacts',
        { ...old, validTo: addDays(s.effectiveOn, -1) },
        'Fin de validité (changement d’administrateur)',
      );
    }

    const agents = await db.agents.where('organisationId').equals(convention.partnerId).toArray();
    const phones = [s.newAdmin.phoneFixed, s.newAdmin.phoneMobile]
      .map((p) => p?.trim())
      .filter((p): p is string => Boolean(p));
    const draft: Contact = {
      id: newId(),
      conventionId: doc.conventionId,
      side: 'partner',
      role: s.role,
      ...(s.newAdmin.name ? { name: s.newAdmin.name.trim() } : {}),
      ...(s.newAdmin.function ? { function: s.newAdmin.function.trim() } : {}),
      ...(s.newAdmin.email ? { email: s.newAdmin.email.trim() } : {}),
      phones,
      validFrom: s.effectiveOn,
    };
    const present = agents.filter((a) => !a.purgedAt && !isAgentDeparted(a, s.effectiveOn));
    let agent: Agent | undefined =
      (s.newAdmin.agentId ? present.find((a) => a.id === s.newAdmin.agentId) : undefined) ??
      present.find((a) => contactMatchesAgent(draft, a));
    const portalRole = PORTAL_ROLE[s.role];
    if (agent) {
      agent = await w.put(
        'agents',
        { ...agent, portalRole },
        `Rôle dans le portail : ${portalRole}`,
      );
    } else if (s.newAdmin.lastName?.trim()) {
      agent = await w.put(
        'agents',
        {
          id: newId(),
          organisationId: convention.partnerId,
          lastName: s.newAdmin.lastName.trim(),
          ...(s.newAdmin.firstName?.trim() ? { firstName: s.newAdmin.firstName.trim() } : {}),
          ...(s.newAdmin.function?.trim() ? { function: s.newAdmin.function.trim() } : {}),
          ...(s.newAdmin.email?.trim() ? { email: s.newAdmin.email.trim() } : {}),
          ...(s.newAdmin.phoneFixed?.trim() ? { phoneFixed: s.newAdmin.phoneFixed.trim() } : {}),
          ...(s.newAdmin.phoneMobile?.trim() ? { phoneMobile: s.newAdmin.phoneMobile.trim() } : {}),
          qualifiedSocialWorker: false,
          arrivedOn: s.effectiveOn,
          portalRole,
        },
        `Nouvel ${portalRole} : ${formatPersonName(s.newAdmin.firstName, s.newAdmin.lastName)}`,
      );
    }
    const contact = await w.put(
      'contacts',
      { ...draft, ...(agent ? { agentId: agent.id } : {}) },
      `Changement d’administrateur : ${draft.name ?? ''}`,
    );
    if (old) {
      const oldAgent =
        (old.agentId ? agents.find((a) => a.id === old.agentId) : undefined) ??
        agents.find((a) => contactMatchesAgent(old, a));
      if (oldAgent && oldAgent.id !== agent?.id && oldAgent.portalRole === portalRole) {
        await w.put(
          'agents',
          { ...oldAgent, portalRole: 'Utilisateur' },
          'Rôle dans le portail : Utilisateur (administrateur remplacé)',
        );
      }
    }
    return { contact, agent, ended: old };
  });
}

/** The documents of one kind issued for a convention, newest first (snapshots included). */
export async function documentsOfKind(
  db: AppDatabase,
  conventionId: string,
  kind: IssuedDocument['kind'],
) {
  const docs = await db.documents
    .where('conventionId')
    .equals(conventionId)
    .filter((d) => d.kind === kind)
    .toArray();
  return docs.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function getIssuedDocument(db: AppDatabase, id: string) {
  return db.documents.get(id);
}
