// Nightly-style run of the backup properties: many more sequences and mutations than
// `npm test`. Override with REGISTER_PROPERTY_RUNS, REGISTER_PROPERTY_COMMANDS, BACKUP_MUTATIONS.
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  REGISTER_PROPERTY_RUNS: process.env.REGISTER_PROPERTY_RUNS ?? '200',
  REGISTER_PROPERTY_COMMANDS: process.env.REGISTER_PROPERTY_COMMANDS ?? '30',
  BACKUP_MUTATIONS: process.env.BACKUP_MUTATIONS ?? '2000',
  FC_RANDOM: process.env.FC_RANDOM ?? '1',
};
const result = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    'test/unit/register-roundtrip.property.test.ts',
    'test/unit/backup-mutations.test.ts',
    'test/unit/importers.property.test.ts',
    '--testTimeout=0',
  ],
  { stdio: 'inherit', env, shell: process.platform === 'win32' },
);
process.exit(result.status ?? 1);
