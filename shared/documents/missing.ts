/**
 * Missing fields: every empty value of a document is printed as a line to fill and listed
 * to the user before export. Some are blocking (the CAF cannot act without them): those are
 * refusals, and the export does not happen.
 */
import { isBlank } from './text';

export interface FieldCheck {
  /** The field's label as printed on the document. */
  label: string;
  value: string | undefined | null;
  /** When empty, the French reason the export is refused (blocking field). */
  refusal?: string;
  /** Only checked when true (e.g. the replaced administrator when the answer is « oui »). */
  applies?: boolean;
}

export interface DocumentCheck {
  /** French messages: the export is refused while any is left. */
  refusals: string[];
  /** Labels of the fields that will be printed as a line to fill. */
  missing: string[];
  /** French warnings that do not block (e.g. an e-mail that looks shared). */
  warnings: string[];
}

export function checkFields(fields: readonly FieldCheck[], warnings: string[] = []): DocumentCheck {
  const refusals: string[] = [];
  const missing: string[] = [];
  for (const f of fields) {
    if (f.applies === false || !isBlank(f.value)) continue;
    if (f.refusal) refusals.push(f.refusal);
    else missing.push(f.label);
  }
  return { refusals, missing, warnings };
}

/** Thrown when a document is exported while a blocking field is empty. */
export class DocumentRefusedError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(' '));
    this.name = 'DocumentRefusedError';
  }
}
