/**
 * How one field is judged against its truth (right, wrong, missing, invented), and how list
 * items are paired with the truth's before their fields are judged.
 */
import { sameAs, type Kind } from './compare';
import type { TruthScalar } from './truth';

export type Outcome = 'right' | 'wrong' | 'missing' | 'flagged' | 'invented';

export interface FieldResult {
  field: string;
  outcome: Outcome;
  expected?: string;
  got?: string;
}

const spec = (t: TruthScalar): { values: string[]; optional: boolean } => {
  if (t === undefined || t === null) return { values: [], optional: false };
  if (typeof t === 'string') return { values: [t], optional: false };
  if (Array.isArray(t)) return { values: t, optional: false };
  return { values: typeof t.optional === 'string' ? [t.optional] : t.optional, optional: true };
};

export const present = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';

export class Judge {
  readonly fields: FieldResult[] = [];

  scalar(field: string, kind: Kind, truth: TruthScalar, got: string | undefined): void {
    const { values, optional } = spec(truth);
    const expected = values.join(' | ') || undefined;
    if (!present(got)) {
      if (values.length && !optional) this.fields.push({ field, outcome: 'missing', expected });
      return;
    }
    if (!values.length) this.fields.push({ field, outcome: 'invented', got });
    else if (values.some((v) => sameAs(kind, v, got)))
      this.fields.push({ field, outcome: 'right', expected, got });
    else this.fields.push({ field, outcome: 'wrong', expected, got });
  }

  /** Every value of an item the truth does not have. */
  extra(field: string, values: Record<string, string | undefined>): void {
    for (const [k, v] of Object.entries(values))
      if (present(v)) this.fields.push({ field: `${field}.${k}`, outcome: 'invented', got: v });
  }

  /** A set of values (a contact's phones): each truth value found or missing, each extra invented. */
  set(field: string, kind: Kind, truth: readonly string[], got: readonly string[]): void {
    const left = got.filter(present);
    for (const t of truth) {
      const i = left.findIndex((g) => sameAs(kind, t, g));
      if (i >= 0)
        this.fields.push({ field, outcome: 'right', expected: t, got: left.splice(i, 1)[0] });
      else this.fields.push({ field, outcome: 'missing', expected: t });
    }
    for (const g of left) this.fields.push({ field, outcome: 'invented', got: g });
  }
}

/** Pairs truth items with got items, stage by stage; returns the pairs and the leftovers. */
export function pairUp<T, G>(
  truth: readonly T[],
  got: readonly G[],
  stages: ((t: T, g: G) => boolean)[],
) {
  const pairs: [T, G][] = [];
  const t = [...truth];
  const g = [...got];
  for (const match of stages) {
    for (let i = 0; i < t.length;) {
      const j = g.findIndex((x) => match(t[i]!, x));
      if (j >= 0) {
        pairs.push([t[i]!, g[j]!]);
        t.splice(i, 1);
        g.splice(j, 1);
      } else i++;
    }
  }
  return { pairs, truthLeft: t, gotLeft: g };
}

export const firstOf = (t: TruthScalar) => spec(t).values;
