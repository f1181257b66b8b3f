import { useUiStore, selectDismiss, selectNotices } from '../store/ui-store';
import { Button } from './Button';

/** Notifications, announced to screen readers through a polite live region. */
export function Notices() {
  const notices = useUiStore(selectNotices);
  const dismiss = useUiStore(selectDismiss);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
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
