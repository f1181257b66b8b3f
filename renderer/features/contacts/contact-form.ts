/**
 * The contact form's values, their checks (French messages next to the fields) and the
 * conversion to the stored contact. Pure, so that it is unit-tested without the screen.
 */
import { isValidIsoDate } from '../../../shared/domain/dates';
import { email as emailSchema } from '../../../shared/domain/schemas';
import type { Contact, ContactRole } from '../../../shared/domain/schemas';

export interface ContactFormValues {
  role: ContactRole;
  name: string;
  function: string;
  email: string;
  phone1: string;
  phone2: string;
  agentId: string;
  validFrom: string;
}

export type ContactFormErrors = Partial<Record<keyof ContactFormValues, string>>;

export function emptyContactValues(role: ContactRole, validFrom: string): ContactFormValues {
  return {
    role,
    name: '',
    function: '',
    email: '',
    phone1: '',
    phone2: '',
    agentId: '',
    validFrom,
  };
}

export function valuesFromContact(c: Contact): ContactFormValues {
  return {
    role: c.role,
    name: c.name ?? '',
    function: c.function ?? '',
    email: c.email ?? '',
    phone1: c.phones[0] ?? '',
    phone2: c.phones[1] ?? '',
    agentId: c.agentId ?? '',
    validFrom: c.validFrom,
  };
}

/** The person's details only (to copy someone to another role), with a new start date. */
export function personOf(c: Contact, role: ContactRole, validFrom: string): ContactFormValues {
  return { ...valuesFromContact(c), role, validFrom };
}

export function validateContact(v: ContactFormValues, minValidFrom?: string): ContactFormErrors {
  const errors: ContactFormErrors = {};
  if (!v.name.trim() && !v.email.trim()) {
    errors.name = 'Indiquez le nom de l’interlocuteur, ou au moins son adresse mél.';
  }
  if (v.email.trim() && !emailSchema.safeParse(v.email.trim()).success) {
    errors.email = 'Adresse mél invalide (exemple : prenom.nom@ville.fr).';
  }
  if (!v.validFrom) errors.validFrom = 'Indiquez la date de début.';
  else if (!isValidIsoDate(v.validFrom)) errors.validFrom = 'Cette date n’existe pas.';
  else if (minValidFrom && v.validFrom <= minValidFrom) {
    errors.validFrom =
      'Le remplacement doit commencer après le début de validité de l’interlocuteur remplacé.';
  }
  return errors;
}

/** The stored fields: empty texts left out, phones as typed (shown with `formatPhone`). */
export function contactFields(v: ContactFormValues) {
  const text = (s: string) => {
    const t = s.trim().replace(/\s+/g, ' ');
    return t ? t : undefined;
  };
  const name = text(v.name);
  const fn = text(v.function);
  const mail = text(v.email);
  return {
    role: v.role,
    ...(name ? { name } : {}),
    ...(fn ? { function: fn } : {}),
    ...(mail ? { email: mail } : {}),
    phones: [v.phone1, v.phone2].map((p) => p.trim()).filter(Boolean),
    ...(v.agentId ? { agentId: v.agentId } : {}),
    validFrom: v.validFrom,
  };
}
