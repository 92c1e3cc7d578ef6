/** Small plane geometry for the diagram's layout: boxes and segments in viewBox units. */

/** An axis-aligned box by its top-left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** [x1, y1, x2, y2] */
export type Segment = readonly [number, number, number, number];

/** Whether two boxes overlap, with `pad` of clearance required between them. */
export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return (
    a.x < b.x + b.width + pad &&
    b.x < a.x + a.width + pad &&
    a.y < b.y + b.height + pad &&
    b.y < a.y + a.height + pad
  );
}

export function boxInside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

export function circleBox(x: number, y: number, r: number): Box {
  return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
}

const cross = (ax: number, ay: number, bx: number, by: number) => ax * by - ay * bx;

/** Whether two segments cross at a point strictly inside both (touching ends do not count). */
export function segmentsCross(a: Segment, b: Segment): boolean {
  return crossingPoint(a, b) !== null;
}

/** Where two segments cross strictly inside both, or null. */
export function crossingPoint(a: Segment, b: Segment): [number, number] | null {
  const [x1, y1, x2, y2] = a;
  const [x3, y3, x4, y4] = b;
  const dx1 = x2 - x1;
  const dy1 = y2 - y1;
  const dx2 = x4 - x3;
  const dy2 = y4 - y3;
  const denominator = cross(dx1, dy1, dx2, dy2);
  if (Math.abs(denominator) < 1e-9) return null;
  const t = cross(x3 - x1, y3 - y1, dx2, dy2) / denominator;
  const u = cross(x3 - x1, y3 - y1, dx1, dy1) / denominator;
  const eps = 1e-6;
  if (t <= eps || t >= 1 - eps || u <= eps || u >= 1 - eps) return null;
  return [x1 + t * dx1, y1 + t * dy1];
}

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function segmentHitsBox(segment: Segment, box: Box): boolean {
  const [x1, y1, x2, y2] = segment;
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x1 - box.x],
    [dx, box.x + box.width - x1],
    [-dy, y1 - box.y],
    [dy, box.y + box.height - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

export function pointInBox(x: number, y: number, box: Box, pad = 0): boolean {
  return (
    x >= box.x - pad &&
    x <= box.x + box.width + pad &&
    y >= box.y - pad &&
    y <= box.y + box.height + pad
  );
}
