import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

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

/** The id and the ARIA attributes that tie a control to its label, help and error. */
function useControl(chrome: FieldChrome & { id?: string }) {
  const generated = useId();
  const id = chrome.id ?? generated;
  const described = [chrome.help ? `${id}-help` : '', chrome.error ? `${id}-error` : ''].filter(
    Boolean,
  );
  return {
    id,
    control: {
      id,
      className: 'field-input',
      'aria-required': chrome.required || undefined,
      'aria-invalid': chrome.error ? true : undefined,
      'aria-describedby': described.length ? described.join(' ') : undefined,
    },
  };
}

type InputProps = FieldChrome &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'required'> & { ref?: Ref<HTMLInputElement> };

/** A labelled native input (works with react-hook-form's `register`). */
export function TextInput({ label, error, help, required, className, ref, ...props }: InputProps) {
  const { id, control } = useControl({ label, error, help, required, id: props.id });
  return (
    <FieldFrame
      id={id}
      label={label}
      error={error}
      help={help}
      required={required}
      className={className}
    >
      <input {...props} {...control} ref={ref} />
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

export function SelectInput({
  label,
  error,
  help,
  required,
  options,
  placeholder,
  className,
  ref,
  ...props
}: SelectProps) {
  const { id, control } = useControl({ label, error, help, required, id: props.id });
  return (
    <FieldFrame
      id={id}
      label={label}
      error={error}
      help={help}
      required={required}
      className={className}
    >
      <select {...props} {...control} ref={ref}>
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
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'required'> & {
    ref?: Ref<HTMLTextAreaElement>;
  };

export function TextArea({
  label,
  error,
  help,
  required,
  className,
  ref,
  ...props
}: TextAreaProps) {
  const { id, control } = useControl({ label, error, help, required, id: props.id });
  return (
    <FieldFrame
      id={id}
      label={label}
      error={error}
      help={help}
      required={required}
      className={className}
    >
      <textarea rows={3} {...props} {...control} ref={ref} />
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
      <input
        {...props}
        ref={ref}
        id={id}
        type="checkbox"
        aria-describedby={help ? `${id}-help` : undefined}
      />
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
