import type { ReactNode } from 'react';
import { type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { Side } from '../../../shared/domain/schemas';
import { useDb } from '../../shell/services';
import { useActor } from '../../shell/register/use-register';

export const SIDE_LABELS: Record<Side, string> = { caf: 'Caf', partner: 'Partenaire' };
export const SIDE_OPTIONS = [
  { value: 'caf', label: 'Caf' },
  { value: 'partner', label: 'Partenaire' },
] as const;

/** The database and the journal's actor, for the writes of this screen. */
export function useWriter() {
  return { db: useDb(), actor: useActor() };
}

/** Label / value pairs of a card; empty values say « Non renseigné ». */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="convention-facts">
      {items.map(([label, value]) => (
        <div key={label} className="convention-fact">
          <dt>{label}</dt>
          <dd>
            {value === undefined || value === null || value === '' ? (
              <span className="muted">Non renseigné</span>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The French reasons a write was refused, next to the form. */
export function FormErrors({ errors }: { errors: string[] }) {
  if (!errors.length) return null;
  return (
    <div className="error-box" role="alert">
      {errors.length === 1 ? (
        <p className="convention-error-line">{errors[0]}</p>
      ) : (
        <ul>
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Binds a field of a react-hook-form form to one of the UI kit's inputs: `register` plus the
 * French error message of that path.
 */
export function bindField<T extends FieldValues>(form: UseFormReturn<T>) {
  return (path: string) => {
    const p = path as Path<T>;
    const message = form.getFieldState(p, form.formState).error?.message;
    return { ...form.register(p), error: message };
  };
}
