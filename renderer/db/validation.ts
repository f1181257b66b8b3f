import type { z } from 'zod';
import { FIELD_LABELS } from '../../shared/domain/schemas/field-labels';

/** A change refused before anything was written; `messages` are French, for the user. */
export class ValidationError extends Error {
  constructor(
    readonly messages: string[],
    /** The same messages by field name, for forms that show them next to the field. */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(messages.join(' '));
    this.name = 'ValidationError';
  }
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string> = {};
  const messages = result.error.issues.map((issue) => {
    const top = issue.path.map(String)[0];
    if (top && !fieldErrors[top]) fieldErrors[top] = issue.message;
    const field = issue.path.map(String).find((p) => FIELD_LABELS[p]);
    return field ? `${FIELD_LABELS[field]}\u00a0: ${issue.message}` : issue.message;
  });
  throw new ValidationError(messages, fieldErrors);
}

/** A change refused by a rule of the convention; the findings say which and why. */
export class RuleRefusedError extends Error {
  constructor(readonly findings: { message: string; article: string }[]) {
    super(findings.map((f) => f.message).join(' '));
    this.name = 'RuleRefusedError';
  }
}

/**
 * An edit started from a version of the row that is no longer the stored one (changed or
 * deleted in another window). `current` is the stored row (undefined when deleted), so the
 * form can reload it.
 */
export class StaleEditError extends ValidationError {
  constructor(
    readonly kind: 'changed' | 'deleted',
    readonly current: unknown,
    message: string,
  ) {
    super([message]);
    this.name = 'StaleEditError';
  }
}
