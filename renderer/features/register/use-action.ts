import { useCallback, useState } from 'react';
import { isQuotaError, QUOTA_MESSAGE } from '../../backup/storage-errors';
import { RuleRefusedError, ValidationError } from '../../db/validation';
import { selectNotify, useUiStore } from '../../store/ui-store';

/** The French message to show for a failed write. */
export function errorMessages(error: unknown): string[] {
  if (error instanceof ValidationError) return error.messages;
  if (error instanceof RuleRefusedError) return error.findings.map((f) => f.message);
  if (isQuotaError(error)) return [QUOTA_MESSAGE];
  return [
    `L’enregistrement a échoué : ${error instanceof Error ? error.message : String(error)}. Rien n’a été modifié.`,
  ];
}

/**
 * Runs a write and reports the outcome: a success notice, or the French reasons it was
 * refused (kept in `errors` so that the form can show them next to its fields).
 */
export function useAction() {
  const notify = useUiStore(selectNotify);
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
        if (success) notify('ok', success);
        return result;
      } catch (error) {
        const messages = errorMessages(error);
        setErrors(messages);
        if (error instanceof ValidationError) setFieldErrors(error.fieldErrors);
        notify('alerte', messages.join(' '));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [notify],
  );
  const clearErrors = useCallback(() => {
    setErrors([]);
    setFieldErrors({});
  }, []);
  return { run, errors, fieldErrors, busy, clearErrors };
}
