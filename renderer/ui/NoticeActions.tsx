import type { Notice } from '../store/ui-store';
import { Button } from './Button';

/**
 * A notice's buttons: « Ouvrir » and « Afficher dans le dossier » for a file just saved (when
 * the platform can), then « × ». Loaded apart from Notices.tsx: the sidebar is part of the
 * first screen, the buttons' code (react-aria) is not needed for it.
 */
export function NoticeActions({
  notice,
  reveal,
  onDismiss,
}: {
  notice: Notice;
  reveal?: (path: string, action: 'open' | 'show') => void;
  onDismiss: () => void;
}) {
  return (
    <>
      {notice.file && reveal ? <FileActions file={notice.file} reveal={reveal} /> : null}
      <Button variant="quiet" aria-label="Fermer la notification" onPress={onDismiss}>
        ×
      </Button>
    </>
  );
}

function FileActions({
  file,
  reveal,
}: {
  file: string;
  reveal: (path: string, action: 'open' | 'show') => void;
}) {
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
