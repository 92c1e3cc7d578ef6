interface ZoomControlsProps {
  readonly zoomed: boolean;
  readonly onZoom: (factor: number) => void;
  readonly onReset: () => void;
}

/** Buttons for zooming the diagram: for a mouse without Ctrl + wheel, and for keyboards. */
export function ZoomControls({ zoomed, onZoom, onReset }: ZoomControlsProps) {
  return (
    <div className="graph-zoom" role="group" aria-label="Zoom the diagram">
      <button type="button" className="tool" aria-label="Zoom in" onClick={() => onZoom(1.5)}>
        +
      </button>
      <button
        type="button"
        className="tool"
        aria-label="Zoom out"
        disabled={!zoomed}
        onClick={() => onZoom(1 / 1.5)}
      >
        −
      </button>
      <button type="button" className="tool" disabled={!zoomed} onClick={onReset}>
        Reset view
      </button>
    </div>
  );
}
