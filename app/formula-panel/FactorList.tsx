import { useId } from 'react';
import { useAppStore } from '../store/context';
import { FactorLink } from './FactorLink';
import type { FormulaPart } from './formula-structure';

interface FactorListProps {
  readonly label: string;
  readonly parts: readonly FormulaPart[];
}

/** "Factors:" and each factor of the formula, lit when the graph or timeline points at it. */
export function FactorList({ label, parts }: FactorListProps) {
  const labelId = useId();
  // A string, so that only a change of what is lit re-renders the list.
  const lit = useAppStore((s) =>
    s.highlight ? `${s.highlight.quantities.join(' ')} | ${s.highlight.elements.join(' ')}` : '',
  );
  const [quantities = '', elements = ''] = lit.split(' | ');
  const isLit = (part: FormulaPart) =>
    quantities.split(' ').includes(part.id) ||
    (part.kind === 'param' && elements.split(' ').includes(part.id));
  if (parts.length === 0) return null;
  return (
    <div className="formula-parts">
      <span className="formula-parts-label" id={labelId}>
        {label}:
      </span>
      <ul aria-labelledby={labelId}>
        {parts.map((part) => (
          <li key={part.id}>
            <FactorLink part={part} lit={isLit(part)} />
          </li>
        ))}
      </ul>
    </div>
  );
}
