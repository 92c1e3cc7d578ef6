import { ARTICLE_ARCHITECTURE, weightEdge, type NetworkNames } from '../engine/architecture';

/**
 * The edge a weight's label names beside it, 'h1→o1', outside the article's
 * network: there names shift as neurons come and go (h1→o1 is w5 in 2-2-2, w7 in
 * 2-3-2), and the edge says which connection it is. '' in the article's network,
 * where w5 is h1→o1 by heart and every view keeps the article's look; '' for an id
 * that is not a weight.
 */
export function weightEdgeName(names: NetworkNames, id: string): string {
  if (names.sizes.join('-') === ARTICLE_ARCHITECTURE.join('-')) return '';
  const edge = weightEdge(names, id);
  return edge ? `${edge.from}→${edge.to}` : '';
}
