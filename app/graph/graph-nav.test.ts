import { describe, expect, it } from 'vitest';
import { networkNames } from '../engine/architecture';
import { moveForKey, navigate, navMap, type NavMove } from './graph-nav';

const article = navMap(networkNames([2, 2, 2]), true);

/** Follows a list of moves from `start`, returning every element visited. */
const walk = (map: typeof article, start: string, moves: NavMove[]) => {
  const visited = [start];
  for (const move of moves) visited.push(navigate(map, visited.at(-1)!, move));
  return visited;
};

describe('navMap', () => {
  it('reads the 2-2-2 network as columns across its layers', () => {
    expect(article.columns).toEqual([
      { label: 'Inputs', items: ['node:i1', 'param:i1', 'node:i2', 'param:i2'] },
      {
        label: 'Weights and bias into the hidden layer',
        items: ['param:w1', 'param:w2', 'param:w3', 'param:w4', 'node:b1', 'param:b1'],
      },
      { label: 'Hidden layer', items: ['node:h1', 'node:h2'] },
      {
        label: 'Weights and bias into the output layer',
        items: ['param:w5', 'param:w6', 'param:w7', 'param:w8', 'node:b2', 'param:b2'],
      },
      { label: 'Output layer', items: ['node:o1', 'node:o2'] },
      { label: 'Targets', items: ['node:t1', 'param:t1', 'node:t2', 'param:t2'] },
    ]);
  });

  it('numbers the hidden layers of a deeper network', () => {
    const deep = navMap(networkNames([2, 3, 3, 1]), true);
    expect(deep.columns.map((c) => c.label)).toContain('Hidden layer 2');
  });
});

describe('navigate', () => {
  it('follows the connections across the layers, forwards and back', () => {
    expect(
      walk(article, 'node:i1', ['next-layer', 'next-layer', 'next-layer', 'next-layer']),
    ).toEqual(['node:i1', 'param:w1', 'node:h1', 'param:w5', 'node:o1']);
    expect(walk(article, 'node:o1', ['next-layer', 'next-layer'])).toEqual([
      'node:o1',
      'node:t1',
      'node:t1',
    ]);
    expect(
      walk(article, 'node:o2', ['previous-layer', 'previous-layer', 'previous-layer']),
    ).toEqual(['node:o2', 'param:w7', 'node:h1', 'param:w1']);
    // A weight from h2 leads back to h2, and h2 forwards to its own first weight.
    expect(navigate(article, 'param:w6', 'previous-layer')).toBe('node:h2');
    expect(navigate(article, 'node:h2', 'next-layer')).toBe('param:w6');
    expect(navigate(article, 'param:i2', 'next-layer')).toBe('param:w2');
  });

  it('moves within a column, stopping at its ends', () => {
    expect(
      walk(article, 'param:w5', [
        'next-in-column',
        'next-in-column',
        'next-in-column',
        'next-in-column',
        'next-in-column',
        'next-in-column',
      ]),
    ).toEqual(['param:w5', 'param:w6', 'param:w7', 'param:w8', 'node:b2', 'param:b2', 'param:b2']);
    expect(navigate(article, 'node:h1', 'previous-in-column')).toBe('node:h1');
  });

  it('reaches biases and targets, and the first and last parts', () => {
    expect(navigate(article, 'node:b2', 'next-layer')).toBe('node:o1');
    expect(navigate(article, 'param:b1', 'previous-layer')).toBe('node:i1');
    expect(navigate(article, 'param:t2', 'previous-layer')).toBe('node:o2');
    expect(navigate(article, 'node:h2', 'first')).toBe('node:i1');
    expect(navigate(article, 'node:h2', 'last')).toBe('param:t2');
  });

  it('without value controls (a locked diagram) moves between the circles', () => {
    const locked = navMap(networkNames([2, 2, 2]), false);
    expect(locked.columns.flatMap((c) => c.items).some((k) => k.startsWith('param:'))).toBe(false);
    // Each column in turn: the bias stands alone between two layers.
    expect(walk(locked, 'node:i2', ['next-layer', 'next-layer', 'next-layer'])).toEqual([
      'node:i2',
      'node:b1',
      'node:h1',
      'node:b2',
    ]);
    expect(navigate(locked, 'node:h2', 'next-layer')).toBe('node:b2');
  });
});

describe('moveForKey', () => {
  it('turns with the drawing: across the layers is → in landscape and ↓ in portrait', () => {
    expect(moveForKey('ArrowRight', 'landscape')).toBe('next-layer');
    expect(moveForKey('ArrowDown', 'landscape')).toBe('next-in-column');
    expect(moveForKey('ArrowDown', 'portrait')).toBe('next-layer');
    expect(moveForKey('ArrowRight', 'portrait')).toBe('next-in-column');
    expect(moveForKey('Home', 'portrait')).toBe('first');
    expect(moveForKey('Enter', 'landscape')).toBeNull();
  });
});
