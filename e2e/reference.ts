// The article's printed figures and the exact values, shared by the browser tests.
import { readFileSync } from 'node:fs';

interface Reference {
  published: Record<string, number>;
  exact: Record<string, number>;
}

export const reference = JSON.parse(
  readFileSync(new URL('../../shared/reference/mazur-2-2-2.json', import.meta.url), 'utf8'),
) as Reference;
