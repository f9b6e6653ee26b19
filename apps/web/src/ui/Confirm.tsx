/** A confirmation dialog for actions that cannot be undone, or only for a moment. */
import type { ReactNode } from 'react';
import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { Button } from './Button.tsx';

export function Confirm({
  trigger,
  title,
  children,
  confirmLabel,
  onConfirm,
  triggerVariant = 'secondary',
  triggerLabel,
}: {
  /** The trigger's accessible name when its text alone is ambiguous (one per item of a list). */
  triggerLabel?: string;
  /** The trigger is quiet by default; erasing everything deserves the loud one. */
  triggerVariant?: 'secondary' | 'danger';
  trigger: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
}) {
  return (
    <DialogTrigger>
      <Button variant={triggerVariant} {...(triggerLabel ? { 'aria-label': triggerLabel } : {})}>
        {trigger}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog role="alertdialog" className="stack" style={{ outline: 'none' }}>
            {({ close }) => (
              <>
                <Heading slot="title">{title}</Heading>
                {children}
                <div className="step-actions">
                  <Button onPress={close}>Keep it</Button>
                  <Button
                    variant="danger"
                    onPress={async () => {
                      await onConfirm();
                      close();
                    }}
                  >
                    {confirmLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
