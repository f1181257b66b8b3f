import {
  FieldError,
  Input,
  Label,
  Text,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

export interface TextFieldProps extends Omit<AriaTextFieldProps, 'children'> {
  label: string;
  description?: string;
  errorMessage?: string;
  placeholder?: string;
}

/** A labelled text input with its help text and inline error; required fields are marked. */
export function TextField({
  label,
  description,
  errorMessage,
  placeholder,
  isRequired,
  ...props
}: TextFieldProps) {
  return (
    <AriaTextField
      {...props}
      isRequired={isRequired}
      isInvalid={props.isInvalid ?? Boolean(errorMessage)}
      className="field"
    >
      <Label className="field-label">
        {label}
        {isRequired ? (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </Label>
      <Input className="field-input" placeholder={placeholder} />
      {description ? (
        <Text slot="description" className="field-help">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </AriaTextField>
  );
}
