import type { z } from 'zod';

/** A change refused before anything was written; `messages` are French, for the user. */
export class ValidationError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(' '));
    this.name = 'ValidationError';
  }
}

const FIELD_LABELS: Record<string, string> = {
  name: 'Nom',
  lastName: 'NOM',
  firstName: 'Prénom',
  siret: 'SIRET',
  email: 'Adresse mél',
  number: 'Numéro',
  grantedOn: 'Date d’attribution',
  revokedOn: 'Date de retrait',
  arrivedOn: 'Date d’arrivée',
  departedOn: 'Date de départ',
  validFrom: 'Début de validité',
  validTo: 'Fin de validité',
  profileCode: 'Profil',
  max: 'Nombre maximal',
  date: 'Date',
  object: 'Objet',
};

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => {
      const field = issue.path.map(String).find((p) => FIELD_LABELS[p]);
      return field ? `${FIELD_LABELS[field]} : ${issue.message}` : issue.message;
    }),
  );
}

/** A change refused by a rule of the convention; the findings say which and why. */
export class RuleRefusedError extends Error {
  constructor(readonly findings: { message: string; article: string }[]) {
    super(findings.map((f) => f.message).join(' '));
    this.name = 'RuleRefusedError';
  }
}
