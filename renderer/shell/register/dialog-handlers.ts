/**
 * A screen's dialog tied to its write action (`useAction`): opening or closing a dialog clears
 * the errors of the previous attempt, and a write that went through closes it. One copy of this
 * wiring for every screen that opens add / edit / remove dialogs.
 */
export function dialogHandlers<D>(setDialog: (dialog: D | null) => void, clearErrors: () => void) {
  return {
    open: (dialog: D) => {
      clearErrors();
      setDialog(dialog);
    },
    close: () => {
      clearErrors();
      setDialog(null);
    },
    /** For `action.run(…).then(done)`: closes only when the write returned (was not refused). */
    done: (result: unknown) => {
      if (result !== undefined) setDialog(null);
      return result !== undefined;
    },
  };
}
