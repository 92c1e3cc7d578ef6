import { weightEdge } from '../engine/architecture';
import { formatDisplayNumber } from '../engine/format';
import { paramIds, paramKind, SETTING_KEYS, type ParamKind } from '../engine/model';
import { NOTATIONS } from '../engine/notation';
import { Tex } from '../formulas/Tex';
import { useAppStore } from '../store/context';

const GROUPS: readonly [ParamKind, string][] = [
  ['input', 'Inputs'],
  ['target', 'Targets'],
  ['weight', 'Weights'],
  ['bias', 'Biases'],
  ['lr', 'Learning rate'],
];

/** Which neurons a weight connects: w5 runs h1 → o1. */
function WeightEdge({ id }: { id: string }) {
  const names = useAppStore((s) => s.trace.names);
  const edge = weightEdge(names, id);
  if (!edge) return null;
  return (
    <span className="param-edge" data-weight-edge={id}>
      {edge.from} → {edge.to}
    </span>
  );
}

/** The numbers the sheet starts from (each weight with its edge), and the settings in force. */
export function ParamsTable() {
  const model = useAppStore((s) => s.model);
  const names = useAppStore((s) => s.trace.names);
  const notation = NOTATIONS[useAppStore((s) => s.notation)];
  const digits = useAppStore((s) => s.digits);
  const ids = paramIds(names);
  return (
    <section className="params" aria-labelledby="params-title">
      <h2 id="params-title" className="visually-hidden">
        Parameters and settings
      </h2>
      {GROUPS.map(([kind, title]) => (
        <div key={kind} className={`param-group param-group-${kind}`}>
          <h3>{title}</h3>
          <dl>
            {ids
              .filter((id) => paramKind(id) === kind)
              .map((id) => (
                <div key={id} className="param">
                  <dt>
                    <Tex tex={notation.param(id)} />
                    <span className="visually-hidden"> ({id})</span>
                    {kind === 'weight' && <WeightEdge id={id} />}
                  </dt>
                  <dd data-param={id} data-value={String(model.params[id])}>
                    {formatDisplayNumber(model.params[id] ?? 0, digits)}
                  </dd>
                </div>
              ))}
          </dl>
        </div>
      ))}
      <div className="param-group settings-group">
        <h3>Settings</h3>
        <dl>
          {SETTING_KEYS.map((key) => (
            <div key={key} className="param">
              <dt>
                <code>{key}</code>
              </dt>
              <dd data-setting={key}>{model.settings[key]}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
