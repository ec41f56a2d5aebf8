// A modal dialog on the native <dialog> element, which gives focus trapping, Escape to close and a
// backdrop for free. Shared by the Embed and Export dialogs.
import { useEffect, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

export function Dialog({ title, onClose, children, testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const close = () => onCloseRef.current();
    dialog.addEventListener('close', close);
    return () => dialog.removeEventListener('close', close);
  }, []);

  return (
    <dialog
      ref={ref}
      className="share-dialog"
      aria-label={title}
      data-testid={testId}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself; clicks inside land on its children.
        if (event.target === event.currentTarget) ref.current?.close();
      }}
    >
      <div className="share-dialog-body">
        <header className="share-dialog-header">
          <h2>{title}</h2>
          <button
            type="button"
            className="icon-button"
            aria-label="Close"
            onClick={() => ref.current?.close()}
          >
            ×
          </button>
        </header>
        {children}
      </div>
    </dialog>
  );
}
