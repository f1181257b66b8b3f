import { useUiStore, selectDismiss, selectNotices } from '../store/ui-store';
import { Button } from './Button';

/**
 * Notifications, in the sidebar under the sections: they never cover the page or its
 * actions. One polite live region (always in the page, so that screen readers hear what is
 * added to it); a refused form also shows its errors inline, in its own alert.
 */
export function Notices() {
  const notices = useUiStore(selectNotices);
  const dismiss = useUiStore(selectDismiss);
  return (
    <div className="notices" role="status" aria-live="polite" aria-label="Notifications">
      {/* Newest first, right under the sections, where it is seen. */}
      {[...notices].reverse().map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`}>
          <span>{n.message}</span>
          <Button variant="quiet" aria-label="Fermer la notification" onPress={() => dismiss(n.id)}>
            ×
          </Button>
        </div>
      ))}
    </div>
  );
}
