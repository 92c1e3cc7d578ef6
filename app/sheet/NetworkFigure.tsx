import { useId, useMemo, useRef } from 'react';
import { weightLabel } from '../engine/architecture';
import { formatDisplayNumber } from '../engine/format';
import { layoutNetwork, textBoxWidth, type Box } from '../graph/layout';
import { useOrientation } from '../graph/use-orientation';
import { useAppStore } from '../store/context';

/** A value's box, widened around its centre when the text needs more than the layout kept. */
function fitted(box: Box, chars: number): Box {
  const width = Math.max(box.width, textBoxWidth(chars));
  return { ...box, x: box.x + (box.width - width) / 2, width };
}

function ValueBox({ box, text, id }: { box: Box; text: string; id: string }) {
  const fit = fitted(box, text.length);
  return (
    <g className="figure-value" data-figure-param={id}>
      <rect x={fit.x} y={fit.y} width={fit.width} height={fit.height} rx={5} />
      <text
        x={fit.x + fit.width / 2}
        y={fit.y + fit.height / 2}
        dominantBaseline="central"
        textAnchor="middle"
      >
        {text}
      </text>
    </g>
  );
}

/**
 * The network as the sheet's figure: the explorer's own layout, drawn still,
 * with what a reader is given (inputs, weights on their edges, biases, targets)
 * and nothing computed, so the exercise and its key share it. Landscape where
 * there is room, portrait on a phone, as the explorer draws it.
 */
export function NetworkFigure() {
  const names = useAppStore((s) => s.trace.names);
  const params = useAppStore((s) => s.model.params);
  const digits = useAppStore((s) => s.digits);
  const container = useRef<HTMLElement>(null);
  const orientation = useOrientation(container);
  const layout = useMemo(() => layoutNetwork(names, orientation), [names, orientation]);
  const captionId = useId();
  const shown = (id: string) => formatDisplayNumber(params[id] ?? NaN, digits);
  const edges = names.weights.map((w) => weightLabel(names, w.id)).join(', ');
  // Outside the article's network each weight says its edge, as in the explorer ('w7 h1→o1').
  const edgeNames = new Map(layout.edges.map((e) => [e.id, e.edgeName]));
  return (
    <figure ref={container} className="sheet-figure" aria-labelledby={captionId}>
      <svg
        className="sheet-figure-svg"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        data-orientation={layout.orientation}
        style={{ maxWidth: `min(${layout.width}px, 42rem)` }}
        role="img"
        aria-label={`The network: ${edges}. Its given numbers are in the table below.`}
      >
        <g aria-hidden="true">
          {layout.edges.map((edge) => (
            <line
              key={edge.id}
              className="figure-edge"
              data-kind={edge.kind}
              x1={edge.x1}
              y1={edge.y1}
              x2={edge.x2}
              y2={edge.y2}
            />
          ))}
          {layout.nodes.map((node) => (
            <g key={node.id} className="figure-node" data-kind={node.kind} data-node={node.id}>
              <circle cx={node.x} cy={node.y} r={node.r} />
              <text x={node.x} y={node.y} dominantBaseline="central" textAnchor="middle">
                {node.id}
              </text>
              {node.chip && <ValueBox box={node.chip} text={shown(node.id)} id={node.id} />}
            </g>
          ))}
          {/* A dense network's weights would cover each other: the table below gives each with its edge. */}
          {!layout.dense &&
            layout.labels.map((label) => (
              <ValueBox
                key={label.id}
                box={label.box}
                text={`${label.id}${edgeNames.get(label.id) ? ` ${edgeNames.get(label.id)}` : ''} = ${shown(label.id)}`}
                id={label.id}
              />
            ))}
        </g>
      </svg>
      <figcaption id={captionId}>
        {layout.dense
          ? `The network: its ${names.weights.length} weights are too many to write on their edges, and the table below gives each with its edge; the biases are dashed, and the targets the outputs are compared with dotted.`
          : 'The network and the numbers given: the inputs, each weight on its edge, the biases (dashed) and the targets the outputs are compared with (dotted).'}
      </figcaption>
    </figure>
  );
}
