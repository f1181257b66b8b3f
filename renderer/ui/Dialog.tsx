import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { Dialog as AriaDialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { openerOfDialog, restoreAfterDialog, type FocusMemory } from './focus';

/**
 * A modal dialog: focus is trapped inside, Escape closes it, the title labels it. When it
 * closes, focus goes back to what opened it (or to what the screen asked for with
 * `focusAfterClose`, or to the same button in the same row, or to the screen's title): never
 * to the page's `<body>`.
 */
export function Dialog({
  title,
  isOpen,
  onClose,
  children,
  wide,
}: {
  title: string;
  isOpen: boolean;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const opener = useRef<FocusMemory | null>(null);
  useLayoutEffect(() => {
    if (!isOpen) return;
    opener.current = openerOfDialog();
    return () => {
      if (opener.current) restoreAfterDialog(opener.current);
      opener.current = null;
    };
  }, [isOpen]);
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={isOpen}
      onOpenChange={(open) => (open ? undefined : onClose())}
      isDismissable
    >
      <Modal className={`modal${wide ? ' modal-wide' : ''}`}>
        <AriaDialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}
