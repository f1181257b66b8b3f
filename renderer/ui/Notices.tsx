import { useUiStore, selectDismiss, selectNotices, selectNotify } from '../store/ui-store';
import type { PlatformBridge } from '../platform/types';
import { Button } from './Button';

/**
 * Notifications, in the sidebar under the sections: they never cover the page or its
 * actions. One polite live region (always in the page, so that screen readers hear what is
 * added to it); a refused form also shows its errors inline, in its own alert. A notice
 * about a file just saved offers to open it or show it in its folder (desktop app).
 */
export function Notices({ revealFile }: { revealFile?: PlatformBridge['revealFile'] }) {
  const notices = useUiStore(selectNotices);
  const dismiss = useUiStore(selectDismiss);
  const notify = useUiStore(selectNotify);
  const reveal = (path: string, action: 'open' | 'show') =>
    void revealFile?.(path, action).then(
      (r) => r.done || notify('attention', r.reason ?? 'Le fichier n’a pas pu être ouvert.'),
      () => notify('attention', 'Le fichier n’a pas pu être ouvert.'),
    );
  return (
    <div className="notices" role="status" aria-live="polite" aria-label="Notifications">
      {/* Newest first, right under the sections, where it is seen. */}
      {[...notices].reverse().map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`}>
          <span>{n.message}</span>
          {n.file && revealFile ? <FileActions file={n.file} reveal={reveal} /> : null}
          <Button variant="quiet" aria-label="Fermer la notification" onPress={() => dismiss(n.id)}>
            ×
          </Button>
        </div>
      ))}
    </div>
  );
}

function FileActions({ file, reveal }: { file: string; reveal: (path: string, action: 'open' | 'show') => void }) {
  return (
    <span className="notice-actions">
      <Button variant="quiet" onPress={() => reveal(file, 'open')}>
        Ouvrir
      </Button>
      <Button variant="quiet" onPress={() => reveal(file, 'show')}>
        Afficher dans le dossier
      </Button>
    </span>
  );
}
