/**
 * IPC channel names, `domain:verb`. Kept apart from contract.ts (which re-exports them) so
 * that the preload bundle can import the constants without pulling zod in.
 */
export const IPC = {
  appInfo: 'app:info',
  fileSave: 'file:save',
  openExternal: 'shell:open-external',
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  backupDelete: 'backup:delete',
  journalSealRead: 'journal:seal-read',
  journalSeal: 'journal:seal',
} as const;

export type IpcChannel = (typeof IPC)[keyof typeof IPC];
