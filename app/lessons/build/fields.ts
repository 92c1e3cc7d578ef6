/**
 * Reading authored YAML values field by field. Each reader reports what is
 * wrong at the line of the field and returns undefined, so validation goes on
 * and a teacher sees every problem of a file at once.
 */
import { choices, shown, suggestion, type ProblemList } from './problems';
import type { YamlBlock, YamlPath } from './yaml-block';

export interface FieldContext {
  readonly yaml: YamlBlock;
  readonly problems: ProblemList;
}

/** "check.tolerance" for messages. */
export const fieldName = (path: YamlPath) =>
  path
    .map((part, k) => (typeof part === 'number' ? `[${part}]` : k > 0 ? `.${part}` : part))
    .join('');

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The value as a mapping whose keys are all in `allowed` and include every one
 * of `required`; unknown keys (typos, most often) are errors.
 */
export function readMapping(
  ctx: FieldContext,
  path: YamlPath,
  value: unknown,
  what: string,
  allowed: readonly string[],
  required: readonly string[] = [],
): Record<string, unknown> | undefined {
  const line = ctx.yaml.line(path);
  if (!isPlainObject(value)) {
    ctx.problems.add(
      line,
      `${what} must be a mapping of "field: value" lines, not ${shown(value)}`,
    );
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      ctx.problems.add(
        ctx.yaml.line([...path, key]),
        `unknown field "${key}" in ${what}${suggestion(key, allowed)}; allowed: ${allowed.join(', ')}`,
      );
    }
  }
  for (const key of required) {
    if (!(key in value)) ctx.problems.add(line, `missing field "${key}" in ${what}`);
  }
  return value;
}

export function readText(ctx: FieldContext, path: YamlPath, value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  ctx.problems.add(
    ctx.yaml.line(path),
    `${fieldName(path)} must be a non-empty text, not ${shown(value)}`,
  );
  return undefined;
}

export function readNumber(
  ctx: FieldContext,
  path: YamlPath,
  value: unknown,
  rule: { readonly positive?: boolean; readonly integer?: boolean } = {},
): number | undefined {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!rule.positive || value > 0) &&
    (!rule.integer || Number.isInteger(value));
  if (ok) return value;
  const kind = `${rule.positive ? 'positive ' : 'finite '}${rule.integer ? 'whole number' : 'number'}`;
  ctx.problems.add(
    ctx.yaml.line(path),
    `${fieldName(path)} must be a ${kind}, not ${shown(value)}`,
  );
  return undefined;
}

export function readBoolean(
  ctx: FieldContext,
  path: YamlPath,
  value: unknown,
): boolean | undefined {
  if (typeof value === 'boolean') return value;
  ctx.problems.add(
    ctx.yaml.line(path),
    `${fieldName(path)} must be true or false, not ${shown(value)}`,
  );
  return undefined;
}

/** One of `allowed` (exact text). */
export function readChoice<T extends string>(
  ctx: FieldContext,
  path: YamlPath,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  const hint = typeof value === 'string' ? suggestion(value, allowed) : '';
  ctx.problems.add(
    ctx.yaml.line(path),
    `${fieldName(path)} ${shown(value)} is not allowed${hint}; use ${choices(allowed)}`,
  );
  return undefined;
}

/** A list, each item read by `item` (items that fail are left out). */
export function readList<T>(
  ctx: FieldContext,
  path: YamlPath,
  value: unknown,
  item: (itemPath: YamlPath, itemValue: unknown) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(value)) {
    ctx.problems.add(
      ctx.yaml.line(path),
      `${fieldName(path)} must be a list, such as [a, b] or lines starting with "- ", not ${shown(value)}`,
    );
    return undefined;
  }
  const items: T[] = [];
  value.forEach((itemValue: unknown, k) => {
    const read = item([...path, k], itemValue);
    if (read !== undefined) items.push(read);
  });
  return items;
}
