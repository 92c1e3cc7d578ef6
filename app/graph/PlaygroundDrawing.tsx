import { useEffect, useRef } from 'react';
import type { FormulaGraph, GraphNode } from '../engine/expr-graph';
import { LEAF_LIMIT } from '../engine/expr-leaves';
import type { EdgeShape } from '../engine/expr-structure';
import { NODE, type Caption, type PlaygroundLayout, type PlacedNode } from './playground-layout';
import { ArrowSvg, EdgePath, LabelledBox } from './GraphParts';
import { attachScrub } from './scrub';

/** What an element of the drawing is about, for lighting: its node or edge, and its entries. */
export interface DrawingPart {
  readonly elements: readonly string[];
  readonly quantities: readonly string[];
}

export interface LeafDrag {
  read(leaf: string): number | undefined;
  preview(leaf: string, value: number): void;
  commit(leaf: string, value: number): void;
}

interface PlaygroundDrawingProps {
  readonly graph: FormulaGraph;
  readonly layout: PlaygroundLayout;
  readonly edges: readonly EdgeShape[];
  readonly mode: 'reverse' | 'forward';
  /** the seeded leaf of forward mode */
  readonly seed: string;
  /** nodes and edges the current step is about, and those a hover elsewhere lights */
  readonly current: ReadonlySet<string>;
  readonly lit: ReadonlySet<string>;
  readonly onLight: (part: DrawingPart | null) => void;
  /** null where the leaves may not be edited */
  readonly drag: LeafDrag | null;
  /** the sentence a screen reader hears for the figure */
  readonly label: string;
  /** significant digits of every number drawn, values too (narrow boxes); else LABEL_DIGITS and the page's */
  readonly digits?: number | undefined;
  /** lines of text drawn over the graph (the unrolled graph's time steps) */
  readonly captions?: readonly Caption[] | undefined;
  /** drawn this much smaller or larger than the layout's pixels */
  readonly scale?: number | undefined;
}

/** Significant digits in the drawing: enough to follow the arithmetic, short enough to fit a box. */
export const LABEL_DIGITS = 6;

const gradientId = (graph: FormulaGraph, id: string) => `d${graph.output}_d${id}`;
const tangentId = (id: string) => `tan_${id}`;

/** The first line of a node: "x", "v1 = ×", "f = σ". */
function heading(node: GraphNode): string {
  return node.kind === 'operation' ? `${node.id} = ${node.label}` : node.label;
}

/**
 * The computational graph, left to right: every variable, number and
 * operation a box with its name, its value and (once reached) its gradient —
 * or, in forward mode, its tangent; every edge with the local derivative of the
 * node it enters, and for a value used more than once, each use's contribution
 * (+=). The numbers are written by the page's live patcher, not by React, so a
 * drag re-renders nothing here. Drag a leaf's value up or down to change it.
 */
