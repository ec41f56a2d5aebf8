// The close button shared by the side panels (Escape closes them too).
export function PanelCloseButton({ onClose }: { onClose: () => void }) {
  return (
    <button
      type="button"
      className="icon-button panel-close"
      onClick={onClose}
      aria-label="Close panel"
      title="Close (Esc)"
    >
      ×
    </button>
  );
}
