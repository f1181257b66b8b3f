import { useCallback, useRef, useState } from 'react';
import { isQuotaError, QUOTA_MESSAGE } from '../../backup/storage-errors';
import {
  frenchErrorMessage,
  looksTechnical,
  technicalErrorMessage,
} from '../../../shared/domain/technical-errors';
import { RuleRefusedError, ValidationError } from '../../db/validation';
import { selectDismiss, selectNotify, useUiStore } from '../../store/ui-store';

/** The French message to show for a failed write. */
export function errorMessages(error: unknown): string[] {
  if (error instanceof ValidationError) return error.messages;
  if (error instanceof RuleRefusedError) return error.findings.map((f) => f.message);
  if (isQuotaError(error)) return [QUOTA_MESSAGE];
  // A French message thrown on purpose by our own code is shown as is; technical ones never.
  const known = technicalErrorMessage(error);
  if (known) return [known];
  const own =
    error instanceof Error &&
    !looksTechnical(error.message) &&
    /[àâçéèêëîïôûùœ’]/i.test(error.message)
      ? error.message
      : undefined;
  return [
    own ??
      frenchErrorMessage(
        error,
        'L’enregistrement a échoué : rien n’a été modifié. Réessayez ; si cela se reproduit, faites une sauvegarde et signalez-le.',
      ),
  ];
}

/** A file export's outcome (`{ status: 'saved', path }` / `{ status: 'cancelled' }`), if it is one. */
function savedOutcome(result: unknown): { path: string } | 'cancelled' | undefined {
  if (typeof result !== 'object' || result === null || !('status' in result)) return undefined;
  if (result.status === 'cancelled') return 'cancelled';
  if (result.status === 'saved' && 'path' in result && typeof result.path === 'string')
    return { path: result.path };
  return undefined;
}

/**
 * Runs a write and reports the outcome: a success notice, or the French reasons it was
 * refused (kept in `errors` so that the form can show them next to its fields).
 */
export function useAction() {
  const notify = useUiStore(selectNotify);
  const dismiss = useUiStore(selectDismiss);
  /** The error notice this action posted: it goes away once the error is fixed. */
  const errorNotice = useRef<number | undefined>(undefined);
  const clearErrorNotice = useCallback(() => {
    if (errorNotice.current !== undefined) dismiss(errorNotice.current);
    errorNotice.current = undefined;
  }, [dismiss]);
  const [errors, setErrors] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T>(work: () => Promise<T>, success?: string): Promise<T | undefined> => {
      setBusy(true);
      setErrors([]);
      setFieldErrors({});
      try {
        const result = await work();
        clearErrorNotice();
        const saved = savedOutcome(result);
        // « Enregistrer sous » cancelled: nothing was saved, so no « … enregistré » either.
        if (success && saved !== 'cancelled')
          notify('ok', success, saved ? { file: saved.path } : undefined);
        return result;
      } catch (error) {
        const messages = errorMessages(error);
        setErrors(messages);
        if (error instanceof ValidationError) setFieldErrors(error.fieldErrors);
        clearErrorNotice();
        errorNotice.current = notify('alerte', messages.join(' '));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [notify, clearErrorNotice],
  );
  const clearErrors = useCallback(() => {
    setErrors([]);
    setFieldErrors({});
    clearErrorNotice();
  }, [clearErrorNotice]);
  return { run, errors, fieldErrors, busy, clearErrors };
}
