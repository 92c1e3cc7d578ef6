import { formatDisplayNumber } from '../engine/format';
import { HIGH_COLOUR, LOW_COLOUR, MID_COLOUR, type ColourDomain } from './plane-paint';
import { TARGET_0_FILL, TARGET_1_FILL } from './PlanePoints';

const GRADIENT = `linear-gradient(to right, rgb(${LOW_COLOUR.join(' ')}), rgb(${MID_COLOUR.join(' ')}), rgb(${HIGH_COLOUR.join(' ')}))`;

/** The colour scale with its numbers, and the two point shapes with their targets. */
export function PlaneLegend({ domain, neuron }: { domain: ColourDomain; neuron: string }) {
  const mid = (domain.min + domain.max) / 2;
  return (
    <div className="plane-legend">
      <p className="plane-scale-label">Colour: the value of {neuron}</p>
      <div className="plane-scale" style={{ backgroundImage: GRADIENT }} aria-hidden="true" />
      <p className="plane-scale-ticks">
        <span>{formatDisplayNumber(domain.min, 3)} orange</span>
        <span>{formatDisplayNumber(mid, 3)} white</span>
        <span>blue {formatDisplayNumber(domain.max, 3)}</span>
      </p>
      <ul className="plane-shapes">
        <li>
          <svg viewBox="0 0 10 10" aria-hidden="true" focusable="false">
            <rect
              x="1.5"
              y="1.5"
              width="7"
              height="7"
              fill={TARGET_0_FILL}
              className="plane-point"
            />
          </svg>{' '}
          square: target 0
        </li>
        <li>
          <svg viewBox="0 0 10 10" aria-hidden="true" focusable="false">
            <circle cx="5" cy="5" r="3.8" fill={TARGET_1_FILL} className="plane-point" />
          </svg>{' '}
          disc: target 1
        </li>
      </ul>
    </div>
  );
}
