import type { App } from 'electron';
import type { AppInfo } from '../../../shared/ipc/contract';

export interface AppInfoDeps {
  app: Pick<App, 'getName' | 'getVersion' | 'getPath'>;
  backupFolder: string;
  platform?: NodeJS.Platform;
}

export function createAppInfo(deps: AppInfoDeps): () => AppInfo {
  return () => ({
    name: deps.app.getName(),
    version: deps.app.getVersion(),
    dataFolder: deps.app.getPath('userData'),
    backupFolder: deps.backupFolder,
    platform: deps.platform ?? process.platform,
  });
}
