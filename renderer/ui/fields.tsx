import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface FieldChrome {
  label: string;
  error?: string;
  help?: ReactNode;
  required?: boolean;
}

function FieldFrame({
  id,
  label,
  error,
  help,
  required,
  children,
  className,
}: FieldChrome & { id: string; children: ReactNode; className?: string }) {
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
        {required ? (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children}
      {help ? (
        <span className="field-help" id={`${id}-help`}>
          {help}
        </span>
      ) : null}
      {error ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

function describedBy(id: string, chrome: FieldChrome) {
  const ids = [chrome.help ? `${id}-help` : '', chrome.error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

type InputProps = FieldChrome &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'required'> & { ref?: Ref<HTMLInputElement> };

/** A labelled native input (works with react-hook-form's `register`). */
export function TextInput({ label, error, help, required, className, ref, ...props }: InputProps) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <FieldFrame id={id} label={label} error={error} help={help} required={required} className={className}>
      <input
        {...props}
        ref={ref}
        id={id}
        className="field-input"
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { label, error, help })}
      />
    </FieldFrame>
  );
}

/** A date field: the browser's calendar picker, shown dd/mm/yyyy in French, stored ISO. */
export function DateInput(props: InputProps) {
  return <TextInput {...props} type="date" />;
}

type SelectProps = FieldChrome &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'required'> & {
    options: readonly { value: string; label: string }[];
    placeholder?: string;
    ref?: Ref<HTMLSelectElement>;
  };

export function SelectInput({ label, error, help, required, options, placeholder, className, ref, ...props }: SelectProps) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <FieldFrame id={id} label={label} error={error} help={help} required={required} className={className}>
      <select
        {...props}
        ref={ref}
        id={id}
        className="field-input"
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { label, error, help })}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

type TextAreaProps = FieldChrome &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'required'> & { ref?: Ref<HTMLTextAreaElement> };

export function TextArea({ label, error, help, required, className, ref, ...props }: TextAreaProps) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <FieldFrame id={id} label={label} error={error} help={help} required={required} className={className}>
      <textarea
        rows={3}
        {...props}
        ref={ref}
        id={id}
        className="field-input"
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { label, error, help })}
      />
    </FieldFrame>
  );
}

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  label: string;
  help?: ReactNode;
  ref?: Ref<HTMLInputElement>;
};

export function CheckboxInput({ label, help, ref, ...props }: CheckboxProps) {
  const generated = useId();
  const id = props.id ?? generated;
  return (
    <div className="field field-checkbox">
      <input {...props} ref={ref} id={id} type="checkbox" aria-describedby={help ? `${id}-help` : undefined} />
      <label htmlFor={id}>{label}</label>
      {help ? (
        <span className="field-help" id={`${id}-help`}>
          {help}
        </span>
      ) : null}
    </div>
  );
}

/** Fields laid out side by side on wide screens. */
export function FieldRow({ children }: { children: ReactNode }) {
  return <div className="field-row">{children}</div>;
}