export function PlaygroundDrawing({
  graph,
  layout,
  edges,
  mode,
  seed,
  current,
  lit,
  onLight,
  drag,
  label,
  digits,
  captions = [],
  scale = 1,
}: PlaygroundDrawingProps) {
  const labelDigits = digits ?? LABEL_DIGITS;
  const svg = useRef<SVGSVGElement>(null);
  const dragRef = useRef(drag);
  useEffect(() => {
    dragRef.current = drag;
  });
  const editable = drag !== null;
  useEffect(() => {
    const root = svg.current;
    if (!root || !editable) return;
    const detach = [...root.querySelectorAll<SVGElement>('[data-scrub-leaf]')].map((element) => {
      const leaf = element.dataset.scrubLeaf!;
      return attachScrub(element, [-LEAF_LIMIT, LEAF_LIMIT], {
        read: () => dragRef.current?.read(leaf),
        preview: (value) => dragRef.current?.preview(leaf, value),
        commit: (value) => dragRef.current?.commit(leaf, value),
      });
    });
    return () => detach.forEach((off) => off());
  }, [layout, editable]);

  const byKey = new Map(edges.map((e) => [e.edge.key, e]));
  const state = (id: string) => (current.has(id) ? 'current' : lit.has(id) ? 'lit' : undefined);
  const uses = (id: string) => graph.uses.get(id)?.length ?? 0;

  const nodeBox = ({ node, x, y, width, height }: PlacedNode) => {
    if (node.kind === 'constant') {
      return (
        <g
          key={node.id}
          className="pg-node pg-constant"
          data-node={node.id}
          data-state={state(node.id)}
        >
          <LabelledBox x={x} y={y} width={width} height={height} rx={4}>
            {node.label}
          </LabelledBox>
        </g>
      );
    }
    const leaf = node.kind === 'leaf';
    // A narrow box (a phone's) keeps its numbers clear of its right side.
    const pad = width < NODE.width ? 7 : 10;
    const output = node.id === graph.output;
    const second =
      mode === 'reverse'
        ? { prefix: 'grad ', id: gradientId(graph, node.id) }
        : { prefix: `d/d${seed} `, id: tangentId(node.id) };
    const part: DrawingPart = {
      elements: [node.id],
      quantities: [node.id, second.id],
    };
    return (
      <g
        key={node.id}
        className={`pg-node pg-${node.kind}${output ? ' pg-output' : ''}`}
        data-node={node.id}
        data-state={state(node.id)}
        onPointerEnter={() => onLight(part)}
        onPointerLeave={() => onLight(null)}
      >
        <rect x={x} y={y} width={width} height={height} rx={leaf ? 4 : 14} />
        <text className="pg-node-name" x={x + pad} y={y + 18}>
          {heading(node)}
        </text>
        <text
          className="pg-node-value"
          x={x + pad}
          y={y + 38}
          data-scrub-leaf={leaf && editable ? node.id : undefined}
        >
          <tspan
            data-pg=""
            data-digits={digits}
            {...(leaf ? { 'data-leaf': node.id } : { 'data-quantity': node.id })}
          />
          {leaf && editable && (
            <tspan className="pg-drag-hint" aria-hidden="true">
              {' '}
              ↕
            </tspan>
          )}
        </text>
        <text className="pg-node-gradient" x={x + pad} y={y + 57}>
          <tspan className="pg-prefix">{second.prefix}</tspan>
          <tspan data-pg="" data-digits={labelDigits} data-quantity={second.id} />
        </text>
      </g>
    );
  };

  return (
    <ArrowSvg
      svgRef={svg}
      className="pg-svg"
      label={label}
      width={layout.width}
      height={layout.height}
      drawnWidth={layout.width * scale}
      drawnHeight={layout.height * scale}
      arrow={{ className: 'pg-arrowhead', size: 10 }}
    >
      {(markerEnd) => (
        <>
          {captions.map((caption) => (
            <text
              key={caption.key}
              className="pg-caption"
              x={caption.x}
              y={caption.y}
              textAnchor="middle"
              aria-hidden="true"
            >
              {caption.text}
            </text>
          ))}
          {layout.edges.map((edge) => {
            const shape = byKey.get(edge.key);
            const part: DrawingPart = {
              elements: [edge.key, edge.from, edge.to],
              quantities: shape ? [shape.local, shape.contribution] : [],
            };
            return (
              <g
                key={edge.key}
                className="pg-edge"
                data-edge={edge.key}
                data-state={state(edge.key)}
                onPointerEnter={() => onLight(part)}
                onPointerLeave={() => onLight(null)}
              >
                <EdgePath d={edge.d} kind="pg" markerEnd={markerEnd} />
              </g>
            );
          })}
          {layout.nodes.map(nodeBox)}
          {/* Over the boxes: a long edge may pass behind a node, its numbers must not. */}
          <g className="pg-edge-labels" aria-hidden="true">
            {layout.edges.map((edge) => {
              const shape = byKey.get(edge.key);
              if (!shape) return null;
              const reused = uses(edge.from) > 1 && mode === 'reverse';
              return (
                <g key={edge.key} data-edge-labels={edge.key} data-state={state(edge.key)}>
                  {/* Into the output, upstream is 1: the local derivative is the contribution itself. */}
                  {!(reused && shape.local === shape.contribution) && (
                    <text
                      className="pg-edge-local"
                      x={edge.labelX}
                      y={edge.labelY}
                      dy="-0.4em"
                      textAnchor="middle"
                    >
                      <tspan data-pg="" data-digits={labelDigits} data-quantity={shape.local} />
                    </text>
                  )}
                  {reused && (
                    <text
                      className="pg-edge-contribution"
                      x={edge.nearX}
                      y={edge.nearY}
                      dy="1.1em"
                      textAnchor="middle"
                    >
                      <tspan className="pg-prefix">+= </tspan>
                      <tspan
                        data-pg=""
                        data-digits={labelDigits}
                        data-quantity={shape.contribution}
                      />
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        </>
      )}
    </ArrowSvg>
  );
}
