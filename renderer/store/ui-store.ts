import { create, type StateCreator } from 'zustand';

export interface Notice {
  id: number;
  tone: 'info' | 'ok' | 'attention' | 'alerte';
  message: string;
}

interface NoticesSlice {
  notices: Notice[];
  notify: (tone: Notice['tone'], message: string) => void;
  dismiss: (id: number) => void;
}

export type UiState = NoticesSlice;

let nextNoticeId = 1;

/** Confirmations fade by themselves; alerts stay until the user closes them. */
const AUTO_DISMISS_MS = 6000;

const createNoticesSlice: StateCreator<UiState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  notify: (tone, message) => {
    const id = nextNoticeId++;
    set((s) => ({ notices: [...s.notices.slice(-2), { id, tone, message }] }));
    if (tone === 'ok' || tone === 'info') {
      setTimeout(() => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })), AUTO_DISMISS_MS);
    }
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
