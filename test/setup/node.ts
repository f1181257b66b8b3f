// Dexie captures `indexedDB` at import time: the fake must be installed first.
import 'fake-indexeddb/auto';
import { vi } from 'vitest';

// The real `electron` module downloads its binary on first import; main-process code gets
// its Electron APIs injected, so any un-mocked import is a test bug and must fail loudly.
vi.mock('electron', () => {
  throw new Error('Do not import electron in tests: inject the API instead.');
});

// `npm test` must give the same answer twice on the same commit: property tests run with a
// fixed seed there. `npm run test:deep` (FC_RANDOM=1) explores new seeds and prints the one
// that fails; FC_SEED replays it.
import fc from 'fast-check';
const seed = process.env.FC_SEED
  ? Number(process.env.FC_SEED)
  : process.env.FC_RANDOM
    ? undefined
    : 20261203;
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
