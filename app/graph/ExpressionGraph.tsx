import { useEffect, useEffectEvent, useId, useMemo, useState } from 'react';
import {
  computeExpressionTrace,
  gradientId,
  type ExpressionGraphId,
  type ExpressionTrace,
} from '../engine/expression';
import { nudgeLeaf, type LeafNudge } from '../engine/expression-nudge';
import { EngineError } from '../engine/errors';
import { formatDisplayNumber } from '../engine/format';
import { Tex } from '../formulas/Tex';
import { layoutExpression } from './expression-layout';
import { edgeKey, edgeName, ExpressionDrawing, LABEL_DIGITS } from './ExpressionDrawing';
import { ExpressionLeafField } from './ExpressionLeafField';
import { ExpressionNudge, NUDGE } from './ExpressionNudge';
import { useWidth } from './use-width';

interface ExpressionGraphProps {
  readonly graph: ExpressionGraphId;
  /** the leaves' starting values: { a: 3, b: -2 } */
  readonly values: Readonly<Record<string, number>>;
  /** every value and gradient of the trace, on mount and after each change */
  readonly onQuantities?: (quantities: Readonly<Record<string, number>>) => void;
  /** a quantity ('dc_da', 'f') to show as "?" until the learner has predicted it */
  readonly conceal?: string | null;
}

/** The first trace, or why the starting values cannot make one. */
function firstTrace(graph: string, values: Readonly<Record<string, number>>) {
  try {
    return computeExpressionTrace(graph, values);
  } catch (error) {
    if (error instanceof EngineError) return error.message;
    throw error;
  }
}

/** For screen readers: what the drawing shows, as sentences. */
function describeGraph(
  trace: ExpressionTrace,
  showGradients: boolean,
  conceal: string | null,
): string {
  const { graph, leaves, quantities } = trace;
  const shown = (id: string) =>
    id === conceal ? 'unknown' : formatDisplayNumber(leaves[id] ?? quantities[id]!, LABEL_DIGITS);
  const steps = graph.operations.map(
    (op) =>
      `${op.inputs.map((i) => `${i} = ${shown(i)}`).join(' and ')} enter ${op.op === '+' ? 'a sum' : 'a product'}, giving ${op.id} = ${shown(op.id)}.`,
  );
  const gradients = showGradients
    ? ` Gradients: ${trace.edges.map((e) => `∂${graph.output}/∂${e.from} = ${shown(e.gradient)}`).join(', ')}.`
    : '';
  return `Computational graph of ${graph.output}. ${steps.join(' ')}${gradients}`;
}

/**
 * A small computational graph for the chain rule: edit a leaf and every value
 * and gradient follows; nudge a leaf and compare the output's change with the
 * gradient's prediction; pick an edge to see its gradient as upstream · local.
 */
export function ExpressionGraph({
  graph,
  values,
  onQuantities,
  conceal = null,
}: ExpressionGraphProps) {
  // Keyed by content: a parent that rebuilds an equal spec each render must not restart the widget.
  const valuesKey = JSON.stringify(values);
  const start = useMemo(
    () => firstTrace(graph, JSON.parse(valuesKey) as Record<string, number>),
    [graph, valuesKey],
  );
  if (typeof start === 'string') {
    return (
      <p className="field-error" role="alert">
        {start}
      </p>
    );
  }
  return <ExpressionGraphBody start={start} onQuantities={onQuantities} conceal={conceal} />;
}

