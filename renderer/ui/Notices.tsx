import { lazy, Suspense, useEffect } from 'react';
import { useUiStore, selectDismiss, selectNotices, selectNotify } from '../store/ui-store';
import type { PlatformBridge } from '../platform/types';

const loadActions = () => import('./NoticeActions');
const NoticeActions = lazy(() => loadActions().then((m) => ({ default: m.NoticeActions })));

/**
 * Notifications, in the sidebar under the sections: they never cover the page or its
 * actions. One polite live region (always in the page, so that screen readers hear what is
 * added to it); a refused form also shows its errors inline, in its own alert. A notice
 * about a file just saved offers to open it or show it in its folder (desktop app). The
 * buttons' code is fetched as the sidebar mounts, apart from the first screen's bundle.
 */
export function Notices({ revealFile }: { revealFile?: PlatformBridge['revealFile'] }) {
  const notices = useUiStore(selectNotices);
  const dismiss = useUiStore(selectDismiss);
  const notify = useUiStore(selectNotify);
  useEffect(() => {
    void loadActions().catch(() => undefined);
  }, []);
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
          <Suspense fallback={null}>
            <NoticeActions
              notice={n}
              reveal={revealFile ? reveal : undefined}
              onDismiss={() => dismiss(n.id)}
            />
          </Suspense>
        </div>
      ))}
    </div>
  );
}
