import { useEffect, useRef } from 'react';
import { colourTable, paintGrid, type ColourDomain } from './plane-paint';

/** Built once for every canvas: painting looks colours up instead of blending them. */
const TABLE = colourTable();

interface PlaneCanvasProps {
  /** the grid's values, size × size, row by row from the top */
  readonly values: Float64Array;
  readonly size: number;
  readonly domain: ColourDomain;
  /** what the canvas shows, for screen readers */
  readonly label: string;
  readonly neuron: string;
}

/**
 * One neuron's grid as pixels, one per cell, scaled up by CSS. Each new grid is
 * one paint into an ImageData kept between paints and one putImageData.
 */
export function PlaneCanvas({ values, size, domain, label, neuron }: PlaneCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const image = useRef<ImageData | null>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    if (image.current?.width !== size) image.current = context.createImageData(size, size);
    paintGrid(image.current.data, values, domain, TABLE);
    context.putImageData(image.current, 0, 0);
  }, [values, size, domain]);
  return (
    <canvas
      ref={canvas}
      className="plane-canvas"
      width={size}
      height={size}
      role="img"
      aria-label={label}
      data-neuron={neuron}
    />
  );
}
