import type { Extracted, ImportDraft } from '../../../../shared/import';
import { DateInput, TextInput } from '../../../ui/fields';
import { conflictOf, useReview } from './context';
import { needsCheck, SourceNote } from './SourceNote';

/** Changes the draft through a mutation of a copy. */
export type EditDraft = (mutate: (d: ImportDraft) => void) => void;

/** One text field of the review, with where its value came from (or why it is empty). */
export function DraftField({
  label,
  value,
  onChange,
  source,
  field,
  type,
  required,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  source: Extracted<unknown> | undefined;
  field: string;
  type?: 'date' | 'email';
  required?: boolean;
}) {
  const { x } = useReview();
  const Input = type === 'date' ? DateInput : TextInput;
  return (
    <div
      className={
        needsCheck(source, conflictOf(x, field))
          ? 'import-field import-field-check'
          : 'import-field'
      }
    >
      <Input
        label={label}
        required={required}
        type={type === 'email' ? 'email' : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        help={<SourceNote source={source} field={field} />}
      />
    </div>
  );
}
