// Dexie captures `indexedDB` at import time: the fake must be installed first.
import 'fake-indexeddb/auto';
import { vi } from 'vitest';

// The real `electron` module downloads its binary on first import; main-process code gets
// its Electron APIs injected, so any un-mocked import is a test bug and must fail loudly.
vi.mock('electron', () => {
  throw new Error('Do not import electron in tests: inject the API instead.');
});
