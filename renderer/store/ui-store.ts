import { create, type StateCreator } from 'zustand';

export interface Notice {
  id: number;
  tone: 'info' | 'ok' | 'attention' | 'alerte';
  message: string;
  /** A file the action saved: the notice offers « Ouvrir » and « Afficher dans le dossier » (desktop). */
  file?: string;
}

export interface NoticeOptions {
  file?: string;
}

interface NoticesSlice {
  notices: Notice[];
  /** Shows a notice; returns its id (to dismiss it once the error it reports is fixed). */
  notify: (tone: Notice['tone'], message: string, options?: NoticeOptions) => number;
  dismiss: (id: number) => void;
}

export type UiState = NoticesSlice;

let nextNoticeId = 1;

/**
 * Confirmations fade by themselves, after long enough to be read: 7 s, plus reading time for
 * a long message (about 15 characters a second), at most 20 s. Alerts stay until the user
 * closes them or the action that failed succeeds (see `useAction`).
 */
export function autoDismissMs(message: string): number {
  return Math.min(20_000, Math.max(7_000, 3_000 + message.length * 65));
}

const FILE_NOTICE_MS = 20_000;

const createNoticesSlice: StateCreator<UiState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  notify: (tone, message, options) => {
    const id = nextNoticeId++;
    const notice: Notice = { id, tone, message, ...(options?.file ? { file: options.file } : {}) };
    set((s) => ({
      notices: [...s.notices.filter((n) => n.message !== message).slice(-2), notice],
    }));
    if (tone === 'ok' || tone === 'info') {
      // A notice that offers to open a file stays as long as the longest, to leave time to.
      const ms = notice.file ? FILE_NOTICE_MS : autoDismissMs(message);
      setTimeout(() => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })), ms);
    }
    return id;
  },
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});

/** UI state only; anything persistent lives in Dexie. */
export const useUiStore = create<UiState>()((...a) => ({
  ...createNoticesSlice(...a),
}));

export const selectNotices = (s: UiState) => s.notices;
export const selectNotify = (s: UiState) => s.notify;
export const selectDismiss = (s: UiState) => s.dismiss;

const initialState = useUiStore.getState();
/** Tests call this so that no state leaks from one test to the next. */
export function resetUiStore() {
  useUiStore.setState(initialState, true);
}
