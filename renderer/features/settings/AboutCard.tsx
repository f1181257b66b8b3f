import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import { usePlatform } from '../../shell/services';
import { Card } from '../../ui/Card';

/** « À propos »: the version, and where the data and the backups are kept. */
export function AboutCard() {
  const platform = usePlatform();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    platform
      .getAppInfo()
      .then((i) => {
        if (live) setInfo(i);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [platform]);
  return (
    <Card title="À propos de Convention MCP" id="settings-about">
      {info === null ? (
        <p className="loading" role="status">
          Chargement…
        </p>
      ) : (
        <dl className="settings-about">
          <div>
            <dt>Version</dt>
            <dd>{info.version}</dd>
          </div>
          <div>
            <dt>Dossier des données</dt>
            <dd>{info.dataFolder}</dd>
          </div>
          <div>
            <dt>Dossier des sauvegardes</dt>
            <dd>{info.backupFolder}</dd>
          </div>
        </dl>
      )}
    </Card>
  );
}
