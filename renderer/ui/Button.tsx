import type { Ref } from 'react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export interface ButtonProps extends AriaButtonProps {
  variant?: 'primary' | 'secondary' | 'danger' | 'quiet';
  ref?: Ref<HTMLButtonElement>;
}

/**
 * The app's button. A disabled or busy button is never `disabled` in the DOM: it stays
 * focusable with `aria-disabled="true"`, presses are ignored and a submit button no longer
 * submits, so that focus never falls to the page when a save starts or a rule refuses it.
 * (react-aria's own `isPending` announces through live nodes that axe flags once the
 * button has gone, hence this.)
 */
export function Button({
  variant = 'secondary',
  className,
  isDisabled,
  isPending,
  onPress,
  onPressStart,
  onPressEnd,
  onPressUp,
  onPressChange,
  type,
  ...props
}: ButtonProps) {
  const inactive = Boolean(isDisabled || isPending);
  return (
    <AriaButton
      {...props}
      {...(inactive ? {} : { onPress, onPressStart, onPressEnd, onPressUp, onPressChange })}
      type={inactive && type === 'submit' ? 'button' : type}
      aria-disabled={inactive || undefined}
      aria-busy={isPending || undefined}
      className={`btn btn-${variant}${inactive ? ' is-inactive' : ''}${typeof className === 'string' ? ` ${className}` : ''}`}
    />
  );
}