function ExpressionGraphBody({
  start,
  onQuantities,
  conceal,
}: {
  readonly start: ExpressionTrace;
  readonly onQuantities: ((q: Readonly<Record<string, number>>) => void) | undefined;
  readonly conceal: string | null;
}) {
  const { graph } = start;
  const [leaves, setLeaves] = useState(start.leaves);
  const [showGradients, setShowGradients] = useState(false);
  const [selected, setSelected] = useState(edgeKey(graph.leaves[0]!, graph.operations[0]!.id));
  const [nudge, setNudge] = useState<LeafNudge | null>(null);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [box, width] = useWidth(640);
  const ids = { toggle: useId(), edge: useId(), errors: useId() };
  const trace = useMemo(
    () => (leaves === start.leaves ? start : computeExpressionTrace(graph.id, leaves)),
    [graph.id, leaves, start],
  );
  const layout = useMemo(() => layoutExpression(graph, width), [graph, width]);

  const report = useEffectEvent((quantities: Readonly<Record<string, number>>) =>
    onQuantities?.(quantities),
  );
  useEffect(() => {
    report(trace.quantities);
  }, [trace]);

  const setLeaf = (leaf: string, value: number) => {
    setNudge(null);
    setLeaves((current) => ({ ...current, [leaf]: value }));
  };
  const setError = (leaf: string, message: string | undefined) =>
    setErrors((current) => {
      if (current[leaf] === message) return current;
      const { [leaf]: _dropped, ...rest } = current;
      return message === undefined ? rest : { ...rest, [leaf]: message };
    });
  const onNudge = (leaf: string) => {
    try {
      const result = nudgeLeaf(trace, leaf, NUDGE);
      setErrors({});
      setLeaves((current) => ({ ...current, [leaf]: result.to }));
      setNudge(result);
    } catch (error) {
      if (error instanceof EngineError) setError(leaf, error.message);
      else throw error;
    }
  };
  const reset = () => {
    setLeaves(start.leaves);
    setErrors({});
    setNudge(null);
  };

  const selectedEdge =
    trace.edges.find((e) => edgeKey(e.from, e.to) === selected) ?? trace.edges[0]!;
  const errorId = (leaf: string) => `${ids.errors}-${leaf}`;
  // The numbers of the chain rule would give away a concealed gradient: then only its symbols.
  const ruleIds =
    selectedEdge.to === null
      ? [selectedEdge.gradient]
      : [
          selectedEdge.gradient,
          gradientId(graph.output, selectedEdge.to),
          gradientId(selectedEdge.to, selectedEdge.from),
        ];
  const ruleParts =
    conceal !== null && ruleIds.includes(conceal)
      ? selectedEdge.rule.slice(0, 1)
      : selectedEdge.rule;

  return (
    <div className="expr-widget">
      <div ref={box} className="expr-figure-box">
        <ExpressionDrawing
          trace={trace}
          layout={layout}
          showGradients={showGradients}
          selected={selected}
          onSelect={setSelected}
          summary={describeGraph(trace, showGradients, conceal)}
          conceal={conceal}
        >
          {layout.nodes
            .filter((node) => node.kind === 'leaf')
            .map((node) => (
              <ExpressionLeafField
                key={node.id}
                leaf={node.id}
                value={leaves[node.id]!}
                error={errors[node.id]}
                errorId={errorId(node.id)}
                style={{
                  top: node.y - layout.leafHeight / 2,
                  width: layout.leafWidth,
                  height: layout.leafHeight,
                }}
                onValue={(value) => setLeaf(node.id, value)}
                onError={(message) => setError(node.id, message)}
              />
            ))}
        </ExpressionDrawing>
      </div>
      {Object.entries(errors).map(([leaf, message]) => (
        <p key={leaf} id={errorId(leaf)} className="field-error" role="alert">
          {message}
        </p>
      ))}
      <div className="expr-controls">
        <label className="expr-toggle" htmlFor={ids.toggle}>
          <input
            id={ids.toggle}
            type="checkbox"
            checked={showGradients}
            onChange={(event) => setShowGradients(event.target.checked)}
          />
          Show gradients
        </label>
        <button type="button" className="tool" onClick={reset}>
          Reset values
        </button>
      </div>
      <ExpressionNudge
        leaves={graph.leaves}
        showGradients={showGradients}
        result={nudge}
        onNudge={onNudge}
        conceal={conceal}
      />
      {showGradients && (
        <div className="expr-rule">
          <label htmlFor={ids.edge}>Chain rule on the edge</label>
          <select
            id={ids.edge}
            value={edgeKey(selectedEdge.from, selectedEdge.to)}
            onChange={(event) => setSelected(event.target.value)}
          >
            {trace.edges.map((e) => (
              <option key={edgeKey(e.from, e.to)} value={edgeKey(e.from, e.to)}>
                {edgeName(trace, e.from, e.to)}
              </option>
            ))}
          </select>
          <p className="expr-rule-words">
            {selectedEdge.to === null
              ? `The output's gradient with respect to itself is 1: the backward pass starts here.`
              : 'Gradient on an edge = the upstream gradient (from the node it feeds) × the local gradient of that node.'}
          </p>
          <p className="tex-chain expr-rule-math">
            {ruleParts.map((part, i) => (
              <Tex key={i} tex={`\\displaystyle ${part}`} />
            ))}
          </p>
        </div>
      )}
    </div>
  );
}
